using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Centres;

/// <summary>Reads the embedded <c>seeds/centres/centres.csv</c> and <c>seeds/regions/bdi-service-areas.csv</c>.</summary>
internal static class CentreSeeds
{
    public static List<TrainingCentre> LoadCentres(IRegionDirectory regions)
    {
        var provinces = regions.GetAllProvinces().ToDictionary(p => p.Code);
        return
        [
            .. EmbeddedSeed.ReadCsv("centres.centres.csv", "code", "name", "full_name", "city", "province_code", "regional", "source")
                .Select(row =>
                {
                    var code = CentreCode.TryParse(row["code"], out var c) ? c : throw row.Error("code", "not a centre code");
                    var home = RegionCode.TryParse(row["province_code"], out var p) && provinces.TryGetValue(p, out var province)
                        ? province
                        : throw row.Error("province_code", "names no province");
                    return new TrainingCentre(code, row["name"], row["city"], home.Code, home.TimeZone, row["full_name"], row["regional"]);
                }),
        ];
    }

    public static List<ServiceArea> LoadServiceAreas(IReadOnlyList<TrainingCentre> centres)
    {
        var byName = centres.ToDictionary(c => c.Name, StringComparer.Ordinal);
        return
        [
            .. EmbeddedSeed.ReadCsv("regions.bdi-service-areas.csv", "bdi", "city", "regional", "province_code", "province_name", "status", "source")
                .Select(row =>
                {
                    var centre = byName.TryGetValue(row["bdi"], out var c) ? c.Code : throw row.Error("bdi", "names no centre in centres.csv");
                    var province = RegionCode.TryParse(row["province_code"], out var p) ? p : throw row.Error("province_code", "not a region code");
                    var provenance = row["status"] switch
                    {
                        "sourced" => Provenance.Sourced,
                        "assumed" => Provenance.Assumed,
                        _ => throw row.Error("status", "expected sourced or assumed"),
                    };
                    return new ServiceArea(centre, province, provenance, row["source"]);
                }),
        ];
    }
}

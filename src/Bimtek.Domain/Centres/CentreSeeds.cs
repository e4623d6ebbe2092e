using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Centres;

/// <summary>Reads the embedded <c>seeds/centres/centres.csv</c> and <c>seeds/regions/bdi-service-areas.csv</c>.</summary>
internal static class CentreSeeds
{
    public static IReadOnlyList<TrainingCentre> LoadCentres(IRegionDirectory regions) =>
        ReadCentres(
            regions,
            EmbeddedSeed.ReadCsv("centres.centres.csv", "code", "name", "full_name", "city", "province_code", "regional", "source", "regional_status", "regional_source"));

    public static IReadOnlyList<ServiceArea> LoadServiceAreas(IRegionDirectory regions, IReadOnlyList<TrainingCentre> centres) =>
        ReadServiceAreas(
            regions,
            centres,
            EmbeddedSeed.ReadCsv("regions.bdi-service-areas.csv", "bdi", "city", "regional", "province_code", "province_name", "status", "source"));

    // The readers take the rows, so that a malformed row can be tested without a malformed embedded seed.
    public static IReadOnlyList<TrainingCentre> ReadCentres(IRegionDirectory regions, IEnumerable<SeedRow> rows)
    {
        var provinces = regions.GetAllProvinces().ToDictionary(p => p.Code);
        return new List<TrainingCentre>(
            rows
                .Select(row =>
                {
                    var code = CentreCode.TryParse(row["code"], out var c) ? c : throw row.Error("code", "not a centre code");
                    var home = RegionCode.TryParse(row["province_code"], out var p) && provinces.TryGetValue(p, out var province)
                        ? province
                        : throw row.Error("province_code", "names no province");
                    var regional = row["regional_status"] switch
                    {
                        "sourced" => Provenance.Sourced,
                        "assumed" => Provenance.Assumed,
                        _ => throw row.Error("regional_status", "expected sourced or assumed"),
                    };
                    return new TrainingCentre(code, row["name"], row["city"], home.Code, home.TimeZone, row["full_name"], row["regional"], Provenance.Sourced, regional, row["regional_source"]);
                })).AsReadOnly();
    }

    public static IReadOnlyList<ServiceArea> ReadServiceAreas(IRegionDirectory regions, IReadOnlyList<TrainingCentre> centres, IEnumerable<SeedRow> rows)
    {
        var byName = centres.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var areas = rows
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
                })
            .ToList();

        // The CSV lists the 2022 Papua provinces with their parent's centre. Such a row says nothing of its own, and
        // keeping it would pin the child to that centre even when a host moves the parent: drop it, so the child
        // follows its parent (ServiceArea.InheritedFrom).
        var parents = regions.GetAllProvinces().Where(p => p.SplitFrom is not null).ToDictionary(p => p.Code, p => p.SplitFrom!.Value);
        areas.RemoveAll(child => parents.TryGetValue(child.Province, out var parent)
            && areas.Any(a => a.Province == parent && a.Centre == child.Centre && a.Provenance == child.Provenance));
        return areas.AsReadOnly();
    }
}

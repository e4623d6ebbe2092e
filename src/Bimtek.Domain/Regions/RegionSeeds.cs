using Bimtek.Domain.Common;
using NodaTime;
using NodaTime.Text;

namespace Bimtek.Domain.Regions;

/// <summary>Builds the region versions from the embedded <c>seeds/regions/</c> files (see their <c>SOURCES.md</c>).</summary>
internal static class RegionSeeds
{
    /// <summary>Reads the region seeds through <paramref name="read"/> (a resource name and its columns to its rows):
    /// <see cref="EmbeddedSeed.ReadCsv(string, string[])"/> for the package, a test's own texts to check a malformed seed.</summary>
    public static (List<Province> Provinces, List<Regency> Regencies, List<(RegionCode Code, string Alias)> Aliases) Load(
        Func<string, string[], IReadOnlyList<SeedRow>> read)
    {
        var established = ByCode(read("regions.province-history.csv", ["code", "name", "parent_code", "law", "effective", "inaugurated", "source"]), "code");

        var provinces = new List<Province>();
        foreach (var (code, row) in ByCode(read("regions.provinces.csv", ["code", "name", "timezone"]), "code"))
        {
            var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(row["timezone"])
                ?? throw row.Error("timezone", "not an IANA time zone id");
            provinces.Add(established.TryGetValue(code, out var law)
                ? new Province(code, row["name"], zone, Date(law, "effective"), Code(law, "parent_code"), law["law"])
                : new Province(code, row["name"], zone, validFrom: null, splitFrom: null, establishedBy: null));
        }

        var zones = provinces.ToDictionary(p => p.Code, p => p.TimeZone);
        var administrative = read("regions.administrative-units.csv", ["code", "name", "kind", "basis"])
            .Select(row => Code(row, "code"))
            .ToHashSet();

        // Current codes from regencies.csv; the Papua crosswalk adds the 2020 versions of the moved kabupaten/kota.
        var recoded = ByCode(read("regions.papua-2022-recode.csv", ["old_code", "old_province_code", "new_code", "new_province_code", "name", "kind", "law"]), "new_code")
            .Select(entry => (Old: Code(entry.Value, "old_code"), New: entry.Key))
            .Where(move => move.Old != move.New)
            .ToDictionary(move => move.New);

        var regencies = new List<Regency>();
        foreach (var row in read("regions.regencies.csv", ["code", "province_code", "name", "kind"]))
        {
            var code = Code(row, "code");
            if (Code(row, "province_code") != code.Province)
            {
                throw row.Error("province_code", $"does not match the province part of {code}");
            }

            var kind = Kind(row, code);
            var autonomous = !administrative.Contains(code);
            var zone = zones.TryGetValue(code.Province, out var z) ? z : throw row.Error("province_code", "no such province");
            if (!recoded.TryGetValue(code, out var move))
            {
                regencies.Add(new Regency(code, row["name"], kind, autonomous, zone, null, null, null, null));
                continue;
            }

            // The move takes effect when the new province's law does (province-history.csv).
            var effective = provinces.Single(p => p.Code == code.Province).ValidFrom
                ?? throw row.Error("code", "is recoded but its province has no effective date in province-history.csv");
            var oldZone = zones[move.Old.Province];
            regencies.Add(new Regency(move.Old, row["name"], kind, autonomous, oldZone, null, effective, null, code));
            regencies.Add(new Regency(code, row["name"], kind, autonomous, zone, effective, null, move.Old, null));
        }

        // Province short names, then other spellings of kabupaten/kota names (an earlier transcription, the Kepmendagri
        // transcriptions' form where BPS spells the name otherwise): name resolution finds them, the directory shows the name.
        var aliases = read("regions.province-aliases.csv", ["code", "alias"])
            .Select(row => (Code(row, "code"), row["alias"]))
            .Concat(read("regions.regency-aliases.csv", ["code", "alias", "basis"])
                .Select(row => (Code(row, "code"), row["alias"])))
            .ToList();
        return (provinces, regencies, aliases);
    }

    // Rows keyed by a code column, in file order; a code met twice is refused at its second row (a dictionary's own
    // duplicate-key error would name neither the file nor the line).
    private static Dictionary<RegionCode, SeedRow> ByCode(IEnumerable<SeedRow> rows, string column)
    {
        var byCode = new Dictionary<RegionCode, SeedRow>();
        foreach (var row in rows)
        {
            var code = Code(row, column);
            if (!byCode.TryAdd(code, row))
            {
                throw row.Error(column, $"appears twice (first on line {byCode[code].Line})");
            }
        }

        return byCode;
    }

    private static RegionCode Code(SeedRow row, string column) =>
        RegionCode.TryParse(row[column].AsSpan(), out var code, out var reason) ? code : throw row.Error(column, reason!.English);

    private static LocalDate Date(SeedRow row, string column)
    {
        var result = LocalDatePattern.Iso.Parse(row[column]);
        return result.Success ? result.Value : throw row.Error(column, "not an ISO date (yyyy-MM-dd)");
    }

    private static RegencyKind Kind(SeedRow row, RegionCode code)
    {
        var kind = Enum.TryParse<RegencyKind>(row["kind"], ignoreCase: false, out var k)
            ? k
            : throw row.Error("kind", "expected Kabupaten or Kota");
        return kind == code.ImpliedKind ? kind : throw row.Error("kind", $"contradicts the code {code}");
    }
}

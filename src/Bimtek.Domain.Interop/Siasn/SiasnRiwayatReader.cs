using System.Globalization;
using System.Text.Json;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using static Bimtek.Domain.Interop.Siasn.SiasnRuleCodes;

namespace Bimtek.Domain.Interop.Siasn;

/// <summary>
/// Reads SIASN's <em>riwayat kursus</em> read response (<c>{ "data": [ { "nipBaru", "jumlahJam", "tahunKursus",
/// "namaKursus", "noSertipikat", "jenisKursusSertifikat", … } ] }</c>, or the bare array) into development records for
/// the <see cref="DevelopmentLedger"/>, so the 20 JP check counts what an official already has on record.
/// </summary>
/// <remarks>The read side spells <c>noSertipikat</c> and <c>jenisKursusSertifikat</c>, unlike the save side. A record
/// whose <c>noSertipikat</c> is among <c>knownCertificates</c> (this package's own, already counted) is skipped, so no
/// course counts twice. Bad records are findings by JSON path, never with the NIP.</remarks>
public static class SiasnRiwayatReader
{
    /// <summary>The <see cref="DevelopmentRecord.Source"/> of records read here.</summary>
    public const string Source = "SIASN";

    /// <summary>Reads a response.</summary>
    /// <param name="json">The response's JSON text.</param>
    /// <param name="knownCertificates">Numbers of certificates the ledger already counts (skipped here), or <see langword="null"/>.</param>
    /// <param name="findings">Every record skipped as unreadable (<see cref="SiasnRuleCodes.RecordInvalid"/>).</param>
    /// <returns>The records read.</returns>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static IReadOnlyList<DevelopmentRecord> Read(string json, IEnumerable<string>? knownCertificates, out IReadOnlyList<RuleViolation> findings)
    {
        ArgumentNullException.ThrowIfNull(json);
        var known = (knownCertificates ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var records = new List<DevelopmentRecord>();
        var problems = new List<RuleViolation>();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var (array, prefix) = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) ? (data, "$.data") : (root, "$");
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("Expected an array of riwayat kursus, or an object with 'data'.");
        }

        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = $"{prefix}[{i++}]";
            if (Text(item, "noSertipikat") is { Length: > 0 } number && known.Contains(number))
            {
                continue;
            }

            if (!Nip.TryParse(Text(item, "nipBaru"), out var nip))
            {
                problems.Add(Invalid(path, "nipBaru", "bukan NIP yang sah", "not a valid NIP"));
                continue;
            }

            if (!int.TryParse(Text(item, "jumlahJam"), NumberStyles.None, CultureInfo.InvariantCulture, out var jp))
            {
                problems.Add(Invalid(path, "jumlahJam", "bukan bilangan bulat JP", "not a whole number of JP"));
                continue;
            }

            if (!int.TryParse(Text(item, "tahunKursus"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 9999)
            {
                problems.Add(Invalid(path, "tahunKursus", "bukan tahun", "not a year"));
                continue;
            }

            records.Add(new DevelopmentRecord(nip, year, LessonHours.FromJp(jp), Source));
        }

        findings = problems.AsReadOnly();
        return records.AsReadOnly();
    }

    // SIASN writes numbers as numbers or as strings depending on the field and version.
    private static string? Text(JsonElement item, string property) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static RuleViolation Invalid(string path, string field, string id, string en) =>
        SiasnRules.Violation(RecordInvalid, ("Where", path), ("Field", field), ("Reason", new RuleText(id, en)));
}

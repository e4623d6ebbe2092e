using System.Globalization;
using Bimtek.Cli.Text;
using Bimtek.Domain.Common;
using Bimtek.Domain.Interop.Siasn;
using Spectre.Console;

namespace Bimtek.Cli.Rendering;

/// <summary>SIASN payloads made (NIPs masked; SIASN's ids only in the payload file) and the JP ledger, as tables or JSON.</summary>
internal static class SiasnOutput
{
    /// <summary>An official's JP in a year: on record in SIASN, and in total with this tool's certificates.</summary>
    public sealed record LedgerRow(Nip Nip, int Year, int SiasnJp, int TotalJp);

    public static void WritePayloads(TextWriter output, SiasnExport export, Dictionary<string, Nip> holders, string? written, bool json, CliText text)
    {
        var rows = export.Payloads.Select(p => new
        {
            certificate = p.NomorSertipikat,
            nip = holders.TryGetValue(p.NomorSertipikat, out var nip) ? nip.ToMaskedString() : null,
            namaKursus = p.NamaKursus,
            jumlahJam = p.JumlahJam,
            tahunKursus = p.TahunKursus,
            tanggalKursus = p.TanggalKursus,
            tanggalSelesaiKursus = p.TanggalSelesaiKursus,
        }).ToList();
        if (json)
        {
            JsonOutput.Write(output, new { provenance = "assumed", written, payloads = rows, violations = Findings(export.Missing, text) });
            return;
        }

        var table = TableOutput.Table(text.SiasnPayloadsTitle(rows.Count, written), text.SiasnPayloadsHeaders);
        foreach (var row in rows)
        {
            table.AddRow(Markup.Escape(row.certificate), row.nip ?? string.Empty, Markup.Escape(row.namaKursus), Number(row.jumlahJam), Number(row.tahunKursus), $"{row.tanggalKursus} – {row.tanggalSelesaiKursus}");
        }

        TableOutput.Write(output, table);
        output.WriteLine(text.SiasnProvenance);
        WriteFindings(output, export.Missing, text);
    }

    public static void WriteLedger(TextWriter output, List<LedgerRow> rows, IReadOnlyList<RuleViolation> skipped, List<RuleViolation> shortfalls, int minimum, bool json, CliText text)
    {
        var findings = skipped.Concat(shortfalls).ToList();
        var shown = rows.Select(r => new { nip = r.Nip.ToMaskedString(), year = r.Year, siasnJp = r.SiasnJp, certificateJp = r.TotalJp - r.SiasnJp, totalJp = r.TotalJp, minimumMet = r.TotalJp >= minimum }).ToList();
        if (json)
        {
            JsonOutput.Write(output, new { minimumJpPerYear = minimum, officials = shown, violations = Findings(findings, text) });
            return;
        }

        var table = TableOutput.Table(text.SiasnLedgerTitle(minimum), text.SiasnLedgerHeaders);
        foreach (var row in shown)
        {
            table.AddRow(row.nip, Number(row.year), Number(row.siasnJp), Number(row.certificateJp), Number(row.totalJp), text.YesNo(row.minimumMet));
        }

        TableOutput.Write(output, table);
        WriteFindings(output, findings, text);
    }

    private static List<object> Findings(IEnumerable<RuleViolation> findings, CliText text) =>
        [.. findings.Select(v => (object)new { code = v.Code, severity = v.Severity.ToString().ToLowerInvariant(), message = RuleMessages.Of(v, text), details = v.Details })];

    private static void WriteFindings(TextWriter output, IEnumerable<RuleViolation> findings, CliText text)
    {
        foreach (var finding in findings)
        {
            output.WriteLine($"{text.Severity(finding.Severity)} {finding.Code}: {RuleMessages.Of(finding, text)}");
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

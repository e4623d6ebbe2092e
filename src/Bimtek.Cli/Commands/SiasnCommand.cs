using System.CommandLine;
using Bimtek.Cli.Rendering;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Interop.Siasn;

namespace Bimtek.Cli.Commands;

/// <summary>
/// <c>bimtek siasn payloads --schedule F --certificates F --mapping F [--out F]</c>: the BKN SIASN <em>riwayat kursus</em>
/// save payloads for certificates (the interop package's <see cref="SiasnExport"/>); <c>bimtek siasn ledger --response F
/// [--certificates F] [--year YYYY]</c>: the JP each official has on record in SIASN (its read response, through
/// <see cref="SiasnRiwayatReader"/>) plus this tool's certificates, against the 20 JP a year.
/// </summary>
/// <remarks>
/// The tool makes no HTTP call: payloads are written to a file for the host's SIASN client to send, and the response is a
/// file the host saved. Every reference id comes from the mapping: a certificate lacking one is reported and left out,
/// never sent with an invented id. NIPs are shown masked; the payload file holds SIASN's person ids, not NIPs. Exit codes:
/// 0 done, 1 a certificate lacks a reference id / a record is unreadable or an official is short of 20 JP, 2 a file
/// cannot be read or written.
/// </remarks>
internal static class SiasnCommand
{
    public static Command Create(CliContext context) => new("siasn", "BKN SIASN riwayat kursus: save payloads for certificates, and the JP on record read back against the 20 JP a year.")
    {
        Payloads(context),
        Ledger(context),
    };

    private static Command Payloads(CliContext context)
    {
        var schedule = CommonOptions.Schedule();
        var programme = CommonOptions.Programme();
        var certificates = Certificates(required: true);
        var mapping = CommonOptions.File("--mapping", "The host's SIASN reference ids, JSON: officials (NIP → pnsOrangId, instansiId), programmes (code → jenisDiklatId, jenisKursusSertipikat), centres (code → lokasiId, institusiPenyelenggara).", required: true);
        var output = CommonOptions.File("--out", "Write the payloads: a JSON array, one object per save call (field names as public SIASN clients send them); without it, only check and list.");
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("payloads", "Make the SIASN riwayat-kursus save payloads for certificates; report each certificate whose reference ids the mapping lacks.")
        {
            schedule, programme, certificates, mapping, output, json, lang,
        };
        command.SetAction(parsed =>
        {
            var programmeFile = parsed.GetValue(programme) is { } p ? InputFile.ReadProgramme(p) : null;
            var loaded = InputFile.ReadSchedule(context, parsed.GetValue(schedule)!, programmeFile);
            var issued = InputFile.ReadCertificates(parsed.GetValue(certificates)!);
            var export = SiasnExport.Build(issued, loaded, InputFile.ReadSiasnMapping(parsed.GetValue(mapping)!));
            if (parsed.GetValue(output) is { } path)
            {
                OutputFile.Write(path, export.ToJson());
            }

            var holders = issued.ToDictionary(c => c.Number, c => c.Holder, StringComparer.OrdinalIgnoreCase);
            SiasnOutput.WritePayloads(context.Output, export, holders, parsed.GetValue(output), parsed.GetValue(json), parsed.GetValue(lang)!);
            return export.Missing.Count > 0 ? 1 : 0;
        });
        return command;
    }

    private static Command Ledger(CliContext context)
    {
        var response = CommonOptions.File("--response", "SIASN's riwayat-kursus read response, JSON ({\"data\": [...]} or the bare array: nipBaru, jumlahJam, tahunKursus, noSertipikat, ...).", required: true);
        var certificates = Certificates(required: false);
        var year = CommonOptions.Year();
        year.Required = false;
        year.Description = "The year to judge (YYYY); default: every year on record.";
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("ledger", "The JP each official has on record in SIASN plus this tool's certificates, per year, against the 20 JP a year.")
        {
            response, certificates, year, json, lang,
        };
        command.SetAction(parsed =>
        {
            var responsePath = parsed.GetValue(response)!;
            var issued = parsed.GetValue(certificates) is { } c ? InputFile.ReadCertificates(c) : [];
            IReadOnlyList<DevelopmentRecord> records;
            IReadOnlyList<Domain.Common.RuleViolation> skipped;
            try
            {
                // A certificate of this tool that SIASN already records is counted once, from the certificate.
                records = SiasnRiwayatReader.Read(InputFile.ReadText(responsePath), issued.Select(i => i.Number), out skipped);
            }
            catch (System.Text.Json.JsonException)
            {
                throw new CliUsageException($"{responsePath}: not a SIASN riwayat-kursus response (expected JSON: an object with 'data', or an array).");
            }

            var onRecord = new DevelopmentLedger([], records);
            var ledger = new DevelopmentLedger(issued, records);
            var years = parsed.GetValue(year) is { } y ? [y] : ledger.Years;
            var officials = records.Select(r => r.Holder).Concat(issued.Select(i => i.Holder)).Distinct().Order().ToList();
            var rows = years.SelectMany(y => officials
                    .Select(n => new SiasnOutput.LedgerRow(n, y, onRecord.EarnedBy(n, y).Value, ledger.EarnedBy(n, y).Value))
                    .Where(r => r.TotalJp > 0 || parsed.GetValue(year) is not null))
                .ToList();
            var shortfalls = years.SelectMany(y => ledger.Shortfalls(y, officials)).Select(s => s.ToViolation()).ToList();
            SiasnOutput.WriteLedger(context.Output, rows, skipped, shortfalls, DevelopmentLedger.MinimumJpPerYear.Value, parsed.GetValue(json), parsed.GetValue(lang)!);
            return skipped.Count > 0 || shortfalls.Count > 0 ? 1 : 0;
        });
        return command;
    }

    private static Option<string?> Certificates(bool required) => CommonOptions.File(
        "--certificates",
        $"Certificates, CSV with a header: {string.Join(',', CertificatesFile.Columns)} (dates YYYY-MM-DD, jp whole lesson hours).",
        required);
}

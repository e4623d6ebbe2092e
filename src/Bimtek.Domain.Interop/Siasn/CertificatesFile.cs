using System.Globalization;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.Serialization;
using NodaTime.Text;

namespace Bimtek.Domain.Interop.Siasn;

/// <summary>
/// Certificates as a host keeps them, for <see cref="SiasnExport"/>: CSV with a header naming <see cref="Columns"/>
/// (<c>number,verification_code,nip,programme,centre,issued_on,jp</c>, in any order, other columns ignored), dates as
/// <c>YYYY-MM-DD</c>, <c>jp</c> a whole number of lesson hours.
/// </summary>
/// <remarks>
/// The host's CSV reader splits the file into <see cref="CsvRecord"/>s. A certificate is a fact already issued: a bad row
/// is not skipped (its holder's JP would silently go unreported) but refuses the file, naming every bad line and field,
/// never the value. Thread-safe; no file I/O.
/// </remarks>
public static class CertificatesFile
{
    /// <summary>Gets the columns a header must have.</summary>
    public static IReadOnlyList<string> Columns { get; } = new[] { "number", "verification_code", "nip", "programme", "centre", "issued_on", "jp" }.AsReadOnly();

    /// <summary>Reads certificates.</summary>
    /// <param name="header">The header's column names, in file order (line 1).</param>
    /// <param name="records">The data records, in file order, each with its line.</param>
    /// <param name="source">The document's name for messages, or <see langword="null"/>.</param>
    /// <returns>The certificates, in file order.</returns>
    /// <exception cref="BimtekCsvException">A column is missing, or a row is bad (the message names every bad line and field).</exception>
    public static IReadOnlyList<Certificate> ReadCsv(IReadOnlyList<string> header, IEnumerable<CsvRecord> records, string? source)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(records);
        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var at = new int[Columns.Count];
        for (var c = 0; c < Columns.Count; c++)
        {
            at[c] = names.IndexOf(Columns[c]);
            if (at[c] < 0)
            {
                throw new BimtekCsvException(source, 1, $"the header lacks column '{Columns[c]}'; expected {string.Join(',', Columns)}.");
            }
        }

        var certificates = new List<Certificate>();
        var problems = new List<(int Line, string Problem)>();
        var numbers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            var f = record.Fields;
            if (f.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            Certificate? certificate = null;
            var problem = f.Count != header.Count ? $"expected {header.Count} fields, got {f.Count}" : Problem(f, at, out certificate);
            if (problem is null && !numbers.Add(certificate!.Number))
            {
                problem = "field 'number' repeats a certificate of an earlier line";
            }

            if (problem is null)
            {
                certificates.Add(certificate!);
            }
            else
            {
                problems.Add((record.Line, problem));
            }
        }

        if (problems.Count > 0)
        {
            var more = problems.Count > 1 ? $"; also line(s) {string.Join(", ", problems.Skip(1).Take(20).Select(p => p.Line))}{(problems.Count > 21 ? ", …" : string.Empty)}" : string.Empty;
            throw new BimtekCsvException(source, problems[0].Line, $"{problems[0].Problem}; no payload is made{more}.");
        }

        return certificates.AsReadOnly();
    }

    private static string? Problem(IReadOnlyList<string> f, int[] at, out Certificate? certificate)
    {
        certificate = null;
        string Field(int column) => f[at[column]].Trim();
        if (Field(0).Length == 0)
        {
            return "field 'number' is blank";
        }

        if (Field(1).Length == 0)
        {
            return "field 'verification_code' is blank";
        }

        if (!Nip.TryParse(Field(2).AsSpan(), out var nip, out var reason))
        {
            return $"field 'nip' is not a valid NIP ({reason?.English ?? "invalid"})";
        }

        if (Field(3).Length == 0)
        {
            return "field 'programme' is blank";
        }

        if (!CentreCode.TryParse(Field(4), out var centre))
        {
            return "field 'centre' is not a centre code such as BDI-YOG";
        }

        if (LocalDatePattern.Iso.Parse(Field(5)) is not { Success: true } issued)
        {
            return "field 'issued_on' is not a date YYYY-MM-DD";
        }

        if (!int.TryParse(Field(6), NumberStyles.None, CultureInfo.InvariantCulture, out var jp) || jp is 0 or > 1000)
        {
            return "field 'jp' is not a whole number of lesson hours from 1 to 1000";
        }

        certificate = new Certificate(Field(0), Field(1), nip, Field(3), centre, issued.Value, LessonHours.FromJp(jp));
        return null;
    }
}

using System.Text.RegularExpressions;
using Bimtek.Cli.Rendering;
using Bimtek.Domain;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Seeds;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Bimtek.Cli.Tests;

/// <summary>
/// With <c>--lang id</c> everything a person reads is Indonesian, with <c>--lang en</c> English: no common word of the
/// other language in any command's output. Codes, ids, dates, file names, detail keys (<c>Session=…</c>) and
/// placeholders are not words; proper names and the sources' own words (region, centre, holiday and programme names,
/// decrees, the programme's recorded assumptions) are removed before the check.
/// </summary>
public partial class LanguageTests
{
    private static readonly string AsRun = Repository.File("seeds", "programmes", "kemenperin-2020-new-normal-as-run-schedule.json");
    private static readonly string Results = Repository.File("samples", "results", "kemenperin-2020-synthetic-results.csv");
    private static readonly string Logs = Repository.File("seeds", "attendance", "synthetic-attendance-log.csv");

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "is", "are", "and", "of", "to", "in", "for", "with", "from", "until", "by", "at", "on", "not", "no", "yes",
        "session", "sessions", "rule", "rules", "broken", "region", "regions", "centre", "centres", "date", "dates", "day",
        "days", "working", "hours", "error", "errors", "warning", "warnings", "participant", "participants", "class", "classes",
        "programme", "phase", "level", "row", "rows", "read", "rejected", "refused", "expected", "field", "fields", "got",
        "must", "before", "after", "outside", "planned", "provenance", "assumed", "sourced", "decree",
        "name", "code", "kind", "zone", "zones", "mixed", "none", "always", "validation", "completion", "attendance",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly HashSet<string> Indonesian = new(StringComparer.Ordinal)
    {
        "yang", "dan", "tidak", "sesi", "daerah", "balai", "pada", "hari", "dari", "untuk", "dengan", "aturan", "peserta",
        "kelas", "tanggal", "atau", "baris", "kolom", "ditolak", "dilanggar", "kesalahan", "peringatan", "catatan", "jenis",
        "nama", "kode", "tahap", "kurikulum", "kelulusan", "sumber", "berlaku", "sampai", "sejak", "selalu", "libur", "jam",
        "kerja", "ya", "belum", "asal", "rerata", "kehadiran", "validasi", "zona", "senin", "selasa", "rabu", "kamis", "jumat",
        "sabtu", "minggu", "januari", "februari", "maret", "mei", "juni", "juli", "agustus", "oktober", "desember",
    };

    private static readonly Lazy<List<string>> ProperNames = new(CollectProperNames);

    public static TheoryData<string[]> Commands() => new()
    {
        new[] { "regions", "--as-of", "2020-06-01" },
        new[] { "regions", "--as-of", "2020-06-01", "--province", "91" },
        new[] { "centres", "--as-of", "2020-06-01" },
        new[] { "calendar", "--year", "2020" },
        new[] { "calendar", "--year", "2023", "--zone", "WIT" },
        new[] { "programme" },
        new[] { "rules" },
        new[] { "validate", "--schedule", AsRun },
        new[] { "plan" },
        new[] { "plan", "--capacity", "5" },
        new[] { "report", "--schedule", AsRun, "--results", Results },
        new[] { "attendance", "--schedule", AsRun, "--logs", Logs },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Output_InIndonesian_HasNoEnglishWord(string[] command)
    {
        var words = Words(Run(command, "id"));

        words.Where(English.Contains).Distinct().Should().BeEmpty($"bimtek {string.Join(' ', command.Select(Path.GetFileName))} --lang id prints only Indonesian");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Output_InEnglish_HasNoIndonesianWord(string[] command)
    {
        var words = Words(Run(command, "en"));

        words.Where(Indonesian.Contains).Distinct().Should().BeEmpty($"bimtek {string.Join(' ', command.Select(Path.GetFileName))} --lang en prints only English");
    }

    [Fact]
    public void Words_SkipsCodesAndProperNames_AndFindsTheRest()
    {
        Words("Scheduling.OutsideWorkingHours Session=BDI-SBY-2020-06 {Phase} 2020-06-01 Jawa Barat: the rule is broken.")
            .Should().Equal("the", "rule", "is", "broken");
    }

    private static string Run(string[] command, string language)
    {
        TableOutput.WidthOverride = 2000; // no cell wraps, so every proper name stays on one line
        try
        {
            var (exit, output, error) = CliRunner.Run([.. command, "--lang", language]);
            exit.Should().BeOneOf([0, 1], error);
            output.Should().NotBeEmpty();
            return output;
        }
        finally
        {
            TableOutput.WidthOverride = null;
        }
    }

    private static List<string> Words(string output)
    {
        output = PropertyPath().Replace(output, "$1");
        foreach (var name in ProperNames.Value)
        {
            output = output.Replace(name, " ", StringComparison.Ordinal);
        }

        return [.. Separators().Split(output)
            .Where(token => token.Length > 0 && !Code().IsMatch(token))
            .Select(token => token.Trim(',', '.', ';', ':', '(', ')', '\'', '"', '…', '×', '≥', '%', '–', '!', '?').ToLowerInvariant())
            .Where(word => word.Length > 0 && word.All(char.IsLetter))];
    }

    private static List<string> CollectProperNames()
    {
        using var services = new ServiceCollection().AddBimtekDomain().BuildServiceProvider();
        var names = new List<string>();
        var regions = services.GetRequiredService<IRegionDirectory>();
        foreach (var date in new[] { new LocalDate(2020, 6, 1), new LocalDate(2026, 11, 27) })
        {
            foreach (var province in regions.GetProvinces(date))
            {
                names.Add(province.Name);
                names.AddRange(regions.GetRegencies(province.Code, date).Select(r => r.Name));
            }
        }

        names.AddRange(services.GetRequiredService<ICentreDirectory>().Centres.SelectMany(c => new[] { c.Name, c.City, c.Regional }).OfType<string>());
        var calendar = services.GetRequiredService<IWorkingCalendar>();
        foreach (var year in new[] { 2020, 2023 })
        {
            var reasons = calendar.GetDays(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))).SelectMany(d => d.Reasons).ToList();
            names.AddRange(reasons.SelectMany(r => new[] { r.Name, r.EnglishName, r.Decree }).OfType<string>());
        }

        names.AddRange(calendar.HoursRules.Select(r => r.Decree));
        var programme = EmbeddedProgrammes.Load(EmbeddedProgrammes.NewNormal2020);
        names.AddRange([programme.Title, programme.Organiser.Unit, programme.Organiser.Agency!, programme.Organiser.Ministry!]);
        names.AddRange(programme.Curriculum.Select(m => m.Title));
        names.AddRange(programme.Phases.SelectMany(p => new[] { p.Name, p.Opening?.Official }.Concat(p.Audience.Select(a => a.Title))).OfType<string>());
        names.AddRange(programme.Assumptions); // the sources' own words, recorded in English
        return [.. names.Where(n => n.Length > 0).Distinct().OrderByDescending(n => n.Length)];
    }

    // A finding's header names the property path it is about (e.g. "error Scheduling.RegionNotCovered at Sessions"): a code.
    [GeneratedRegex(@"(?m)^(\s*\S+ [A-Z]\w+\.\w+ (?:at|pada) )[\w\[\]\.]+")]
    private static partial Regex PropertyPath();

    [GeneratedRegex(@"[\s│╭╮╰╯─┬┴┼├┤]+")]
    private static partial Regex Separators();

    // Codes, ids, dates, times, paths, detail keys and placeholders: anything with a digit, =, {, /, _ or an inner . or -.
    [GeneratedRegex(@"[\d={}/_@]|\w[.\-]\w")]
    private static partial Regex Code();
}

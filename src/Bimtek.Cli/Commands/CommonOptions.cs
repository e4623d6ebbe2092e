using System.CommandLine;
using System.Globalization;
using Bimtek.Cli.Text;
using Bimtek.Domain.Regions;
using NodaTime;
using NodaTime.Text;

namespace Bimtek.Cli.Commands;

/// <summary>
/// The options of the tool's one vocabulary: each idea has one name, one description and one parser, made here and
/// reused by every command that takes it (the README's options table lists them once). Parsers name the bad value
/// and the rule in the tool's own words, never a .NET type.
/// </summary>
internal static class CommonOptions
{
    public static Option<LocalDate?> AsOf() =>
        Date("--as-of", "The date the answer is for (YYYY-MM-DD); default: today in WIB.", "2020-06-08");

    /// <summary>A date option (YYYY-MM-DD); a bad value is refused with the option's name and an example.</summary>
    public static Option<LocalDate?> Date(string name, string description, string example) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            result.AddError($"{name} {Shown(text)} is not a date: expected YYYY-MM-DD, e.g. {example}.");
            return null;
        },
    };

    /// <summary>
    /// Quotes a bad argument for an error message, unless it holds ten digits or more and so may be a NIK (16 digits) or
    /// NIP (18) typed into the wrong option: personal data is never echoed.
    /// </summary>
    public static string Shown(string text) =>
        text.Count(char.IsAsciiDigit) < 10 ? $"'{text}'" : $"(a {text.Length}-character value)";

    /// <summary>A file path option; the path is kept as the user typed it, so messages can name it that way.</summary>
    public static Option<string?> File(string name, string description, bool required = false) =>
        new(name) { Description = description, HelpName = "FILE", Required = required };

    /// <summary><c>--programme F</c>: the same option, with the same meaning, on every command that takes a programme.</summary>
    public static Option<string?> Programme() =>
        File("--programme", "A programme JSON file (the package's JSON form); default: the embedded programme (for a schedule: the one with the code it names).");

    /// <summary><c>--schedule F</c>: a schedule JSON file, as <c>plan --out</c> writes it.</summary>
    public static Option<string?> Schedule() =>
        File("--schedule", "A schedule JSON file (the package's JSON form, as plan --out writes it).", required: true);

    /// <summary><c>--html F</c>: the self-contained timetable page.</summary>
    public static Option<string?> Html() =>
        File("--html", "Also write a self-contained HTML timetable page (works offline, prints on A4 landscape).");

    public static Option<int?> Year() => new("--year")
    {
        Description = "The calendar year (YYYY).",
        HelpName = "YYYY",
        Required = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1000)
            {
                return year;
            }

            result.AddError($"--year {Shown(text)} is not a year: expected four digits, e.g. 2020.");
            return null;
        },
    };

    /// <summary><c>--zone Z</c>; absent means WIB (the caller applies it, so help shows no .NET default).</summary>
    public static Option<DateTimeZone?> Zone() => new("--zone")
    {
        Description = "The zone whose local time the hours are shown in: WIB, WITA, WIT or an IANA id (Asia/Jakarta, Asia/Pontianak, Asia/Makassar, Asia/Jayapura); default: WIB (Asia/Jakarta).",
        HelpName = "WIB|WITA|WIT|IANA-ID",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (IndonesianTimeZones.TryParse(text, out var zone))
            {
                return zone;
            }

            result.AddError($"--zone {Shown(text)} is not an Indonesian time zone: expected WIB, WITA, WIT, {string.Join(", ", IndonesianTimeZones.ZoneIds)}.");
            return null;
        },
    };

    /// <summary>The language of everything a person reads: the tool's own texts and the package's rule messages.</summary>
    public static Option<CliText> Language() => new("--lang")
    {
        Description = "The language of the output for people: id (Bahasa Indonesia) or en (English).",
        HelpName = "id|en",
        DefaultValueFactory = _ => CliText.English,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (CliText.Of(text) is { } language)
            {
                return language;
            }

            result.AddError($"--lang {Shown(text)} is not a language: expected id or en.");
            return CliText.English;
        },
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON (camelCase names and values; schemas in schemas/) instead of tables, and no progress display." };

    /// <summary>
    /// An option whose values are an enum's members, typed as the package's JSON files write them (camelCase:
    /// <c>virtual</c>, <c>inPerson</c>, <c>hybrid</c>; any letter case accepted).
    /// </summary>
    public static Option<T?> Choice<T>(string name, string description)
        where T : struct, Enum
    {
        var names = Enum.GetValues<T>().Select(v => (Value: v, Name: JsonName(v))).ToList();
        return new Option<T?>(name)
        {
            Description = description,
            HelpName = string.Join('|', names.Select(n => n.Name)),
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                foreach (var (value, typed) in names)
                {
                    if (string.Equals(text, typed, StringComparison.OrdinalIgnoreCase))
                    {
                        return value;
                    }
                }

                result.AddError($"{name} {Shown(text)} is not one of {string.Join(", ", names.Select(n => n.Name))}.");
                return null;
            },
        };
    }

    /// <summary>An enum member as the package's JSON forms write it (<c>InPerson</c> → <c>inPerson</c>).</summary>
    public static string JsonName<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static Option<RegionCode?> Province() => new("--province")
    {
        Description = "A province code (e.g. 32): list its kabupaten/kota.",
        HelpName = "CODE",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (!RegionCode.TryParse(text.AsSpan(), out var code, out var reason))
            {
                result.AddError($"--province {Shown(text)} is not a region code: {reason}.");
                return null;
            }

            if (code.Level != RegionLevel.Province)
            {
                result.AddError($"--province {Shown(text)} is a kabupaten/kota code; give its province, {code.Province}.");
                return null;
            }

            return code;
        },
    };
}

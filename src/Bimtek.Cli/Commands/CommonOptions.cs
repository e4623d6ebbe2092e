using System.CommandLine;
using System.Globalization;
using Bimtek.Domain.Regions;
using NodaTime;
using NodaTime.Text;

namespace Bimtek.Cli.Commands;

/// <summary>Options shared by several commands, with parsers that name the bad value and the rule.</summary>
internal static class CommonOptions
{
    public static Option<LocalDate?> AsOf() => new("--as-of")
    {
        Description = "The date the answer is for (YYYY-MM-DD); default: today in WIB.",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            var parsed = LocalDatePattern.Iso.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value;
            }

            result.AddError($"--as-of {Shown(text)} is not a date: expected YYYY-MM-DD, e.g. 2020-06-08.");
            return null;
        },
    };

    /// <summary>
    /// Quotes a bad argument for an error message, unless it holds ten digits or more and so may be a NIK (16 digits) or
    /// NIP (18) typed into the wrong option: personal data is never echoed.
    /// </summary>
    public static string Shown(string text) =>
        text.Count(char.IsAsciiDigit) < 10 ? $"'{text}'" : $"(a {text.Length}-character value)";

    public static Option<FileInfo?> File(string name, string description) => new(name) { Description = description };

    /// <summary>Indonesia's zones by label and by IANA id (Keppres 41/1987); WIB means Jakarta's, the ministry's zone.</summary>
    private static readonly Dictionary<string, string> IndonesianZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["WIB"] = "Asia/Jakarta",
        ["WITA"] = "Asia/Makassar",
        ["WIT"] = "Asia/Jayapura",
        ["Asia/Jakarta"] = "Asia/Jakarta",
        ["Asia/Pontianak"] = "Asia/Pontianak",
        ["Asia/Makassar"] = "Asia/Makassar",
        ["Asia/Jayapura"] = "Asia/Jayapura",
    };

    public static Option<int?> Year() => new("--year")
    {
        Description = "The calendar year (YYYY).",
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

    public static Option<DateTimeZone> Zone() => new("--zone")
    {
        Description = "The zone whose local time the hours are shown in: WIB, WITA, WIT or an IANA id (Asia/Jakarta, Asia/Pontianak, Asia/Makassar, Asia/Jayapura); default: WIB.",
        DefaultValueFactory = _ => DateTimeZoneProviders.Tzdb["Asia/Jakarta"],
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (IndonesianZones.TryGetValue(text, out var id))
            {
                return DateTimeZoneProviders.Tzdb[id];
            }

            result.AddError($"--zone {Shown(text)} is not an Indonesian time zone: expected WIB, WITA, WIT, Asia/Jakarta, Asia/Pontianak, Asia/Makassar or Asia/Jayapura.");
            return null;
        },
    };

    public static Option<string> Language() => new("--lang")
    {
        Description = "The language of messages: id (Bahasa Indonesia) or en (English); default: en.",
        DefaultValueFactory = _ => "en",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (text is "id" or "en")
            {
                return text;
            }

            result.AddError($"--lang {Shown(text)} is not a language: expected id or en.");
            return "en";
        },
    };

    /// <summary>The culture of a <c>--lang</c> value: id-ID for <c>id</c>, en-GB otherwise.</summary>
    public static CultureInfo Culture(string? language) => CultureInfo.GetCultureInfo(language == "id" ? "id-ID" : "en-GB");

    /// <summary>Runs <paramref name="run"/> with messages in <paramref name="language"/>, then restores the UI culture.</summary>
    public static T InLanguage<T>(string? language, Func<T> run)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Culture(language);
            return run();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public static Option<bool> Json() => new("--json") { Description = "Print JSON (camelCase) instead of a table." };

    public static Option<RegionCode?> Province() => new("--province")
    {
        Description = "A province code (e.g. 32): list its kabupaten/kota.",
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

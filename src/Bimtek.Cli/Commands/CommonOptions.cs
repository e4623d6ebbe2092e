using System.CommandLine;
using System.Globalization;
using Bimtek.Cli.Text;
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
        DefaultValueFactory = _ => IndonesianTimeZone.WIB.GetZone(),
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
        Description = "The language of the output for people: id (Bahasa Indonesia) or en (English); default: en.",
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

using System.CommandLine;
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
    /// Quotes a bad argument for an error message, unless it is long enough to be a NIK or NIP typed into the wrong
    /// option: personal data is never echoed.
    /// </summary>
    public static string Shown(string text) => text.Length <= 12 ? $"'{text}'" : $"(a {text.Length}-character value)";

    public static Option<FileInfo?> File(string name, string description) => new(name) { Description = description };

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

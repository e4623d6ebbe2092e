using System.Globalization;

namespace Bimtek.Cli.Rendering;

/// <summary>
/// The tool's one rule for percentages, in every command: cut toward zero, never rounded up (as the package's
/// <c>Percentage.Of</c> does), so a share just under a threshold never reads as meeting it: 79.996 is <c>79.9 %</c>
/// for people and <c>79.99</c> in JSON.
/// </summary>
internal static class Percent
{
    /// <summary>For people: one decimal, a space and the sign (<c>66.6 %</c>); <c>–</c> when unknown.</summary>
    public static string Text(decimal? value) =>
        value is { } v ? Math.Round(v, 1, MidpointRounding.ToZero).ToString("0.#", CultureInfo.InvariantCulture) + " %" : "–";

    /// <summary>For JSON: two decimals, the number alone.</summary>
    public static decimal? Json(decimal? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.ToZero) : null;
}

using System.Globalization;
using Bimtek.Domain.Serialization;

namespace Bimtek.Cli.Commands;

/// <summary>
/// The read limits of the tool: the package's defaults (32 MB JSON, 256 MB CSV), raised or lowered for one run with
/// <c>BIMTEK_MAX_JSON_MB</c> and <c>BIMTEK_MAX_CSV_MB</c> (whole megabytes).
/// </summary>
internal static class InputLimits
{
    public static ReadLimits Current()
    {
        var defaults = ReadLimits.Default;
        return new ReadLimits(
            Megabytes("BIMTEK_MAX_JSON_MB") ?? defaults.MaxJsonBytes,
            Megabytes("BIMTEK_MAX_CSV_MB") ?? defaults.MaxCsvBytes,
            defaults.MaxCsvLineLength,
            defaults.MaxTextLength);
    }

    private static long? Megabytes(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } text
            ? long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var mb) && mb is >= 1 and <= 1_000_000
                ? mb << 20
                : throw new CliUsageException($"{variable} must be a whole number of megabytes from 1 to 1000000.")
            : null;
}

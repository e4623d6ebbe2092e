using System.Text.RegularExpressions;

namespace Bimtek.Cli;

/// <summary>An exception's message as a person reads it: without .NET's "(Parameter 'x')" tail or any NIP-like digit run.</summary>
internal static partial class ToolMessage
{
    public static string Plain(Exception ex)
    {
        var message = ex is ArgumentException { ParamName: { } name } ? ex.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : ex.Message;
        return LongDigitRun().Replace(message, m => new string('*', m.Length));
    }

    // Ten digits or more may be a NIK (16) or NIP (18): never echoed.
    [GeneratedRegex(@"\d{10,}")]
    private static partial Regex LongDigitRun();
}

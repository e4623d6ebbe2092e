using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bimtek.Domain.Serialization;

/// <summary>Turns System.Text.Json's exceptions into messages that say what was expected at which path.</summary>
internal static partial class JsonErrors
{
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        ["System.String"] = "a string",
        ["System.Int32"] = "a whole number",
        ["System.Decimal"] = "a number",
        ["System.Boolean"] = "true or false",
        ["NodaTime.LocalDate"] = "a date (yyyy-MM-dd)",
        ["NodaTime.LocalTime"] = "a time (HH:mm or HH:mm:ss)",
        ["NodaTime.Instant"] = "an instant (e.g. 2020-06-15T01:00:00Z)",
    };

    public static BimtekJsonException Translate(JsonException ex, string? source)
    {
        var path = ex.Path ?? "$";
        return new BimtekJsonException(source, path, Common.PersonalData.MaskIn(Reason(ex)), ex);
    }

    private static string Reason(JsonException ex)
    {
        // A converter's own message (our enums, region codes) is already precise; NodaTime's parse errors are too.
        if (ex.InnerException is NodaTime.Text.UnparsableValueException parse)
        {
            return "expected an ISO value (a date such as 2020-06-15, a time such as 07:30); " + Common.PersonalData.MaskIn(parse.Message);
        }

        var message = Strip(ex.Message);
        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            return $"missing required property {missing.Groups[1].Value}";
        }

        if (Unmapped().Match(message) is { Success: true } unknown)
        {
            return $"unknown property '{unknown.Groups[1].Value}' (check its spelling against the documented form)";
        }

        if (NotNull().IsMatch(message))
        {
            return "must not be null";
        }

        if (ConvertedTo().Match(message) is { Success: true } convert)
        {
            var type = convert.Groups[1].Value;
            return Expected.TryGetValue(type, out var expected) ? $"expected {expected}"
                : type.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal) ? "expected an array"
                : type.EndsWith("Document", StringComparison.Ordinal) || type.StartsWith("System.Collections.Generic.Dictionary", StringComparison.Ordinal) ? "expected an object"
                : $"expected a value of type {type}";
        }

        return ex.LineNumber is { } line ? $"{message} (line {line + 1})" : message;
    }

    // System.Text.Json appends " Path: $.x | LineNumber: 0 | BytePositionInLine: 12." to messages.
    private static string Strip(string message)
    {
        var index = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return (index >= 0 ? message[..index] : message).TrimEnd('.', ' ');
    }

    [GeneratedRegex(@"missing required properties including: (.+)$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"The JSON property '([^']+)' could not be mapped")]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"doesn't allow null values|could not be converted to .*null|Cannot get the value of a token type 'Null'")]
    private static partial Regex NotNull();

    // An optional value (int? jp) names its underlying type: "a whole number", not "System.Nullable".
    [GeneratedRegex(@"could not be converted to (?:System\.Nullable`1\[)?([^\s\[\]`]+)")]
    private static partial Regex ConvertedTo();
}

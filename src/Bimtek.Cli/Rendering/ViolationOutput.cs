using System.Globalization;
using Bimtek.Cli.Text;
using Bimtek.Domain;
using Bimtek.Domain.Common;
using FluentValidation.Results;
using NodaTime;
using NodaTime.Text;

namespace Bimtek.Cli.Rendering;

/// <summary>Validation findings for people (one block each) or for pipelines (<c>{ "violations": [...] }</c>).</summary>
internal static class ViolationOutput
{
    public static void Write(TextWriter output, ValidationResult result, bool json, CliText text)
    {
        var violations = Of(result, text);
        if (json)
        {
            JsonOutput.Write(output, new { violations });
            return;
        }

        foreach (var v in violations)
        {
            output.WriteLine($"{Severity(v, text)} {v.Code} {text.At} {v.Path}");
            output.WriteLine($"  {v.Message}");
            if (v.Details is { Count: > 0 } details)
            {
                output.WriteLine("  " + string.Join(", ", details.Where(d => d.Value is not System.Collections.IEnumerable || d.Value is string).Select(d => $"{d.Key}={Detail(d.Value, text)}")));
            }
        }

        WriteVerdict(output, violations, text);
    }

    /// <summary>The violations in the JSON shape every command prints, messages in the chosen language, paths and details masked as the messages are.</summary>
    public static List<Violation> Of(ValidationResult result, CliText text) => [.. result.Errors.Select(e => new Violation(
        e.ErrorCode,
        e.Severity.ToString().ToLowerInvariant(),
        RuleMessages.Of(e, text),
        RuleLanguage.FormatValue(e.PropertyName, text.Culture), // a path may name a key that is a NIP
        MaskedDetails.Of(e.GetDetails(), text)))];

    /// <summary>
    /// A detail value for people, the way the package writes it inside messages: ISO dates and UTC instants (never the
    /// machine's culture), times <c>HH:mm</c>, bilingual texts and value names in the chosen language. Detail keys are
    /// codes (the names hosts read), shown as they are.
    /// </summary>
    public static string Detail(object? value, CliText text) => value switch
    {
        null => "–",
        string s => RuleLanguage.FormatValue(s, text.Culture), // masked where it holds a NIP: an instructor id may be one
        RuleText t => t.Format(text.Culture),
        LocalDate date => LocalDatePattern.Iso.Format(date),
        LocalTime time => LocalTimePattern.CreateWithInvariantCulture("HH':'mm").Format(time),
        Instant instant => instant.ToString("uuuu-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
        Enum member => text.Name(member),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>A violation's severity for people, in the chosen language.</summary>
    public static string Severity(Violation violation, CliText text) =>
        text.Severity(Enum.Parse<FluentValidation.Severity>(violation.Severity, ignoreCase: true));

    /// <summary>One line: no rule broken, or how many errors and warnings.</summary>
    public static void WriteVerdict(TextWriter output, List<Violation> violations, CliText text)
    {
        var errors = violations.Count(v => v.Severity == "error");
        output.WriteLine(violations.Count == 0 ? text.NoRuleBroken : text.Findings(errors, violations.Count - errors));
    }

    /// <summary>A violation as printed (camelCase in JSON).</summary>
    internal sealed record Violation(string Code, string Severity, string Message, string Path, IReadOnlyDictionary<string, object?>? Details);
}

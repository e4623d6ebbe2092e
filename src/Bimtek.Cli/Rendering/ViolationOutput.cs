using Bimtek.Domain;
using FluentValidation.Results;

namespace Bimtek.Cli.Rendering;

/// <summary>Validation findings for people (one block each) or for pipelines (<c>{ "violations": [...] }</c>).</summary>
internal static class ViolationOutput
{
    public static void Write(TextWriter output, ValidationResult result, bool json)
    {
        var violations = Of(result);
        if (json)
        {
            JsonOutput.Write(output, new { violations });
            return;
        }

        foreach (var v in violations)
        {
            output.WriteLine($"{v.Severity} {v.Code} at {v.Path}");
            output.WriteLine($"  {v.Message}");
            if (v.Details is { Count: > 0 } details)
            {
                output.WriteLine("  " + string.Join(", ", details.Where(d => d.Value is not System.Collections.IEnumerable || d.Value is string).Select(d => $"{d.Key}={d.Value}")));
            }
        }

        WriteVerdict(output, violations);
    }

    /// <summary>The violations in the JSON shape every command prints.</summary>
    public static List<Violation> Of(ValidationResult result) => [.. result.Errors.Select(e => new Violation(
        e.ErrorCode,
        e.Severity.ToString().ToLowerInvariant(),
        e.ErrorMessage,
        e.PropertyName,
        e.GetDetails()))];

    /// <summary>One line: no rule broken, or how many errors and warnings.</summary>
    public static void WriteVerdict(TextWriter output, List<Violation> violations)
    {
        var errors = violations.Count(v => v.Severity == "error");
        output.WriteLine(violations.Count == 0
            ? "No rule broken."
            : $"{errors} error(s), {violations.Count - errors} warning(s) or note(s).");
    }

    /// <summary>A violation as printed (camelCase in JSON).</summary>
    internal sealed record Violation(string Code, string Severity, string Message, string Path, IReadOnlyDictionary<string, object?>? Details);
}

using FluentValidation.Results;

namespace Bimtek.Cli.Rendering;

/// <summary>Validation findings for people (one block each) or for pipelines (<c>{ "violations": [...] }</c>).</summary>
internal static class ViolationOutput
{
    public static void Write(TextWriter output, ValidationResult result, bool json)
    {
        var violations = result.Errors.Select(e => new
        {
            code = e.ErrorCode,
            severity = e.Severity.ToString().ToLowerInvariant(),
            message = e.ErrorMessage,
            path = e.PropertyName,
            details = e.CustomState as IReadOnlyDictionary<string, object?>,
        }).ToList();
        if (json)
        {
            JsonOutput.Write(output, new { violations });
            return;
        }

        foreach (var v in violations)
        {
            output.WriteLine($"{v.severity} {v.code} at {v.path}");
            output.WriteLine($"  {v.message}");
            if (v.details is { Count: > 0 } details)
            {
                output.WriteLine("  " + string.Join(", ", details.Where(d => d.Value is not System.Collections.IEnumerable || d.Value is string).Select(d => $"{d.Key}={d.Value}")));
            }
        }

        var errors = violations.Count(v => v.severity == "error");
        output.WriteLine(violations.Count == 0
            ? "No rule broken."
            : $"{errors} error(s), {violations.Count - errors} warning(s) or note(s).");
    }
}

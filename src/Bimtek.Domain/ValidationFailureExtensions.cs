using Bimtek.Domain.Common;
using FluentValidation.Results;

namespace Bimtek.Domain;

/// <summary>Reads the package's rule violation behind a FluentValidation failure: its rule, typed details and message in any language.</summary>
public static class ValidationFailureExtensions
{
    /// <summary>Gets the violation behind a failure the package's validators reported.</summary>
    /// <param name="failure">A failure from <c>ScheduleValidator</c>, <c>ProgrammeValidator</c> or <c>EligibilityValidator</c>.</param>
    /// <returns>The violation, with <see cref="RuleViolation.Details"/> and <see cref="RuleViolation.Format"/>.</returns>
    /// <exception cref="ArgumentException">The failure did not come from one of the package's rules (e.g. a host's own rule).</exception>
    public static RuleViolation GetViolation(this ValidationFailure failure) =>
        TryGetViolation(failure, out var violation)
            ? violation
            : throw new ArgumentException($"Failure '{failure.ErrorCode}' on '{failure.PropertyName}' was not reported by a Bimtek.Domain rule.", nameof(failure));

    /// <summary>Tries to get the violation behind a failure.</summary>
    /// <param name="failure">The failure.</param>
    /// <param name="violation">The violation, or <see langword="null"/> when a host's own rule reported the failure.</param>
    /// <returns>Whether the failure came from one of the package's rules.</returns>
    public static bool TryGetViolation(this ValidationFailure failure, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuleViolation? violation)
    {
        ArgumentNullException.ThrowIfNull(failure);
        violation = failure.CustomState as RuleViolation;
        return violation is not null;
    }

    /// <summary>Gets the entities and values a failure names, by placeholder name (empty for a host's own rule).</summary>
    /// <param name="failure">The failure.</param>
    /// <returns>The details.</returns>
    public static IReadOnlyDictionary<string, object?> GetDetails(this ValidationFailure failure) =>
        TryGetViolation(failure, out var violation) ? violation.Details : new Dictionary<string, object?>().AsReadOnly();
}

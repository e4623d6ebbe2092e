using Bimtek.Domain.Common;
using FluentValidation;
using NodaTime;
using static Bimtek.Domain.Programmes.ProgrammeRuleCodes;

namespace Bimtek.Domain.Programmes;

// The lifecycle: Draft → Published → InProgress → Completed, and Cancelled from any status before Completed.
// Each transition checks its rules first, reports all that are broken, and changes nothing unless all hold.
public sealed partial class Programme
{
    /// <summary>Publishes a draft whose definition has no error.</summary>
    /// <param name="validator">The definition validator; <see langword="null"/> for <see cref="ProgrammeValidator"/>.</param>
    /// <returns>The outcome; on failure the codes <c>Programme.TransitionNotAllowed</c> or
    /// <c>Programme.PublishRequiresValidDefinition</c>, followed by the definition's own errors.</returns>
    public RuleResult Publish(IValidator<Programme>? validator = null)
    {
        var violations = new List<RuleViolation>();
        CheckFrom(ProgrammeStatus.Published, violations, ProgrammeStatus.Draft);
        var definition = (validator ?? ProgrammeValidator.Instance).Validate(this);
        var errors = definition.Errors.Where(e => e.Severity == Severity.Error).ToList();
        if (errors.Count > 0)
        {
            var errorCount = errors.Count;
            violations.Add(Violation(PublishRequiresValidDefinition, ("Errors", errorCount), ("Codes", string.Join(", ", errors.Select(e => e.ErrorCode).Distinct()))));
            violations.AddRange(errors.Select(ProgrammeValidator.ToViolation));
        }

        return Apply(ProgrammeStatus.Published, violations);
    }

    /// <summary>Starts a published programme once its first phase has begun.</summary>
    /// <param name="today">Today's date, from the host's clock.</param>
    /// <returns>The outcome; on failure <c>Programme.TransitionNotAllowed</c> or <c>Programme.StartBeforeFirstPhase</c>.</returns>
    public RuleResult Start(LocalDate today)
    {
        var violations = new List<RuleViolation>();
        CheckFrom(ProgrammeStatus.InProgress, violations, ProgrammeStatus.Published);
        if (Phases.Count > 0 && Phases.Min(p => p.Start) is var first && today < first)
        {
            violations.Add(Violation(StartBeforeFirstPhase, ("Today", today), ("FirstPhaseStart", first)));
        }

        return Apply(ProgrammeStatus.InProgress, violations);
    }

    /// <summary>Completes a programme in progress once its last phase has ended.</summary>
    /// <param name="today">Today's date, from the host's clock.</param>
    /// <returns>The outcome; on failure <c>Programme.TransitionNotAllowed</c> or <c>Programme.CompleteBeforeLastPhaseEnds</c>.</returns>
    public RuleResult Complete(LocalDate today)
    {
        var violations = new List<RuleViolation>();
        CheckFrom(ProgrammeStatus.Completed, violations, ProgrammeStatus.InProgress);
        if (Phases.Count > 0 && Phases.Max(p => p.End) is var last && today <= last)
        {
            violations.Add(Violation(CompleteBeforeLastPhaseEnds, ("Today", today), ("LastPhaseEnd", last)));
        }

        return Apply(ProgrammeStatus.Completed, violations);
    }

    /// <summary>Cancels a programme that is not yet completed or cancelled.</summary>
    /// <param name="reason">Why; required.</param>
    /// <returns>The outcome; on failure <c>Programme.TransitionNotAllowed</c> or <c>Programme.CancelReasonRequired</c>.</returns>
    public RuleResult Cancel(string reason)
    {
        var violations = new List<RuleViolation>();
        CheckFrom(ProgrammeStatus.Cancelled, violations, ProgrammeStatus.Draft, ProgrammeStatus.Published, ProgrammeStatus.InProgress);
        if (string.IsNullOrWhiteSpace(reason))
        {
            violations.Add(Violation(CancelReasonRequired));
        }

        var result = Apply(ProgrammeStatus.Cancelled, violations);
        if (result.Succeeded)
        {
            CancellationReason = reason;
        }

        return result;
    }

    private void CheckFrom(ProgrammeStatus to, List<RuleViolation> violations, params ProgrammeStatus[] allowedFrom)
    {
        if (!allowedFrom.Contains(Status))
        {
            violations.Add(Violation(TransitionNotAllowed, ("From", Status), ("To", to)));
        }
    }

    private RuleResult Apply(ProgrammeStatus to, List<RuleViolation> violations)
    {
        var result = RuleResult.From(violations);
        if (result.Succeeded)
        {
            Status = to;
        }

        return result;
    }

    private RuleViolation Violation(string code, params (string Name, object? Value)[] details) =>
        new(ProgrammeRules.Get(code), RuleBook.Details([("Programme", Code), .. details]));
}

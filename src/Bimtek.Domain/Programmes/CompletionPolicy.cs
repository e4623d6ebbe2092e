namespace Bimtek.Domain.Programmes;

/// <summary>What a participant must achieve to complete a programme and receive its certificate.</summary>
/// <remarks>
/// No LAN or Kemenperin rule found sets these thresholds (fact sheet §b, §4), so every one is configurable and the
/// defaults are <em>assumed</em>: attendance of at least 80 % and a score of at least 60, as seen together as certificate
/// conditions in public Indonesian training-administration code, and a post-test and reaction survey done.
/// Immutable.
/// </remarks>
public sealed class CompletionPolicy
{
    /// <summary>The default policy (assumed, see remarks): 80 % attendance, pass mark 60, post-test and reaction survey.</summary>
    public static readonly CompletionPolicy Default = new(80m, 60m, [EvaluationKind.PostTest, EvaluationKind.ReactionSurvey]);

    /// <summary>Creates a policy.</summary>
    /// <param name="minimumAttendancePercent">The share of lesson hours a participant must attend, in percent (0–100).</param>
    /// <param name="passMark">The lowest final score that passes, on the 0–100 scale (inclusive).</param>
    /// <param name="requiredEvaluations">The evaluations a participant must have done.</param>
    public CompletionPolicy(decimal minimumAttendancePercent, decimal passMark, IEnumerable<EvaluationKind> requiredEvaluations)
    {
        ArgumentNullException.ThrowIfNull(requiredEvaluations);
        MinimumAttendancePercent = minimumAttendancePercent;
        PassMark = passMark;
        var evaluations = requiredEvaluations.ToList();
        foreach (var evaluation in evaluations.Where(e => !Enum.IsDefined(e)))
        {
            throw new ArgumentOutOfRangeException(nameof(requiredEvaluations), evaluation, "Not an EvaluationKind value.");
        }

        if (evaluations.Distinct().Count() != evaluations.Count)
        {
            throw new ArgumentException("An evaluation is required twice.", nameof(requiredEvaluations));
        }

        RequiredEvaluations = evaluations.AsReadOnly();
    }

    /// <summary>Gets the share of lesson hours a participant must attend, in percent (0–100).</summary>
    public decimal MinimumAttendancePercent { get; }

    /// <summary>Gets the lowest final score that passes, 0–100 (inclusive).</summary>
    public decimal PassMark { get; }

    /// <summary>Gets the evaluations a participant must have done, in the order given.</summary>
    public IReadOnlyList<EvaluationKind> RequiredEvaluations { get; }
}

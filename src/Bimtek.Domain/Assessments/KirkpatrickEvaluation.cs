namespace Bimtek.Domain.Assessments;

/// <summary>
/// A class's or programme's evaluation on Kirkpatrick's four levels, side by side: reaction (level 1), learning from the
/// pre- and post-test (level 2), behaviour follow-ups (level 3) and the host's result indicators (level 4).
/// </summary>
/// <remarks>
/// Indonesian government trainings often evaluate only levels 1 and 2 (FACTS §g, e.g. Kementan's PKA evaluation), so
/// <see cref="LevelsEvaluated"/> says which levels have evidence rather than assuming all four. Immutable.
/// </remarks>
public sealed class KirkpatrickEvaluation
{
    private KirkpatrickEvaluation(ReactionSummary? reaction, ClassGain learning, BehaviourFollowUpPlan? behaviour, IReadOnlyList<ResultIndicator> results)
    {
        Reaction = reaction;
        Learning = learning;
        Behaviour = behaviour;
        Results = results;
        var levels = new List<KirkpatrickLevel>();
        if (reaction is { Overall.Ratings: > 0 })
        {
            levels.Add(KirkpatrickLevel.Reaction);
        }

        if (learning.Pairs > 0)
        {
            levels.Add(KirkpatrickLevel.Learning);
        }

        if (behaviour is { FollowUps.Count: > 0 })
        {
            levels.Add(KirkpatrickLevel.Behaviour);
        }

        if (results.Any(r => r.Actual is not null))
        {
            levels.Add(KirkpatrickLevel.Results);
        }

        LevelsEvaluated = levels.AsReadOnly();
    }

    /// <summary>Gets the level-1 reaction survey summary, when a survey was run.</summary>
    public ReactionSummary? Reaction { get; }

    /// <summary>Gets the level-2 learning gain (empty when no participant took both tests).</summary>
    public ClassGain Learning { get; }

    /// <summary>Gets the level-3 behaviour follow-ups planned, when any.</summary>
    public BehaviourFollowUpPlan? Behaviour { get; }

    /// <summary>Gets the level-4 result indicators the host supplied.</summary>
    public IReadOnlyList<ResultIndicator> Results { get; }

    /// <summary>Gets the levels with evidence, in level order: a survey with at least one rating, at least one pair of
    /// tests, at least one follow-up planned, at least one indicator measured.</summary>
    public IReadOnlyList<KirkpatrickLevel> LevelsEvaluated { get; }

    /// <summary>Brings the four levels together.</summary>
    /// <param name="reaction">The reaction survey summary, or <see langword="null"/> when none was run.</param>
    /// <param name="learning">The learning gain, e.g. a report row's <see cref="CohortReport.Gain"/>.</param>
    /// <param name="behaviour">The follow-ups planned, or <see langword="null"/>.</param>
    /// <param name="results">The result indicators; may be empty.</param>
    /// <returns>The evaluation.</returns>
    public static KirkpatrickEvaluation Create(ReactionSummary? reaction, ClassGain learning, BehaviourFollowUpPlan? behaviour, IEnumerable<ResultIndicator> results)
    {
        ArgumentNullException.ThrowIfNull(learning);
        ArgumentNullException.ThrowIfNull(results);
        return new KirkpatrickEvaluation(reaction, learning, behaviour, results.Select(r => r ?? throw new ArgumentException("An indicator is null.", nameof(results))).ToList().AsReadOnly());
    }

    /// <inheritdoc />
    public override string ToString() => $"Kirkpatrick levels evaluated: {string.Join(", ", LevelsEvaluated.Select(l => (int)l))}";
}

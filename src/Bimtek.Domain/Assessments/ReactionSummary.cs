using Bimtek.Domain.Common;

namespace Bimtek.Domain.Assessments;

/// <summary>The outcome of a reaction survey (Kirkpatrick level 1): the index per aspect and overall, and the ratings refused.</summary>
/// <remarks>Record equality compares the lists by reference.</remarks>
/// <param name="Responses">The number of responses.</param>
/// <param name="Overall">The index over every valid rating of every aspect.</param>
/// <param name="Aspects">The index per aspect, in <see cref="ReactionAspect"/> order, for each aspect rated at least once.</param>
/// <param name="Result">Every rating refused (<see cref="AssessmentRuleCodes.ReactionRatingOutOfRange"/>); refused ratings are not counted.</param>
public sealed record ReactionSummary(int Responses, AspectIndex Overall, IReadOnlyList<AspectIndex> Aspects, RuleResult Result);

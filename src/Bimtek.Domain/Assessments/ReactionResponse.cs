namespace Bimtek.Domain.Assessments;

/// <summary>One respondent's answers to a reaction survey: Likert ratings per aspect (several items per aspect allowed).</summary>
/// <remarks>Record equality compares <see cref="Ratings"/> by reference.</remarks>
/// <param name="Id">An identifier of the response (not personal data: surveys are usually anonymous).</param>
/// <param name="Ratings">The ratings per aspect; an aspect left out was not asked or not answered.</param>
public sealed record ReactionResponse(string Id, IReadOnlyDictionary<ReactionAspect, IReadOnlyList<int>> Ratings);

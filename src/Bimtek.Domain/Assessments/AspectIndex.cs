namespace Bimtek.Domain.Assessments;

/// <summary>The reaction index of one aspect (or of the whole survey, when <see cref="Aspect"/> is <see langword="null"/>).</summary>
/// <param name="Aspect">The aspect, or <see langword="null"/> for all aspects together.</param>
/// <param name="Ratings">The number of valid ratings.</param>
/// <param name="MeanRating">The mean rating on the Likert scale, or <see langword="null"/> with no rating.</param>
/// <param name="Index">The index, 0–100: mean rating / scale maximum × 100; <see langword="null"/> with no rating.</param>
/// <param name="Category">The index's category, or <see langword="null"/> with no rating.</param>
public sealed record AspectIndex(ReactionAspect? Aspect, int Ratings, decimal? MeanRating, decimal? Index, ReactionCategory? Category);

using Bimtek.Domain.Common;

namespace Bimtek.Domain.Assessments;

/// <summary>Grades a final score and says whether it passes. Registered by <c>AddBimtekDomain</c>; a host may replace it.</summary>
public interface IGradingPolicy
{
    /// <summary>Gets the bands, lowest first.</summary>
    IReadOnlyList<GradeBand> Bands { get; }

    /// <summary>Gets the lowest final score that passes, 0–100 (inclusive).</summary>
    decimal PassMark { get; }

    /// <summary>Grades a score.</summary>
    /// <param name="score">The final score.</param>
    /// <returns>The band the score falls in.</returns>
    GradeBand Grade(Score score);

    /// <summary>Says whether a score passes.</summary>
    /// <param name="score">The final score.</param>
    /// <returns>Whether <paramref name="score"/> is at least <see cref="PassMark"/>.</returns>
    bool Passes(Score score);
}

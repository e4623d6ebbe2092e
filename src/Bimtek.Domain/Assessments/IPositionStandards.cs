using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Assessments;

/// <summary>Answers which level a position requires of a competency. Registered by <c>AddBimtekDomain</c>; a host may replace it.</summary>
public interface IPositionStandards
{
    /// <summary>Finds the standard for a position and competency.</summary>
    /// <param name="position">The position kind.</param>
    /// <param name="competency">The competency.</param>
    /// <returns>The standard, or <see langword="null"/> when the position has none for that competency.</returns>
    PositionStandard? Find(PositionKind position, Competency competency);

    /// <summary>Finds the standard for a position, its functional tier and a competency.</summary>
    /// <param name="position">The position kind.</param>
    /// <param name="tier">The functional tier (for <see cref="PositionKind.Fungsional"/>), or <see langword="null"/>.</param>
    /// <param name="competency">The competency.</param>
    /// <returns>The standard, or <see langword="null"/> when there is none.</returns>
    /// <remarks>The default implementation ignores <paramref name="tier"/>, for implementations written before tiers.</remarks>
    PositionStandard? Find(PositionKind position, FunctionalTier? tier, Competency competency) => Find(position, competency);
}

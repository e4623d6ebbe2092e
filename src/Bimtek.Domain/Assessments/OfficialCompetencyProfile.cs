using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Assessments;

/// <summary>The levels assessed for one official (e.g. by an assessment centre or the BKN test), with their position.</summary>
/// <remarks>Record equality compares <see cref="Assessed"/> by reference. <see cref="ToString"/> masks the NIP.</remarks>
/// <param name="Nip">The official's NIP (personal data: never shown unmasked).</param>
/// <param name="Position">The official's position kind, which sets the required levels.</param>
/// <param name="Assessed">The assessed level per competency code.</param>
public sealed record OfficialCompetencyProfile(Nip Nip, PositionKind Position, IReadOnlyDictionary<string, ProficiencyLevel> Assessed)
{
    /// <summary>Creates the profile of a functional official, whose tier sets the required levels.</summary>
    /// <param name="nip">The official's NIP (personal data: never shown unmasked).</param>
    /// <param name="position">The official's position kind: <see cref="PositionKind.Fungsional"/>.</param>
    /// <param name="tier">The official's functional tier.</param>
    /// <param name="assessed">The assessed level per competency code.</param>
    public OfficialCompetencyProfile(Nip nip, PositionKind position, FunctionalTier tier, IReadOnlyDictionary<string, ProficiencyLevel> assessed)
        : this(nip, position, assessed) => Tier = tier;

    /// <summary>Gets the official's functional tier, or <see langword="null"/> (a structural position, or not known).</summary>
    public FunctionalTier? Tier { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Nip.ToMaskedString()} ({Position}{(Tier is { } t ? $" {t}" : "")}, {Assessed.Count} competencies)";
}

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
    /// <inheritdoc />
    public override string ToString() => $"{Nip.ToMaskedString()} ({Position}, {Assessed.Count} competencies)";
}

using Bimtek.Domain.Common;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>What resolution made of one row, kept in a list of structs beside the rows: a million rows make a million
/// <see cref="RowResolution"/> objects only when <see cref="ResolutionResult.Rows"/> is asked for.</summary>
internal readonly record struct RowVerdict(ResolutionOutcome Outcome, Nip Nip, ResolutionStep? Step);

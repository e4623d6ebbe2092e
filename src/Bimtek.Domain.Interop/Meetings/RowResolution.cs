using Bimtek.Domain.Common;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>One row and who it was resolved to, with the step that did it.</summary>
/// <param name="Row">The meeting row.</param>
/// <param name="Outcome">What resolution made of it.</param>
/// <param name="Nip">The official, when <see cref="ResolutionOutcome.Resolved"/>; else <c>default</c>.</param>
/// <param name="Step">The step that resolved it (or found it ambiguous), else <see langword="null"/>.</param>
public sealed record RowResolution(MeetingRow Row, ResolutionOutcome Outcome, Nip Nip, ResolutionStep? Step)
{
    /// <inheritdoc />
    public override string ToString() => $"{Row.Where}: {Outcome}{(Step is { } s ? " by " + s : string.Empty)}";
}

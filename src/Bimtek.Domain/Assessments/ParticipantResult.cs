using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Assessments;

/// <summary>What the host knows of one participant of one session: the input of reports.</summary>
/// <remarks>Record equality compares <see cref="Assessed"/> by reference, not by content. <see cref="ToString"/> masks the NIP.</remarks>
/// <param name="Nip">The participant's NIP (personal data: never shown unmasked).</param>
/// <param name="SessionId">The session (class) attended.</param>
/// <param name="Region">The participant's region (kabupaten/kota or province).</param>
/// <param name="PreTest">The pre-test score, when taken.</param>
/// <param name="PostTest">The post-test score, when taken.</param>
/// <param name="FinalScore">The final score that is graded, when set.</param>
/// <param name="AttendancePercent">The share of lesson hours attended, 0–100, as the host's attendance records give it.</param>
/// <param name="Completed">Whether the participant completed (as the host's completion rule decided), when known.</param>
/// <param name="Position">The participant's position kind, when known (needed for gaps).</param>
/// <param name="Assessed">The assessed level per competency code, when assessed (needed for gaps).</param>
public sealed record ParticipantResult(
    Nip Nip,
    string SessionId,
    RegionCode Region,
    Score? PreTest,
    Score? PostTest,
    Score? FinalScore,
    decimal? AttendancePercent,
    bool? Completed,
    PositionKind? Position = null,
    IReadOnlyDictionary<string, ProficiencyLevel>? Assessed = null)
{
    /// <summary>Gets the participant's own learning gain; <see langword="null"/> without both tests or with a pre-test of 100.</summary>
    public LearningGain? Gain => PreTest is { } pre && PostTest is { } post ? LearningGain.Compute(pre, post) : null;

    /// <inheritdoc />
    public override string ToString() => $"{Nip.ToMaskedString()} in {SessionId} ({Region})";
}

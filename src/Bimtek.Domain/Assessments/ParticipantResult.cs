using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Assessments;

/// <summary>What the host knows of one participant of one session: the input of reports.</summary>
/// <remarks>Record equality compares <see cref="Assessed"/> and <see cref="EvaluationsDone"/> by reference, not by content. <see cref="ToString"/> masks the NIP.</remarks>
/// <param name="Nip">The participant's NIP (personal data: never shown unmasked).</param>
/// <param name="SessionId">The session (class) attended.</param>
/// <param name="Region">The participant's region (kabupaten/kota or province).</param>
/// <param name="PreTest">The pre-test score, when taken.</param>
/// <param name="PostTest">The post-test score, when taken.</param>
/// <param name="FinalScore">The final score that is graded, when set.</param>
/// <param name="AttendancePercent">The share of applicable lesson hours attended, when known: from the package's
/// attendance (<c>SessionCompletion.Results</c> fills it) or as an earlier system recorded it.</param>
/// <param name="Completed">Whether the participant completed, when known: as the package decides it from attendance,
/// scores and the programme's <see cref="CompletionPolicy"/> (<c>ParticipantCompletion</c>; <c>SessionCompletion.Results</c>
/// fills it), or as an earlier system recorded it in a results file.</param>
/// <param name="Position">The participant's position kind, when known (needed for gaps).</param>
/// <param name="Assessed">The assessed level per competency code, when assessed (needed for gaps).</param>
/// <param name="EvaluationsDone">The evaluations done besides the tests, whose scores already show them (e.g. the
/// reaction survey, an assignment); <see langword="null"/> for none.</param>
public sealed record ParticipantResult(
    Nip Nip,
    string SessionId,
    RegionCode Region,
    Score? PreTest,
    Score? PostTest,
    Score? FinalScore,
    Percentage? AttendancePercent,
    bool? Completed,
    PositionKind? Position = null,
    IReadOnlyDictionary<string, ProficiencyLevel>? Assessed = null,
    IReadOnlyCollection<EvaluationKind>? EvaluationsDone = null)
{
    /// <summary>Gets the participant's own learning gain; <see cref="LearningGain.Undefined"/> without both tests or with a pre-test of 100.</summary>
    public LearningGain Gain => PreTest is { } pre && PostTest is { } post ? LearningGain.Compute(pre, post) : LearningGain.Undefined;

    /// <inheritdoc />
    public override string ToString() => $"{Nip.ToMaskedString()} in {SessionId} ({Region})";
}

using Bimtek.Domain.Assessments;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using static Bimtek.Domain.Certificates.CertificateRuleCodes;

namespace Bimtek.Domain.Certificates;

/// <summary>Whether one participant completed a programme, as the package decides it from what it already knows (their
/// attendance, their results and the programme's <see cref="CompletionPolicy"/>), with every reason when not.</summary>
/// <remarks>
/// <para>Immutable; made only by <see cref="Decide"/> (or <see cref="SessionCompletion.Decide"/> for a whole session), so a
/// certificate (<see cref="CertificateIssuer.Issue"/>) is issued from the package's judgement, never from numbers a host
/// typed in. <see cref="ToString"/> masks the NIP.</para>
/// <para>Reasons, all reported (codes in <see cref="CertificateRuleCodes"/>): <see cref="AttendanceBelowMinimum"/> (attended
/// JP over applicable JP below <see cref="CompletionPolicy.MinimumAttendancePercent"/>, or no attendance at all),
/// <see cref="ScoreMissing"/>, <see cref="ScoreBelowPassMark"/> (<see cref="CompletionPolicy.PassMark"/> inclusive) and one
/// <see cref="EvaluationMissing"/> per required evaluation not done (a pre- or post-test is done when its score is
/// present; others come from <see cref="ParticipantResult.EvaluationsDone"/>).</para>
/// </remarks>
public sealed class ParticipantCompletion
{
    private ParticipantCompletion(
        Nip nip, string programmeCode, Percentage? attendance, Score? finalScore, IReadOnlyList<EvaluationKind> evaluationsDone, RuleResult result)
    {
        Nip = nip;
        ProgrammeCode = programmeCode;
        AttendancePercent = attendance;
        FinalScore = finalScore;
        EvaluationsDone = evaluationsDone;
        Result = result;
    }

    /// <summary>Gets the participant.</summary>
    public Nip Nip { get; }

    /// <summary>Gets the programme whose policy decided.</summary>
    public string ProgrammeCode { get; }

    /// <summary>Gets attended over applicable JP, or <see langword="null"/> when no attendance was known or nothing applied.</summary>
    public Percentage? AttendancePercent { get; }

    /// <summary>Gets the final score, or <see langword="null"/> when not graded.</summary>
    public Score? FinalScore { get; }

    /// <summary>Gets the evaluations done, in <see cref="EvaluationKind"/> order.</summary>
    public IReadOnlyList<EvaluationKind> EvaluationsDone { get; }

    /// <summary>Gets the reasons for a non-completion (empty when completed).</summary>
    public RuleResult Result { get; }

    /// <summary>Gets whether every condition of the completion policy holds.</summary>
    public bool Completed => Result.Succeeded;

    /// <summary>Decides one participant's completion of a programme.</summary>
    /// <param name="programme">The programme (its code and <see cref="Programme.CompletionPolicy"/>).</param>
    /// <param name="nip">The participant.</param>
    /// <param name="attendance">Their attendance of the session (<see cref="SessionAttendance.Find"/>), or
    /// <see langword="null"/> when none is known (attendance then fails).</param>
    /// <param name="result">Their results (scores, evaluations done), or <see langword="null"/> when none are known.</param>
    /// <returns>The completion, with every reason when not completed.</returns>
    /// <exception cref="ArgumentException"><paramref name="nip"/> is <c>default</c>, or the attendance or result is another participant's.</exception>
    public static ParticipantCompletion Decide(Programme programme, Nip nip, ParticipantAttendance? attendance, ParticipantResult? result)
    {
        ArgumentNullException.ThrowIfNull(programme);
        if (nip.IsDefault)
        {
            throw new ArgumentException("The participant's NIP is the default Nip.", nameof(nip));
        }

        if ((attendance is not null && attendance.Nip != nip) || (result is not null && result.Nip != nip))
        {
            throw new ArgumentException(
                "The attendance and result must be the participant's own.", attendance is not null && attendance.Nip != nip ? nameof(attendance) : nameof(result));
        }

        var policy = programme.CompletionPolicy;
        var who = nip.ToMaskedString();
        var violations = new List<RuleViolation>();

        // Exact: attended × 100 ≥ minimum × applicable (the percentage shown is rounded down, the decision is not).
        var attended = attendance is { ApplicableJp.Value: > 0 } a
            && a.AttendedJp.Value * Percentage.Maximum >= policy.MinimumAttendancePercent * a.ApplicableJp.Value;
        if (!attended)
        {
            violations.Add(CertificateRules.Violation(
                AttendanceBelowMinimum, ("Participant", who), ("Percent", attendance?.AttendancePercent ?? default), ("Programme", programme.Code), ("Minimum", policy.MinimumAttendancePercent)));
        }

        var score = result?.FinalScore;
        if (score is not { } final)
        {
            violations.Add(CertificateRules.Violation(ScoreMissing, ("Participant", who), ("Programme", programme.Code)));
        }
        else if (final.Value < policy.PassMark)
        {
            violations.Add(CertificateRules.Violation(
                ScoreBelowPassMark, ("Participant", who), ("Score", final), ("PassMark", policy.PassMark), ("Programme", programme.Code)));
        }

        var done = EvaluationsOf(result);
        foreach (var evaluation in policy.RequiredEvaluations.Where(e => !done.Contains(e)))
        {
            violations.Add(CertificateRules.Violation(EvaluationMissing, ("Participant", who), ("Evaluation", evaluation), ("Programme", programme.Code)));
        }

        return new ParticipantCompletion(nip, programme.Code, attendance?.AttendancePercent, score, done, RuleResult.From(violations));
    }

    /// <summary>Writes this completion into the participant's result, for reports: <see cref="ParticipantResult.AttendancePercent"/>
    /// and <see cref="ParticipantResult.Completed"/> as the package decided them.</summary>
    /// <param name="result">The participant's result.</param>
    /// <returns>The result with attendance and completion set.</returns>
    /// <exception cref="ArgumentException">The result is another participant's.</exception>
    public ParticipantResult ApplyTo(ParticipantResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Nip == Nip
            ? result with { AttendancePercent = AttendancePercent, Completed = Completed }
            : throw new ArgumentException("The result is another participant's.", nameof(result));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Nip}: {(Completed ? "completed" : $"not completed ({Result.Violations.Count} reason(s))")} {ProgrammeCode}";

    private static IReadOnlyList<EvaluationKind> EvaluationsOf(ParticipantResult? result)
    {
        var done = new SortedSet<EvaluationKind>(result?.EvaluationsDone ?? []);
        if (result?.PreTest is not null)
        {
            done.Add(EvaluationKind.PreTest);
        }

        if (result?.PostTest is not null)
        {
            done.Add(EvaluationKind.PostTest);
        }

        return [.. done];
    }
}

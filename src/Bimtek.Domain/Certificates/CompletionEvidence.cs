using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Certificates;

/// <summary>What a participant achieved in a programme: attendance, final score and the evaluations done.</summary>
/// <remarks>Immutable.</remarks>
public sealed class CompletionEvidence
{
    /// <summary>Creates the evidence.</summary>
    /// <param name="nip">The participant.</param>
    /// <param name="attendancePercent">Attended over applicable JP, in percent (0–100); <see langword="null"/> when
    /// nothing applied (e.g. <c>ParticipantAttendance.AttendancePercent</c>).</param>
    /// <param name="finalScore">The final score on the 0–100 scale, or <see langword="null"/> when not (yet) graded.</param>
    /// <param name="evaluationsDone">The evaluations the participant has done.</param>
    /// <exception cref="ArgumentException"><paramref name="nip"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A percentage or score lies outside 0–100.</exception>
    public CompletionEvidence(Nip nip, decimal? attendancePercent, decimal? finalScore, IEnumerable<EvaluationKind>? evaluationsDone)
    {
        if (nip.IsDefault)
        {
            throw new ArgumentException("The evidence's NIP is the default Nip.", nameof(nip));
        }

        if (attendancePercent is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(attendancePercent), attendancePercent, "A percentage lies in 0–100.");
        }

        if (finalScore is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(finalScore), finalScore, "A score lies in 0–100.");
        }

        Nip = nip;
        AttendancePercent = attendancePercent;
        FinalScore = finalScore;
        EvaluationsDone = (evaluationsDone ?? []).Distinct().ToList().AsReadOnly();
    }

    /// <summary>Gets the participant.</summary>
    public Nip Nip { get; }

    /// <summary>Gets attended over applicable JP, in percent, or <see langword="null"/> when nothing applied.</summary>
    public decimal? AttendancePercent { get; }

    /// <summary>Gets the final score (0–100), or <see langword="null"/> when not graded.</summary>
    public decimal? FinalScore { get; }

    /// <summary>Gets the evaluations done.</summary>
    public IReadOnlyList<EvaluationKind> EvaluationsDone { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Nip}: attendance {AttendancePercent?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} %, score {FinalScore?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
}

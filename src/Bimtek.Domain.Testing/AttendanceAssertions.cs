using Bimtek.Domain.Attendance;

namespace Bimtek.Domain.Testing;

/// <summary>
/// Assertions on a calculated <see cref="SessionAttendance"/>: its findings (<see cref="SessionAttendance.Findings"/>)
/// and the participants below the minimum (<see cref="SessionAttendance.BelowMinimum"/>), e.g.
/// <c>attendance.Should().BreakRule(AttendanceRuleCodes.BelowMinimum).Involving(participant: nip.ToUnmaskedString())</c>.
/// </summary>
public sealed class AttendanceAssertions : RuleAssertions<SessionAttendance, AttendanceAssertions>
{
    /// <summary>Creates the assertions.</summary>
    /// <param name="attendance">The attendance.</param>
    public AttendanceAssertions(SessionAttendance attendance)
        : base(attendance)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "attendance";

    /// <inheritdoc />
    protected override IReadOnlyList<RuleFinding> Find(SessionAttendance subject) =>
        [.. subject.Findings.Concat(subject.BelowMinimum()).Select(v => RuleFinding.From(v))];
}

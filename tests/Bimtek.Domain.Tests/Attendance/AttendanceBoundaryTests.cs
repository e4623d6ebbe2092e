using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using NodaTime;
using static Bimtek.Domain.Attendance.AttendanceRuleCodes;
using static Bimtek.Domain.Testing.SessionBuilder;
using static Bimtek.Domain.Tests.Attendance.AttendanceLogs;

namespace Bimtek.Domain.Tests.Attendance;

// The edges of the rules: half-open meetings and items, exactly the share or the minimum, enrolment at an item's start.
// S1 is the standard Monday at BDI Yogyakarta (WIB): meeting 08:00–15:00; slots Opening, PreTest, M1 09:00–10:30 (2 JP),
// M2 13:00–14:30 (2 JP), PostTest.
public class AttendanceBoundaryTests
{
    private static readonly Duration OneDay = Duration.FromDays(1);

    [Fact]
    public void Calculate_WhenARowLeavesExactlyAsTheMeetingStarts_CountsItOutsideTheSession()
    {
        var result = Calculator.Calculate(S1, Log((Amir, "07:00", "08:00")), CompletionPolicy.Default);

        result.Find(Amir)!.HasLog.Should().BeFalse();
        var finding = result.Findings.Should().ContainSingle().Which;
        finding.Code.Should().Be(EventsOutsideSession);
        finding.Details["Rows"].Should().Be(1);
    }

    [Fact]
    public void Calculate_WhenARowJoinsExactlyAsTheMeetingEnds_CountsItOutsideTheSession()
    {
        var result = Calculator.Calculate(S1, Log((Amir, "15:00", "16:00"), (Amir, "15:00", null)), CompletionPolicy.Default);

        result.Find(Amir)!.HasLog.Should().BeFalse();
        var finding = result.Findings.Should().ContainSingle("a row outside every meeting is not closed, so no LeaveMissing").Which;
        finding.Code.Should().Be(EventsOutsideSession);
        finding.Details["Rows"].Should().Be(2);
    }

    [Fact]
    public void Calculate_WhenAnOpenRowJoinsExactlyAsADayEnds_ItIsClosedAtTheNextDaysEnd()
    {
        var session = new SessionBuilder().WithDays(
            SessionBuilder.Day(CalendarReference.Monday, StandardAgenda()),
            SessionBuilder.Day(CalendarReference.Monday.PlusDays(1), StandardAgenda()),
            SessionBuilder.Day(CalendarReference.Monday.PlusDays(2), StandardAgenda())).Build();

        var result = Calculator.Calculate(session, LogAt((Amir, Wib("15:00") + OneDay, null)), CompletionPolicy.Default);

        var amir = result.Find(Amir)!;
        amir.Statuses.Should().Equal(Enumerable.Repeat(ItemAttendanceStatus.Absent, 10).Concat(Enumerable.Repeat(ItemAttendanceStatus.Attended, 5)));
        result.Findings.Should().ContainSingle().Which.Code.Should().Be(LeaveMissing);
    }

    [Fact]
    public void Calculate_WhenEnrolledExactlyAsAnItemStarts_ThatItemApplies()
    {
        var result = Calculator.Calculate(S1, Log((Amir, "13:00", "15:00")), CompletionPolicy.Default, [new RosterEntry(Amir, Wib("13:00"))]);

        var amir = result.Find(Amir)!;
        amir.Statuses.Should().Equal(
            ItemAttendanceStatus.NotApplicable, ItemAttendanceStatus.NotApplicable, ItemAttendanceStatus.NotApplicable, ItemAttendanceStatus.Attended, ItemAttendanceStatus.Attended);
        amir.ApplicableJp.Value.Should().Be(2);
    }

    [Fact]
    public void Calculate_WhenAttendanceIsExactlyTheMinimum_MeetsIt()
    {
        var half = new CompletionPolicy(50m, 60m, []);

        var amir = Calculator.Calculate(S1, Log((Amir, "09:00", "10:30")), half).Find(Amir)!;

        amir.AttendancePercent.Should().Be(Percentage.Create(50));
        amir.MeetsMinimum.Should().BeTrue("exactly the minimum meets it");
    }

    [Fact]
    public void Calculate_WhenNoLessonHourApplies_HasNoPercentAndMissesTheMinimum()
    {
        // Seated at 13:30, after M2 started: only the PostTest (0 JP) applies.
        var result = Calculator.Calculate(S1, Log((Amir, "13:30", "15:00")), CompletionPolicy.Default, [new RosterEntry(Amir, Wib("13:30"))]);

        var amir = result.Find(Amir)!;
        amir.Statuses[4].Should().Be(ItemAttendanceStatus.Attended);
        amir.ApplicableJp.Value.Should().Be(0);
        amir.AttendancePercent.Should().BeNull();
        amir.MeetsMinimum.Should().BeFalse();
    }

    [Fact]
    public void Calculate_WhenADayEndsWithABreak_PresenceDuringItCreditsNoItem()
    {
        var session = new SessionBuilder().WithAgenda(
            Block(AgendaItemKind.Opening, 8, 0, 30), Teach("M1", 8, 30, 2, "W1"), Block(AgendaItemKind.Break, 10, 0, 15)).Build();

        var result = Calculator.Calculate(session, Log((Amir, "10:05", "10:15")), CompletionPolicy.Default);

        var amir = result.Find(Amir)!;
        amir.HasLog.Should().BeTrue("the row lies in the meeting, which runs to the break's end");
        amir.Statuses.Should().Equal(ItemAttendanceStatus.Absent, ItemAttendanceStatus.Absent);
        result.Slots.Should().OnlyContain(s => amir.PresentDuring(s) == Duration.Zero);
        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Calculate_WhenDaysAndItemsAreListedOutOfOrder_TakesThemInTimeOrder()
    {
        var session = new SessionBuilder().WithDays(
            SessionBuilder.Day(CalendarReference.Monday.PlusDays(1), [.. Enumerable.Reverse(StandardAgenda())]),
            SessionBuilder.Day(CalendarReference.Monday, StandardAgenda())).Build();

        var result = Calculator.Calculate(session, Log((Amir, "09:00", null)), CompletionPolicy.Default);

        result.Slots.Select(s => s.Interval.Start).Should().BeInAscendingOrder();
        result.Slots.Select(s => s.Index).Should().Equal(Enumerable.Range(0, 10));
        result.Find(Amir)!.Statuses.Should().Equal(
            ItemAttendanceStatus.Absent, ItemAttendanceStatus.Absent, ItemAttendanceStatus.Attended, ItemAttendanceStatus.Attended, ItemAttendanceStatus.Attended,
            ItemAttendanceStatus.Absent, ItemAttendanceStatus.Absent, ItemAttendanceStatus.Absent, ItemAttendanceStatus.Absent, ItemAttendanceStatus.Absent);
    }

    [Fact]
    public void Calculate_WhenADayHasNoAgendaYet_ScoresTheOtherDays()
    {
        var session = new SessionBuilder().WithDays(
            SessionBuilder.Day(CalendarReference.Monday, StandardAgenda()), SessionBuilder.Day(CalendarReference.Monday.PlusDays(1))).Build();

        var result = Calculator.Calculate(session, Log((Amir, "09:00", "10:30")), CompletionPolicy.Default);

        result.Find(Amir)!.AttendedJp.Value.Should().Be(2);
        result.Findings.Should().BeEmpty();
    }
}

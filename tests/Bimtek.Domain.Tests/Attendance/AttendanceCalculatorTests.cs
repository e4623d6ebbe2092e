using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using NodaTime;
using static Bimtek.Domain.Attendance.AttendanceRuleCodes;
using static Bimtek.Domain.Tests.Attendance.AttendanceLogs;

namespace Bimtek.Domain.Tests.Attendance;

// S1: Monday 8 June 2020 at BDI Yogyakarta (WIB, UTC+7). Slots: [0] Opening 08:00–08:30, [1] PreTest 08:30–09:00,
// [2] M1 09:00–10:30 (2 JP), [3] M2 13:00–14:30 (2 JP), [4] PostTest 14:30–15:00; Ishoma 12:00–13:00 is no slot.
public class AttendanceCalculatorTests
{

    [Fact]
    public void Calculate_WhenPresentAllDay_AttendsEverySlot()
    {
        var result = Calculate(Log((Amir, "08:00", "15:00")));

        var amir = result.Find(Amir)!;
        result.Slots.Select(s => s.Kind).Should().Equal(
            AgendaItemKind.Opening, AgendaItemKind.PreTest, AgendaItemKind.Teaching, AgendaItemKind.Teaching, AgendaItemKind.PostTest);
        amir.Statuses.Should().AllBeEquivalentTo(ItemAttendanceStatus.Attended);
        amir.AttendedJp.Value.Should().Be(4);
        amir.ApplicableJp.Value.Should().Be(4);
        amir.AttendancePercent.Should().Be(Percentage.Create(100));
        amir.MeetsMinimum.Should().BeTrue();
        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Calculate_WhenTwoDevicesOverlap_CountsTheTimeOnce()
    {
        // A laptop 08:50–10:00 and a phone 09:30–10:30: M1 is covered 09:00–10:30 once, 90 minutes, not 120.
        var result = Calculate(Log((Amir, "08:50", "10:00"), (Amir, "09:30", "10:30")));

        var amir = result.Find(Amir)!;
        amir.PresentDuring(result.Slots[2]).Should().Be(Duration.FromMinutes(90));
        amir.Statuses[2].Should().Be(ItemAttendanceStatus.Attended);
        amir.PresentDuring(result.Slots[1]).Should().Be(Duration.FromMinutes(10));
    }

    [Fact]
    public void StatusAt_AndFindSlot_LookAnItemUpByItsDayAndStart()
    {
        var result = Calculate(Log((Amir, "08:50", "10:00"), (Amir, "09:30", "10:30")));

        var m1 = result.FindSlot(CalendarReference.Monday, new LocalTime(9, 0))!;
        var amir = result.Find(Amir)!;
        m1.ModuleCode.Should().Be("M1");
        amir.StatusOf(m1).Should().Be(ItemAttendanceStatus.Attended);
        amir.PresentDuring(m1).Should().Be(Duration.FromMinutes(90));
        amir.StatusAt(CalendarReference.Monday, new LocalTime(13, 0)).Should().Be(ItemAttendanceStatus.Absent);
        amir.StatusAt(CalendarReference.Monday, new LocalTime(12, 0)).Should().BeNull("the midday rest is no item one attends");
        result.FindSlot(CalendarReference.Monday, new LocalTime(12, 0)).Should().BeNull();
    }

    [Fact]
    public void StatusOf_AnItemOfAnotherSessionsAttendance_Throws()
    {
        var other = Calculate(Log((Amir, "08:00", "15:00")));
        var result = Calculate(Log((Amir, "08:00", "15:00")));

        ((Action)(() => result.Find(Amir)!.StatusOf(other.Slots[2]))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Calculate_WithoutARoster_TakesTheSessionsOwnParticipants()
    {
        var session = new SessionBuilder().Build().WithParticipants([Amir, Budi]);

        var result = Calculator.Calculate(session, Log((Amir, "08:00", "15:00"), (People.Nip(3), "08:00", "15:00")), CompletionPolicy.Default);

        result.Participants.Select(p => p.Nip).Should().Equal(Amir, Budi);
        result.Find(Budi)!.AttendancePercent.Should().Be(Percentage.Create(0));
        result.Findings.Should().ContainSingle().Which.Code.Should().Be(NotOnRoster);
    }

    [Fact]
    public void Calculate_WhenADeviceIsInsideAnother_CountsTheOuterOnly()
    {
        var result = Calculate(Log((Amir, "09:00", "10:30"), (Amir, "09:10", "09:20"), (Amir, "09:15", "10:00")));

        result.Find(Amir)!.PresentDuring(result.Slots[2]).Should().Be(Duration.FromMinutes(90));
    }

    [Fact]
    public void Calculate_WhenReconnecting_AddsThePiecesAndLeavesTheGapOut()
    {
        var result = Calculate(Log((Amir, "09:00", "09:40"), (Amir, "09:45", "10:30")));

        var amir = result.Find(Amir)!;
        amir.PresentDuring(result.Slots[2]).Should().Be(Duration.FromMinutes(85));
        amir.Statuses[2].Should().Be(ItemAttendanceStatus.Attended);
    }

    [Fact]
    public void Calculate_WhenTheLeaveIsMissing_TheMeetingsEndClosesIt()
    {
        var result = Calculate(Log((Amir, "13:00", null)));

        var amir = result.Find(Amir)!;
        amir.Statuses.Should().Equal(
            ItemAttendanceStatus.Absent, ItemAttendanceStatus.Absent, ItemAttendanceStatus.Absent, ItemAttendanceStatus.Attended, ItemAttendanceStatus.Attended);
        amir.PresentDuring(result.Slots[4]).Should().Be(Duration.FromMinutes(30));
        result.Findings.Should().ContainSingle().Which.Code.Should().Be(LeaveMissing);
    }

    [Fact]
    public void Calculate_WhenTheLeaveIsMissingOnTheFirstOfTwoDays_ClosesItAtThatDaysEnd()
    {
        var session = new SessionBuilder().WithDays(
            SessionBuilder.Day(CalendarReference.Monday, SessionBuilder.StandardAgenda()),
            SessionBuilder.Day(CalendarReference.Monday.PlusDays(1), SessionBuilder.StandardAgenda())).Build();

        var result = Calculator.Calculate(session, Log((Amir, "09:00", null)), CompletionPolicy.Default);

        var amir = result.Find(Amir)!;
        amir.AttendedJp.Value.Should().Be(4, "M1 and M2 of the first day; nothing of the second");
        amir.ApplicableJp.Value.Should().Be(8);
        amir.AttendancePercent.Should().Be(Percentage.Create(50));
        amir.MeetsMinimum.Should().BeFalse();
    }

    [Fact]
    public void Calculate_WhenEventsFallOutsideTheSession_IgnoresAndCountsThem()
    {
        var result = Calculate(Log((Amir, "06:00", "07:30"), (Amir, "16:00", "17:00"), (Amir, "16:30", null), (Budi, "09:00", "10:30")));

        result.Find(Amir)!.AttendedJp.Value.Should().Be(0);
        result.Find(Amir)!.HasLog.Should().BeFalse();
        result.Find(Budi)!.AttendedJp.Value.Should().Be(2);
        var finding = result.Findings.Should().ContainSingle().Which;
        finding.Code.Should().Be(EventsOutsideSession);
        finding.Details["Rows"].Should().Be(3);
    }

    [Fact]
    public void Calculate_WhenEnrolledLate_SlotsBeforeAreNotApplicable()
    {
        // Promoted from the waitlist at 12:30 WIB: Opening, PreTest and M1 had started.
        var enrolled = Instant.FromUtc(2020, 6, 8, 5, 30);
        var result = Calculate(Log((Amir, "12:55", "15:00")), roster: [new RosterEntry(Amir, enrolled)]);

        var amir = result.Find(Amir)!;
        amir.Statuses.Should().Equal(
            ItemAttendanceStatus.NotApplicable, ItemAttendanceStatus.NotApplicable, ItemAttendanceStatus.NotApplicable, ItemAttendanceStatus.Attended, ItemAttendanceStatus.Attended);
        amir.AttendedJp.Value.Should().Be(2);
        amir.ApplicableJp.Value.Should().Be(2);
        amir.AttendancePercent.Should().Be(Percentage.Create(100));
        amir.MeetsMinimum.Should().BeTrue("not-applicable slots are not absences");
        amir.EnrolledAt.Should().Be(enrolled);
    }

    [Fact]
    public void Calculate_WhenPresenceIsExactlyTheShare_Attends_AndOneTickLess_DoesNot()
    {
        // M1 lasts 90 minutes; 80 % is 72 minutes: 09:00–10:12.
        var exactly = Calculate(Log((Amir, "09:00", "10:12")));
        var justUnder = Calculator.Calculate(S1, LogAt((Amir, Wib("09:00"), Wib("10:12") - Duration.Epsilon)), CompletionPolicy.Default);

        exactly.Find(Amir)!.Statuses[2].Should().Be(ItemAttendanceStatus.Attended);
        justUnder.Find(Amir)!.Statuses[2].Should().Be(ItemAttendanceStatus.Absent);
    }

    [Fact]
    public void Calculate_WithAStricterPolicy_NeedsMorePresence()
    {
        var strict = new AttendanceCalculator(Reference.Bdi, new AttendancePolicy(100m));

        strict.Calculate(S1, Log((Amir, "09:01", "10:30")), CompletionPolicy.Default).Find(Amir)!.Statuses[2].Should().Be(ItemAttendanceStatus.Absent);
    }

    [Fact]
    public void Calculate_WithManualMarks_UsesThemForTheSlotsTheyName()
    {
        ManualMark[] marks =
        [
            new(Budi, CalendarReference.Monday, new LocalTime(9, 0), AttendanceMark.Present),
            new(Budi, CalendarReference.Monday, new LocalTime(13, 0), AttendanceMark.Excused),
            new(Budi, CalendarReference.Monday, new LocalTime(8, 0), AttendanceMark.Absent),
        ];

        var result = Calculator.Calculate(S1, Log(), CompletionPolicy.Default, marks: marks);

        var budi = result.Find(Budi)!;
        budi.HasLog.Should().BeFalse();
        budi.Statuses.Should().Equal(
            ItemAttendanceStatus.Absent, ItemAttendanceStatus.Absent, ItemAttendanceStatus.Attended, ItemAttendanceStatus.Excused, ItemAttendanceStatus.Absent);
        budi.AttendedJp.Value.Should().Be(2);
        budi.AttendancePercent.Should().Be(Percentage.Create(50));
    }

    [Fact]
    public void Calculate_WhenAMarkNamesNoSlot_ReportsIt()
    {
        var result = Calculator.Calculate(
            S1, Log(), CompletionPolicy.Default, marks: [new ManualMark(Budi, CalendarReference.Monday, new LocalTime(12, 0), AttendanceMark.Present)]);

        result.Findings.Should().ContainSingle().Which.Code.Should().Be(MarkForUnknownItem);
        result.Find(Budi)!.Statuses.Should().AllBeEquivalentTo(ItemAttendanceStatus.Absent, "a dropped mark changes no item");
    }

    [Fact]
    public void Calculate_WithARoster_ReportsRowsOfOthersAndListsAbsentees()
    {
        var result = Calculate(Log((Amir, "08:00", "15:00"), (Budi, "08:00", "15:00"), (Budi, "13:00", "14:00")), roster: [new RosterEntry(Amir), new RosterEntry(People.Nip(3))]);

        result.Participants.Select(p => p.Nip).Should().Equal(Amir, People.Nip(3));
        result.Find(People.Nip(3))!.AttendedJp.Value.Should().Be(0);
        var finding = result.Findings.Should().ContainSingle().Which;
        finding.Code.Should().Be(NotOnRoster);
        finding.Details["Rows"].Should().Be(2);
    }

    [Fact]
    public void Calculate_IgnoresRowsOfOtherSessions()
    {
        var builder = new AttendanceLogBuilder();
        builder.Add(new AttendanceLogEntry(Amir, "S2", Wib("08:00"), Wib("15:00")));

        Calculator.Calculate(S1, builder.Build(), CompletionPolicy.Default).Participants.Should().BeEmpty();
    }

    [Fact]
    public void BelowMinimum_ListsThoseShortOfThePolicy()
    {
        var result = Calculate(Log((Amir, "08:00", "15:00"), (Budi, "09:00", "10:30")));

        var warning = result.BelowMinimum().Should().ContainSingle().Which;
        warning.Code.Should().Be(BelowMinimum);
        warning.Details["Percent"].Should().Be(Percentage.Create(50));
        warning.Message.Should().NotContain(Budi.ToUnmaskedString());
    }

    private static SessionAttendance Calculate(AttendanceLog log, IReadOnlyCollection<RosterEntry>? roster = null) =>
        Calculator.Calculate(S1, log, CompletionPolicy.Default, roster);
}

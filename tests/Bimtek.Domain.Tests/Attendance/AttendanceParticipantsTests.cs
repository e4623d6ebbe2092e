using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Testing;
using NodaTime;
using static Bimtek.Domain.Attendance.AttendanceRuleCodes;
using static Bimtek.Domain.Tests.Attendance.AttendanceLogs;

namespace Bimtek.Domain.Tests.Attendance;

// Who is computed and whose rows count: each participant only their own, of this session only, in NIP order.
public class AttendanceParticipantsTests
{

    // Three NIPs in ascending order, whatever order People gives them in.
    private static readonly Nip[] Three = [.. new[] { People.Nip(1), People.Nip(2), People.Nip(3) }.OrderBy(n => n.Value)];

    [Fact]
    public void Calculate_CreditsEachParticipantOnlyWithTheirOwnRows()
    {
        var (first, second, third) = (Three[0], Three[1], Three[2]);
        var log = Log((third, "13:00", "14:00"), (first, "08:00", "10:00"), (third, "09:00", "10:30"), (first, "09:50", "15:00"), (third, "13:50", "15:00"));
        RosterEntry[] roster = [new(third), new(first), new(second)];

        var result = Calculator.Calculate(S1, log, CompletionPolicy.Default, roster);

        result.Participants.Select(p => p.Nip).Should().Equal(first, second, third);
        result.Find(first)!.Statuses.Should().AllBeEquivalentTo(ItemAttendanceStatus.Attended);
        result.Find(first)!.HasLog.Should().BeTrue();
        var absent = result.Find(second)!;
        absent.HasLog.Should().BeFalse();
        absent.Statuses.Should().AllBeEquivalentTo(ItemAttendanceStatus.Absent);
        result.Slots.Should().OnlyContain(s => absent.PresentDuring(s) == Duration.Zero);
        var late = result.Find(third)!;
        late.HasLog.Should().BeTrue();
        late.Statuses.Should().Equal(
            ItemAttendanceStatus.Absent, ItemAttendanceStatus.Absent, ItemAttendanceStatus.Attended, ItemAttendanceStatus.Attended, ItemAttendanceStatus.Attended);
        late.PresentDuring(result.Slots[3]).Should().Be(Duration.FromMinutes(90));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(40)]
    public void Calculate_ForClassesOfAnySize_CreditsEachParticipantTheirOwnRows(int size)
    {
        var people = Enumerable.Range(1, size).Select(People.Nip).ToArray();
        bool Present(int i) => i % 3 != 1;
        var rows = people.Where((_, i) => Present(i)).SelectMany(n => new[] { (n, "09:00", (string?)"10:00"), (n, "09:50", "10:30") });

        var result = Calculator.Calculate(S1, Log([.. rows]), CompletionPolicy.Default, [.. people.Select(n => new RosterEntry(n))]);

        result.Participants.Should().HaveCount(size);
        for (var i = 0; i < size; i++)
        {
            var participant = result.Find(people[i])!;
            participant.HasLog.Should().Be(Present(i));
            participant.PresentDuring(result.Slots[2]).Should().Be(Duration.FromMinutes(Present(i) ? 90 : 0));
        }
    }

    [Fact]
    public void Calculate_WhenAParticipantReconnectsFortyTimes_AddsEveryPiece()
    {
        var amir = People.Nip(1);
        var pieces = Enumerable.Range(0, 40).Reverse().Select(k => (amir, Wib("09:00") + Duration.FromMinutes(2 * k), (Instant?)(Wib("09:01") + Duration.FromMinutes(2 * k))));

        var result = Calculator.Calculate(S1, LogAt([.. pieces]), CompletionPolicy.Default);

        result.Find(amir)!.PresentDuring(result.Slots[2]).Should().Be(Duration.FromMinutes(40));
    }

    [Fact]
    public void Calculate_WithoutARoster_TakesEveryoneInTheLogInNipOrder_FromTheStart()
    {
        var result = Calculator.Calculate(S1, Log((Three[2], "09:00", "10:30"), (Three[0], "09:00", "10:30"), (Three[2], "13:00", "14:30")), CompletionPolicy.Default);

        result.Participants.Select(p => p.Nip).Should().Equal(Three[0], Three[2]);
        result.Participants.Should().OnlyContain(p => p.EnrolledAt == null && p.HasLog);
        result.Find(Three[2])!.AttendedJp.Value.Should().Be(4);
    }

    [Fact]
    public void Calculate_ForASessionThatIsNotTheLogsFirst_ScoresItsOwnRowsOnly()
    {
        var amir = Three[0];
        var log = Sessions(("S0", amir, "08:00", "15:00"), ("S0", Three[1], "08:00", "15:00"), ("S1", amir, "09:00", "10:30"), ("S2", amir, "13:00", "15:00"));

        var result = Calculator.Calculate(S1, log, CompletionPolicy.Default, [new RosterEntry(amir)]);

        result.Find(amir)!.Statuses.Should().Equal(
            ItemAttendanceStatus.Absent, ItemAttendanceStatus.Absent, ItemAttendanceStatus.Attended, ItemAttendanceStatus.Absent, ItemAttendanceStatus.Absent);
        result.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Calculate_WithoutARoster_ForASessionThatIsNotTheLogsFirst_TakesItsOwnPeopleAndMarks()
    {
        var log = Sessions(("S0", Three[1], "08:00", "15:00"), ("S1", Three[0], "09:00", "10:30"));
        ManualMark[] marks = [new(Three[2], CalendarReference.Monday, new LocalTime(13, 0), AttendanceMark.Present)];

        var result = Calculator.Calculate(S1, log, CompletionPolicy.Default, marks: marks);

        result.Participants.Select(p => p.Nip).Should().Equal(Three[0], Three[2]);
        result.Find(Three[2])!.StatusOf(result.Slots[3]).Should().Be(ItemAttendanceStatus.Attended);
    }

    [Fact]
    public void Calculate_ReportsStrangersInNipOrder()
    {
        // The higher NIP appears first in the log; the report is by NIP all the same, so reports compare line by line.
        var log = Log((Three[2], "09:00", "10:30"), (Three[1], "09:00", "10:00"), (Three[1], "13:00", "14:00"));

        var result = Calculator.Calculate(S1, log, CompletionPolicy.Default, [new RosterEntry(Three[0])]);

        result.Findings.Should().OnlyContain(f => f.Code == NotOnRoster);
        result.Findings.Select(f => f.Details["Rows"]).Should().Equal(2, 1);
        result.Findings.Select(f => f.Details["Participant"]).Should().Equal(Three[1].ToMaskedString(), Three[2].ToMaskedString());
    }

    [Fact]
    public void Calculate_WhenAMarkNamesSomeoneNotOnTheRoster_ReportsItAndCreditsNobody()
    {
        var (amir, budi) = (Three[0], Three[1]);
        ManualMark[] marks = [new(budi, CalendarReference.Monday, new LocalTime(9, 0), AttendanceMark.Present)];

        var result = Calculator.Calculate(S1, Log(), CompletionPolicy.Default, [new RosterEntry(amir)], marks);

        result.Participants.Select(p => p.Nip).Should().Equal(amir);
        result.Find(amir)!.Statuses.Should().AllBeEquivalentTo(ItemAttendanceStatus.Absent);
        var finding = result.Findings.Should().ContainSingle().Which;
        finding.Code.Should().Be(NotOnRoster);
        finding.Details["Rows"].Should().Be(1);
        finding.Details["Participant"].Should().Be(budi.ToMaskedString());
        finding.Details["Session"].Should().Be("S1");
    }

    [Fact]
    public void RosterEntryFrom_WhenSeatedExactlyAtTheStart_EveryItemApplies()
    {
        var start = Instant.FromUtc(2020, 6, 8, 1, 0);
        var roster = new SessionRoster("S1", start, new EnrolmentSettings(1));
        var official = People.Official(1);
        roster.Offer(new Nomination(official, "S1", official.Agency, start - Duration.FromDays(1)), start);

        RosterEntry.From(roster).Should().Equal(new RosterEntry(official.Nip, null));
    }
}

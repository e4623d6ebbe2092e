using Bimtek.Domain.Serialization;
using FsCheck;
using FsCheck.Xunit;

namespace Bimtek.Domain.Testing.Tests;

public class GenerateTests
{
    [Fact]
    public void Schedule_FromOneSeed_IsTheSameEachTime()
    {
        BimtekJson.SerializeSchedule(Generate.Schedule(7)).Should().Be(BimtekJson.SerializeSchedule(Generate.Schedule(7)));
        BimtekJson.SerializeSchedule(Generate.Schedule(8)).Should().NotBe(BimtekJson.SerializeSchedule(Generate.Schedule(7)));
    }

    [Property(MaxTest = 5)]
    public void Schedule_ForAnySeed_BreaksNoRule(PositiveInt seed)
    {
        var schedule = Generate.Schedule(seed.Get);

        schedule.Should().BreakNoRule("seed {0}", seed.Get);
        schedule.Sessions.Should().NotBeEmpty();
    }

    [Fact]
    public void PlanningRequest_FromOneSeed_IsTheSameEachTime()
    {
        var (a, b) = (Generate.PlanningRequest(11), Generate.PlanningRequest(11));

        BimtekJson.SerializeProgramme(a.Programme).Should().Be(BimtekJson.SerializeProgramme(b.Programme));
        (a.ClassCapacity, a.Mode, a.ParallelClassesPerCentre, a.Regions?.Count).Should().Be((b.ClassCapacity, b.Mode, b.ParallelClassesPerCentre, b.Regions?.Count));
    }

    [Fact]
    public void MeetingLog_FromOneSeed_IsTheSameEachTime_AndLeavesSomeBelowTheMinimum()
    {
        var session = A.Session().Build();
        var roster = A.Roster().Of(200).Build();

        var first = Generate.MeetingLog(3, session, 200);
        var second = Generate.MeetingLog(3, session, 200);

        var calculator = new Attendance.AttendanceCalculator(Reference.Bdi);
        var a = calculator.Calculate(session, first, Programmes.CompletionPolicy.Default, [.. roster]);
        var b = calculator.Calculate(session, second, Programmes.CompletionPolicy.Default, [.. roster]);
        a.Participants.Select(p => p.AttendedJp).Should().Equal(b.Participants.Select(p => p.AttendedJp));
        a.Participants.Count(p => p.MeetsMinimum).Should().BeInRange(100, 199);
        a.Should().BreakRule(Attendance.AttendanceRuleCodes.BelowMinimum);
    }
}

using Bimtek.Domain.Attendance;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Testing.Tests;

/// <summary>Each builder's default value breaks no rule: the promise every other test leans on.</summary>
public class ValidByDefaultTests
{
    [Fact]
    public void Programme_ByDefault_BreaksNoRule()
    {
        A.Programme().Build().Should().BreakNoRule();
    }

    [Fact]
    public void Schedule_OfTheDefaultSessionCoveringTheRest_BreaksNoRule()
    {
        A.Schedule().With(A.Session()).CoveringTheRest().Build().Should().BreakNoRule();
    }

    [Fact]
    public void Schedule_OfTheDefaultSession_BreaksOnlyCoverage()
    {
        // Without the filler sessions, the other 503 kabupaten/kota of phase p2 are invited nowhere: one finding.
        A.Schedule().With(A.Session()).Build().Should().BreakOnly(ScheduleRuleCodes.RegionNotCovered);
    }

    // A province of each zone and island group, each at the centre that serves it, on a Monday and on a Friday.
    [Theory]
    [InlineData("11", 2020, 6, 8)]
    [InlineData("35", 2020, 6, 12)]
    [InlineData("51", 2020, 6, 8)]
    [InlineData("61", 2020, 6, 12)]
    [InlineData("73", 2020, 6, 8)]
    [InlineData("81", 2020, 6, 12)]
    [InlineData("91", 2020, 6, 8)]
    [InlineData("96", 2024, 6, 7)]
    public void Session_ForTheRegionsOfAProvince_BreaksNoRuleOfItsOwn(string province, int year, int month, int day)
    {
        var programme = A.Programme().WithFiscalYear(year)
            .WithPhases(ProgrammeBuilder.Phase("p2", new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))).Build();

        var schedule = A.Schedule().WithProgramme(programme).With(A.Session().On(year, month, day).For(province)).Build();

        schedule.Should().Within(ScheduleRuleSets.Sessions, ScheduleRuleSets.WorkingTime, ScheduleRuleSets.Conflicts).BreakNoRule();
    }

    [Theory]
    [InlineData("BDI-YOG", "91.01", 2020, 6, 8)]   // WIB centre, WIT region: 4.5 hours in common
    [InlineData("BDI-YOG", "91.01", 2020, 6, 11)]  // the same on a Thursday
    [InlineData("BDI-MKS", "11.01", 2020, 6, 8)]   // WITA centre, WIB region
    [InlineData("BDI-MDN", "73.01", 2020, 6, 11)]  // WIB centre, WITA region
    public void Session_InvitingAnotherZone_HasItsAgendaFittedToTheCommonWorkingTime(string centre, string region, int year, int month, int day)
    {
        var session = A.Session().At(centre).WithRegions(region).On(year, month, day);

        A.Schedule().With(session).Build().Should().Within(ScheduleRuleSets.Sessions, ScheduleRuleSets.WorkingTime).BreakNoRule();
    }

    [Fact]
    public void Session_WhenTheZonesShareTooLittleTime_RefusesToBuildAndSaysWhy()
    {
        // A Friday in WIB and WIT: 07:30–09:30, 11:00–11:30 and 13:00–14:30 WIB in common, no room for a post-test after 4 JP.
        var act = () => A.Session().WithRegions("91.01").On(2020, 6, 12).Build();

        act.Should().Throw<InvalidOperationException>().WithMessage("*does not fit the working time shared by Asia/Jayapura, Asia/Jakarta on 2020-06-12 (07:30–09:30, 11:00–11:30, 13:00–14:30 in the centre's zone)*WithAgenda*");
    }

    [Fact]
    public void Session_WithTheStandardAgendaGivenInAnotherZone_KeepsItAndBreaksTheWorkingHours()
    {
        var session = A.Session().WithRegions("91.01").WithAgenda(SessionBuilder.StandardAgenda());

        A.Schedule().With(session).Build().Should().Within(ScheduleRuleSets.WorkingTime)
            .BreakRule(ScheduleRuleCodes.OutsideWorkingHours).Involving(session: "S1", item: "M2 13:00");
    }

    [Fact]
    public void Official_ByDefault_IsEligibleForTheDefaultSession()
    {
        var programme = A.Programme().Build();
        var session = A.Session().Build();
        var official = An.Official().Build();

        new EligibilityPolicy(Reference.Map, Reference.Bdi)
            .Check(new Nomination(official, session.Id, official.Agency, Instant.FromUtc(2020, 6, 1, 0, 0)), new EligibilityContext(programme.FindPhase("p2")!, session))
            .Should().BreakNoRule();
    }

    [Fact]
    public void Attendance_OfTheDefaultRosterPresentThroughout_BreaksNoRule()
    {
        var session = A.Session().Build();
        var roster = A.Roster().Build();
        var log = A.MeetingLog().For(session).Present([.. roster.Select(r => r.Nip)]).Build();

        var attendance = new AttendanceCalculator(Reference.Bdi).Calculate(session, log, CompletionPolicy.Default, [.. roster]);

        attendance.Should().BreakNoRule();
        attendance.Participants.Should().HaveCount(3).And.OnlyContain(p => p.MeetsMinimum);
    }
}

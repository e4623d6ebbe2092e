using System.Globalization;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Xunit.Sdk;

namespace Bimtek.Domain.Testing.Tests;

/// <summary>What a red test prints: the rule asked for, then every finding in plain words (code, where, message, entities).</summary>
public sealed class AssertionMessageTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentUICulture;

    public AssertionMessageTests() => CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

    public void Dispose() => CultureInfo.CurrentUICulture = _culture;

    // W1 teaches M1 at 09:00 WIB in S1 (Yogyakarta) and at 09:00 WITA (08:00 WIB) in S2 (Makassar): double booked.
    private static Schedule DoubleBooked() => A.Schedule()
        .With(A.Session("S1"))
        .With(A.Session("S2").At("BDI-MKS").WithRegions("73.01").WithAgenda(SessionBuilder.StandardAgenda("W1", "W3")))
        .CoveringTheRest()
        .Build();

    [Fact]
    public void BreakRule_Involving_PassesOnTheEntitiesNamed()
    {
        var breach = DoubleBooked().Should().BreakRule(ScheduleRuleCodes.InstructorDoubleBooked).Involving(session: "S1", instructor: "W1");

        breach.Which.Location.Should().Be("Sessions[0].Days[0].Items[2]");
        breach.Which.Details.Should().Contain("OtherSession", "S2");
    }

    [Fact]
    public void BreakRule_InvolvingAnotherInstructor_FailsListingTheFindingsOfThatRule()
    {
        var act = () => DoubleBooked().Should().BreakRule(ScheduleRuleCodes.InstructorDoubleBooked).Involving(instructor: "W9");

        var message = act.Should().Throw<XunitException>().Which.Message;
        message.Should().StartWith("Expected schedule to break rule Scheduling.InstructorDoubleBooked involving instructor \"W9\", but its 1 violation of that rule involve other entities:")
            .And.Contain("1. Scheduling.InstructorDoubleBooked (Error) at Sessions[0].Days[0].Items[2]: ")
            .And.Contain("Instructor: W1; Session: S1;")
            .And.Contain("OtherSession: S2");
    }

    [Fact]
    public void ReadmeExample_WithAnotherInstructor_FailsAsTheReadmeQuotes()
    {
        var schedule = A.Schedule().With(A.Session("YOG-1").WithInstructor("W1")).With(A.Session("MKS-1").For("73").WithInstructor("W1")).Build();

        var act = () => schedule.Should().Within(ScheduleRuleSets.Conflicts).BreakRule(ScheduleRuleCodes.InstructorDoubleBooked).Involving(instructor: "W9");

        act.Should().Throw<XunitException>().Which.Message.Should().StartWith(
            "Expected schedule (rule family Conflicts) to break rule Scheduling.InstructorDoubleBooked involving instructor \"W9\", but its 2 violations of that rule involve other entities:");
    }

    [Fact]
    public void BreakRule_WhenOnlyOtherRulesAreBroken_FailsNamingThem()
    {
        var schedule = A.Schedule().With(A.Session()).Build();

        var act = () => schedule.Should().BreakRule(ScheduleRuleCodes.InstructorDoubleBooked, "W1 teaches twice at {0}", "09:00");

        act.Should().Throw<XunitException>().Which.Message.Should()
            .StartWith("Expected schedule to break rule Scheduling.InstructorDoubleBooked because W1 teaches twice at 09:00, but it broke only other rules:")
            .And.Contain("1. Scheduling.RegionNotCovered (Error) at ");
    }

    [Fact]
    public void BreakRule_WithinAFamily_SaysSoAndReportsNothingElse()
    {
        var schedule = A.Schedule().With(A.Session()).Build();

        var act = () => schedule.Should().Within(ScheduleRuleSets.Conflicts).BreakRule(ScheduleRuleCodes.InstructorDoubleBooked);

        act.Should().Throw<XunitException>().Which.Message.Should()
            .Be("Expected schedule (rule family Conflicts) to break rule Scheduling.InstructorDoubleBooked, but it broke no rule.");
    }

    [Fact]
    public void BreakNoRule_WhenARuleIsBroken_ListsEveryFindingWithItsMessage()
    {
        var act = () => DoubleBooked().Should().BreakNoRule("the default {0} is valid", "schedule");

        var message = act.Should().Throw<XunitException>().Which.Message;
        message.Should().Be(
            "Expected schedule to break no rule because the default schedule is valid, but it broke 1:" + Environment.NewLine
            + "  1. Scheduling.InstructorDoubleBooked (Error) at Sessions[0].Days[0].Items[2]: Instructor W1 is booked at once in session S1 (2020-06-08 09:00 WIB) and session S2 (2020-06-08 09:00 WITA); 2 items overlap: sessions S2, S1." + Environment.NewLine
            + "      Instructor: W1; Session: S1; Start: 2020-06-08 09:00 WIB; OtherSession: S2; OtherStart: 2020-06-08 09:00 WITA; OtherItem: Sessions[1].Days[0].Items[2]; Count: 2; Sessions: S2, S1");
    }

    [Fact]
    public void BreakOnly_WhenAnotherRuleIsAlsoBroken_NamesWhatWasMissingAndWhatElseBroke()
    {
        var act = () => DoubleBooked().Should().BreakOnly(ScheduleRuleCodes.RegionDoubleBooked);

        act.Should().Throw<XunitException>().Which.Message.Should()
            .StartWith("Expected schedule to break only Scheduling.RegionDoubleBooked, but it did not break Scheduling.RegionDoubleBooked and it also broke other rules; it broke:")
            .And.Contain("Scheduling.InstructorDoubleBooked (Error)");
    }

    [Fact]
    public void Once_WhenTheRuleBreaksThreeTimes_SaysHowManyTimes()
    {
        // The standard day at a WIB centre for a WIT kabupaten: M1, M2 and the post-test run past a WIT working period.
        var schedule = A.Schedule().With(A.Session().WithRegions("91.01").WithAgenda(SessionBuilder.StandardAgenda())).Build();

        var act = () => schedule.Should().BreakRule(ScheduleRuleCodes.OutsideWorkingHours).Involving(session: "S1").Once();

        act.Should().Throw<XunitException>().Which.Message.Should()
            .StartWith("Expected schedule to break rule Scheduling.OutsideWorkingHours involving session \"S1\" once, but it broke it 3 times:")
            .And.Contain("3. Scheduling.OutsideWorkingHours (Error) at Sessions[0].Days[0].Items[5]: Session S1: PostTest 14:30 on 2020-06-08 runs 16:30–17:00 WIT");
    }

    [Fact]
    public void Programme_BreakRule_ReportsThePhase()
    {
        var programme = A.Programme().WithPhases(ProgrammeBuilder.Phase("p1", new(2020, 5, 31), new(2020, 5, 1))).Build();

        programme.Should().Within(ProgrammeRuleSets.Phases).BreakRule(ProgrammeRuleCodes.PhaseWindowReversed).Involving(phase: "p1");
        var act = () => programme.Should().BreakNoRule();
        act.Should().Throw<XunitException>().Which.Message.Should().Contain("Programmes.PhaseWindowReversed (Error) at Phases[0].End: ");
    }

    [Fact]
    public void Plan_CoverEveryRegion_WhenTheWindowIsTooShort_NamesTheRegionsAndTheShortfall()
    {
        // One working day for 508 kabupaten/kota at 20 a class: most cannot be placed.
        var programme = A.Programme().WithPhases(ProgrammeBuilder.Phase("p", new(2020, 6, 8), new(2020, 6, 8))).Build();
        var plan = Generate.Planner.Plan(new Planning.PlanningRequest(programme, "p", 20));

        var act = () => plan.Should().CoverEveryRegion();

        act.Should().Throw<XunitException>().Which.Message.Should()
            .MatchRegex(@"^Expected plan to cover every region, but \d+ region\(s\) are in no class: \d\d\.\d\d, ")
            .And.Contain("the planner reports:").And.Contain("Planning.");
    }
}

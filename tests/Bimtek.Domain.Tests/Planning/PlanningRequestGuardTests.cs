using Bimtek.Domain.Centres;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using NodaTime;

namespace Bimtek.Domain.Tests.Planning;

// Each guard of PlanningRequest, asserted by the exception type, the parameter it names and what its message says.
public class PlanningRequestGuardTests
{
    private static Programme Programme() => new ProgrammeBuilder().Build();

    private static PlanningRequest Request() => new(Programme(), "p2", 40);

    [Fact]
    public void Constructor_WhenTheProgrammeOrThePhaseIsNull_ThrowsArgumentNullNamingIt()
    {
        FluentActions.Invoking(() => new PlanningRequest(null!, "p2", 40))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("programme");
        FluentActions.Invoking(() => new PlanningRequest(Programme(), null!, 40))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("phaseId");
        FluentActions.Invoking(() => new PlanningRequest(Programme(), "  ", 40))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("phaseId")
            .Which.Message.Should().NotContain("has no phase", "a blank id is refused before the phases are searched");
    }

    [Theory]
    [InlineData(0, 1, "classCapacity")]
    [InlineData(PlanningRequest.MaxClassCapacity + 1, 1, "classCapacity")]
    [InlineData(40, 0, "parallelClassesPerCentre")]
    [InlineData(40, 33, "parallelClassesPerCentre")]
    public void Constructor_WhenANumberIsOutOfRange_NamesIt(int capacity, int parallel, string parameter)
    {
        FluentActions.Invoking(() => new PlanningRequest(Programme(), "p2", capacity, SessionMode.Virtual, parallel))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Fact]
    public void Constructor_AtTheLimits_KeepsEveryNumber()
    {
        var request = new PlanningRequest(Programme(), "p2", PlanningRequest.MaxClassCapacity, SessionMode.Hybrid, 32);

        request.ClassCapacity.Should().Be(100_000);
        request.ParallelClassesPerCentre.Should().Be(32);
        request.Mode.Should().Be(SessionMode.Hybrid);
        request.Phase.Id.Should().Be("p2");
        new PlanningRequest(Programme(), "p1", 1, parallelClassesPerCentre: 1).ClassCapacity.Should().Be(1);
    }

    [Fact]
    public void Constructor_WhenTheModeIsNoSessionMode_ThrowsNamingIt()
    {
        FluentActions.Invoking(() => new PlanningRequest(Programme(), "p2", 40, (SessionMode)99))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("mode")
            .WithMessage("Not a SessionMode value.*");
    }

    [Fact]
    public void FindDefaultPhase_WhenNull_ThrowsArgumentNull()
    {
        FluentActions.Invoking(() => PlanningRequest.FindDefaultPhase(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("programme");
    }

    [Fact]
    public void FindDefaultPhase_WhenNoPhaseGoesThroughServingCentres_IsTheFirstPhase_AndNullWithoutPhases()
    {
        static Phase Central(string id) => new(id, "Phase " + id, RegionLevel.Province, [new AudienceMember(PositionKind.JptPratama, "Kepala Dinas", 1)],
            new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30), PhaseDelivery.Central);

        var central = new ProgrammeBuilder().WithPhases(Central("c1"), Central("c2")).Build();
        var mixed = new ProgrammeBuilder().WithPhases(Central("c1"), ProgrammeBuilder.Phase("k", new LocalDate(2020, 7, 1), new LocalDate(2020, 7, 31))).Build();

        PlanningRequest.FindDefaultPhase(central)!.Id.Should().Be("c1");
        PlanningRequest.FindDefaultPhase(mixed)!.Id.Should().Be("k");
        PlanningRequest.FindDefaultPhase(new ProgrammeBuilder().WithPhases().Build()).Should().BeNull();
    }

    [Fact]
    public void FromSchedule_WhenNull_ThrowsArgumentNull()
    {
        FluentActions.Invoking(() => PlanningRequest.FromSchedule(null!, "p2"))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("schedule");
    }

    [Fact]
    public void FromSchedule_InPerson_TakesTheLargestRoom_AndNoOpenerWhenNoOpeningNamesOne()
    {
        // The standard agenda's opening names no instructor: the request has no opening official.
        Schedule schedule = new ScheduleBuilder().WithSessions(
            new SessionBuilder().WithId("S1").InPerson("BDI Yogyakarta", "Kelas 1", 40),
            new SessionBuilder().WithId("S2").InPerson("BDI Yogyakarta", "Kelas 2", 60),
            new SessionBuilder().WithId("S3").InPerson("BDI Yogyakarta", "Kelas 3", 50));

        var request = PlanningRequest.FromSchedule(schedule, "p2");

        request.ClassCapacity.Should().Be(60);
        request.Mode.Should().Be(SessionMode.InPerson);
        request.OpeningOfficial.Should().BeNull();
        request.Phase.Id.Should().Be("p2");
    }

    [Fact]
    public void FromSchedule_Virtual_TakesTheLargestSeatLimit_AndTheFirstOpener()
    {
        var opening = SessionBuilder.Block(AgendaItemKind.Opening, 8, 0, 30, "head");
        var day = SessionBuilder.Day(new LocalDate(2020, 6, 8), opening, SessionBuilder.Teach("M1", 8, 30, 2, "W1"), SessionBuilder.Teach("M2", 10, 0, 2, "W2"));
        Schedule schedule = new ScheduleBuilder()
            .WithInstructors(new Instructor("head", "Head"), new Instructor("W1", "W1", ["M1"]), new Instructor("W2", "W2", ["M2"]))
            .WithSessions(
                new SessionBuilder().WithId("S1").Virtual(seats: 300),
                new SessionBuilder().WithId("S2").Virtual(seats: 120).WithDays(day));

        var request = PlanningRequest.FromSchedule(schedule, "p2");

        request.ClassCapacity.Should().Be(300);
        request.Mode.Should().Be(SessionMode.Virtual);
        request.OpeningOfficial.Should().Be("head");
        request.Instructors.Select(i => i.Id).Should().Equal("head", "W1", "W2");
    }

    [Fact]
    public void FromSchedule_WhenThePhaseHasNoSession_SaysSo()
    {
        Schedule schedule = new ScheduleBuilder().WithSessions(new SessionBuilder().WithId("S1"));

        FluentActions.Invoking(() => PlanningRequest.FromSchedule(schedule, "p1"))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("schedule")
            .WithMessage("The schedule has no session of phase 'p1' with a seat limit or room capacity to plan with.*");
    }

    [Fact]
    public void WithTimeBudget_WhenOutOfRange_SaysWhatABudgetIs()
    {
        FluentActions.Invoking(() => Request().WithTimeBudget(Duration.Zero))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("budget")
            .WithMessage("A planning time budget is positive and at most one day.*");
    }

    [Fact]
    public void With_AMode_ChangesTheModeAlone()
    {
        var request = Request();

        var inPerson = request.With(mode: SessionMode.InPerson);

        inPerson.Mode.Should().Be(SessionMode.InPerson);
        inPerson.ClassCapacity.Should().Be(40);
        inPerson.Phase.Id.Should().Be("p2");
        request.Mode.Should().Be(SessionMode.Virtual);
    }

    [Fact]
    public void WithAgenda_WhenNull_ThrowsArgumentNull()
    {
        FluentActions.Invoking(() => Request().WithAgenda(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("agenda");
    }

    [Fact]
    public void WithAgenda_KeepsTheAgendaGiven()
    {
        var agenda = new PlanningAgenda(Duration.FromMinutes(10), Duration.Zero, Duration.Zero, Duration.FromMinutes(5));

        Request().WithAgenda(agenda).Agenda.Should().BeSameAs(agenda);
        Request().Agenda.Should().BeSameAs(PlanningAgenda.Default);
    }

    [Fact]
    public void WithInstructors_WhenTheListOrAnInstructorIsNull_NamesTheList()
    {
        FluentActions.Invoking(() => Request().WithInstructors(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("instructors");
        FluentActions.Invoking(() => Request().WithInstructors([new Instructor("a", "A"), null!]))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("instructors").WithMessage("An instructor is null.*");
    }

    [Fact]
    public void WithInstructors_WhenACentreListIsNullOrEmpty_SaysTheInstructorIsBoundToNoCentre()
    {
        var instructors = new[] { new Instructor("a", "A"), new Instructor("b", "B") };

        foreach (var centres in new IEnumerable<CentreCode>?[] { null, [] })
        {
            FluentActions.Invoking(() => Request().WithInstructors(instructors, new Dictionary<string, IEnumerable<CentreCode>> { ["b"] = centres! }))
                .Should().ThrowExactly<ArgumentException>().WithParameterName("centres")
                .WithMessage("Instructor 'b' is bound to no centre; leave them out of the centres to share them with all.*");
        }
    }

    [Fact]
    public void WithInstructors_WhenACentreNamesNoListedInstructor_SaysSo()
    {
        FluentActions.Invoking(() => Request().WithInstructors([new Instructor("a", "A")], new Dictionary<string, IEnumerable<CentreCode>> { ["z"] = [Reference.Centre("BDI-JKT")] }))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("centres")
            .WithMessage("Instructor 'z' has a centre but is not in the instructor list.*");
    }

    [Fact]
    public void WithInstructors_WhenTheOpeningOfficialIsNotListed_SaysSo()
    {
        FluentActions.Invoking(() => Request().WithInstructors([new Instructor("a", "A")], openingOfficial: "head"))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("openingOfficial")
            .WithMessage("The opening official 'head' is not in the instructor list.*");
    }

    [Fact]
    public void WithInstructors_KeepsTheInstructorsTheirCentresAndTheOfficial()
    {
        var jakarta = Reference.Centre("BDI-JKT");

        var request = Request().WithInstructors(
            [new Instructor("a", "A"), new Instructor("b", "B")],
            new Dictionary<string, IEnumerable<CentreCode>> { ["b"] = [jakarta, jakarta] },
            openingOfficial: "a");

        request.Instructors.Select(i => i.Id).Should().Equal("a", "b");
        request.InstructorCentres.Keys.Should().Equal("b");
        request.InstructorCentres["b"].Should().BeEquivalentTo([jakarta]);
        request.OpeningOfficial.Should().Be("a");
    }

    [Fact]
    public void ForRegions_WhenNull_ThrowsArgumentNullNamingIt()
    {
        FluentActions.Invoking(() => Request().ForRegions(null!))
            .Should().ThrowExactly<ArgumentNullException>().WithParameterName("regions");
    }

    [Fact]
    public void ForRegions_KeepsEachRegionOnceInTheOrderGiven()
    {
        var (sleman, bantul) = (Reference.Code("34.04"), Reference.Code("34.02"));

        Request().ForRegions([sleman, bantul, sleman]).Regions.Should().Equal(sleman, bantul);
        Request().Regions.Should().BeNull();
    }
}

using Bimtek.Domain.Calendar;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using FluentValidation.TestHelper;
using NodaTime;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;
using static Bimtek.Domain.Testing.ProgrammeBuilder;
using static Bimtek.Domain.Testing.ScheduleBuilder;
using static Bimtek.Domain.Testing.SessionBuilder;

namespace Bimtek.Domain.Tests.Scheduling;

/// <summary>Session and working-time rules at their edges: hybrid capacity, sessions without teaching, days of breaks
/// only, in-person classes judged at the centre, closures of the centre's own province, holidays in two zones.</summary>
public class SessionAndZoneEdgeTests
{
    private static readonly LocalDate Tuesday = new(2020, 6, 9);

    private static TestValidationResult<Schedule> Validate(SessionBuilder session) =>
        Validator.TestValidate(new ScheduleBuilder().WithSessions(session).CoveringTheRest().Build());

    [Fact]
    public void Validate_WhenAHybridClassStatesOnlyItsRoom_ChecksTheRoomCapacity()
    {
        var session = new SessionBuilder().Hybrid("BDI Yogyakarta", "R1", capacity: 30, seats: null).WithParticipants([.. Enumerable.Range(1, 40)]);

        var failure = Validate(session).WithCode(ClassOverCapacity).Should().ContainSingle().Subject;

        failure.Details().Should().Contain("Participants", 40).And.Contain("Capacity", 30);
    }

    [Fact]
    public void Validate_WhenAHybridClassStatesNoCapacity_IsNotOverCapacity()
    {
        var session = new SessionBuilder().Hybrid("BDI Yogyakarta", "R1", capacity: null, seats: null).WithParticipants([.. Enumerable.Range(1, 40)]);

        Validate(session).WithCode(ClassOverCapacity).Should().BeEmpty("nothing limits the class");
    }

    [Fact]
    public void Validate_WhenASessionTeachesNothing_ReportsTheMissingJpButNoTestOrder()
    {
        var session = new SessionBuilder().WithAgenda(Block(AgendaItemKind.Opening, 8, 0, 30), Block(AgendaItemKind.PreTest, 8, 30, 30), Block(AgendaItemKind.PostTest, 9, 0, 30));

        var result = Validate(session);

        result.CodesBesidesCoverage().Should().OnlyContain(c => c == ModuleJpMismatch).And.NotBeEmpty();
    }

    [Fact]
    public void Validate_WhenTheDaysAreListedOutOfOrder_JudgesThePrerequisiteByTheEarliestDay()
    {
        var programme = new ProgrammeBuilder().WithPhases(
            Phase("p1", new LocalDate(2020, 5, 1), new LocalDate(2020, 6, 8)),
            Phase("p2", new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30), prerequisite: "p1")).Build();
        var session = new SessionBuilder().WithDays(Day(Tuesday, StandardAgenda()[2..]), Day(CalendarReference.Monday, StandardAgenda()[..2]));

        var result = Validator.TestValidate(new ScheduleBuilder().WithProgramme(programme).WithSessions(session).CoveringTheRest().Build());

        result.WithCode(BeforePrerequisiteEnded).Should().ContainSingle().Which.Details().Should().Contain("Date", CalendarReference.Monday);
    }

    [Fact]
    public void Validate_WhenTwoItemsEndTogether_ReportsALaterOverlapAgainstTheEarlierStartingOne()
    {
        // M1 09:00–10:30 and a break 09:45–10:30 end together; a break at 10:00 overlaps both and is set against M1.
        var result = Validate(new SessionBuilder().WithAgenda([.. StandardAgenda(), Block(AgendaItemKind.Break, 9, 45, 45), Block(AgendaItemKind.Break, 10, 0, 15)]));

        result.WithCode(AgendaItemsOverlap).Select(e => (e.PropertyName, e.Details()["OtherItem"])).Should().Equal(
            ("Sessions[0].Days[0].Items[6]", "M1 09:00–10:30"),
            ("Sessions[0].Days[0].Items[7]", "M1 09:00–10:30"));
    }

    [Fact]
    public void Validate_WhenADayHasOnlyABreak_HoldsItToNoWorkingHours()
    {
        var session = new SessionBuilder().WithDays(Day(CalendarReference.Monday, StandardAgenda()), Day(Tuesday, Block(AgendaItemKind.Break, 19, 0, 30)));

        Validate(session).WithCode(OutsideWorkingHours).Should().BeEmpty("a break is a rest, not instruction");
    }

    [Fact]
    public void Validate_WhenAnInPersonItemRunsAfterHours_ReportsItInTheCentresZone()
    {
        var session = new SessionBuilder().InPerson("BDI Yogyakarta", "R1").WithAgenda([.. StandardAgenda()[..5], Teach("M2", 17, 0, 1)]);

        var failure = Validate(session).WithCode(OutsideWorkingHours).Should().ContainSingle().Subject;

        var details = failure.Details();
        details.Should().Contain("Item", "M2 17:00")
            .And.Contain("Zone", "WIB")
            .And.Contain("Start", "2020-06-08T10:00:00Z")
            .And.Contain("End", "2020-06-08T10:45:00Z");
        // Monday under Keppres 68/1995: both working ranges of the day, around the 12:00–13:00 break.
        details.Should().Contain("WorkingHours", $"07:30–12:00, 13:00–16:00 WIB, {details["Decree"]}");
    }

    [Fact]
    public void Validate_WhenOnlyTheCentresProvinceIsClosed_ReportsNonWorkingDayForTheClass()
    {
        // BDI Yogyakarta (DI Yogyakarta, 34) teaches Kabupaten Cilacap (Jawa Tengah) online; only DI Yogyakarta is closed.
        var closure = new CalendarClosure(CalendarReference.Monday, "Banjir", [Reference.Code("34")]);
        var validator = new ScheduleValidator(Reference.Map, Reference.Bdi, WorkingCalendar.FromEmbeddedSeeds([closure]));

        var result = validator.TestValidate(new ScheduleBuilder().WithSessions(new SessionBuilder().WithRegions("33.01")).Build());

        var failure = result.WithCode(NonWorkingDay).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Zone", "WIB").And.Contain("Item", "Opening 08:00");
    }

    [Fact]
    public void Validate_WhenAHolidayClosesBothZonesOfAClass_ReportsOneFindingNamingBoth()
    {
        // Pancasila Day, 1 June 2020, closes DI Yogyakarta (WIB) and Papua (WIT) alike.
        var session = new SessionBuilder().On(new LocalDate(2020, 6, 1)).WithRegions([.. Yogyakarta, "91.03"]);

        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(session).WithReassignment("91.03", "BDI-YOG").Build());

        result.WithCode(NonWorkingDay).Should().ContainSingle().Which.Details().Should().Contain("Zone", "WIB, WIT");
    }

    [Fact]
    public void Validate_WhenAFridayItemRunsIntoThePrayerBreak_NamesTheBreak()
    {
        var session = new SessionBuilder().On(CalendarReference.Friday).WithAgenda(
            Block(AgendaItemKind.Opening, 8, 0, 30), Block(AgendaItemKind.PreTest, 8, 30, 30), Teach("M1", 11, 30, 2), Teach("M2", 13, 0, 2), Block(AgendaItemKind.PostTest, 14, 30, 30));

        var failure = Validate(session).WithCode(FridayPrayerBreak).Should().ContainSingle().Subject;

        failure.Details()["Break"].Should().BeOfType<string>().Which.Should().StartWith("11:30").And.EndWith(" WIB");
    }
}

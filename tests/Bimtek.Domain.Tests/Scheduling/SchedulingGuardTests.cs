using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using NodaTime;

namespace Bimtek.Domain.Tests.Scheduling;

/// <summary>The scheduling types refuse bad input by name and say why; their texts read the way a planner writes them.</summary>
public class SchedulingGuardTests
{
    private static readonly CentreCode Yogyakarta = CentreCode.Parse("BDI-YOG");
    private static readonly RegionCode Sleman = RegionCode.Parse("34.04");
    private static readonly SessionDay Day = new(new LocalDate(2020, 6, 8), [AgendaItem.Block(AgendaItemKind.Opening, new LocalTime(8, 0), Duration.FromMinutes(30))]);

    [Fact]
    public void AgendaItem_ToString_ReadsTimesThenModuleAndJpOrTheKind()
    {
        AgendaItem.Teaching("M1", new LocalTime(9, 0), LessonHours.FromJp(2), ["W1"]).ToString().Should().Be("09:00–10:30 M1 (2 JP)");
        AgendaItem.Block(AgendaItemKind.Ishoma, new LocalTime(12, 0), Duration.FromHours(1)).ToString().Should().Be("12:00–13:00 Ishoma");
    }

    [Fact]
    public void Teaching_WhenAnInstructorIdIsNull_ThrowsNamingTheInstructors()
    {
        var create = () => AgendaItem.Teaching("M1", new LocalTime(9, 0), LessonHours.FromJp(2), ["W1", null!]);

        create.Should().Throw<ArgumentException>().WithParameterName("instructors").WithMessage("An instructor id is null.*");
    }

    [Fact]
    public void Teaching_WhenItLastsZeroJp_ThrowsNamingTheModule()
    {
        var create = () => AgendaItem.Teaching("M1", new LocalTime(9, 0), LessonHours.Zero, []);

        create.Should().Throw<ArgumentException>().WithParameterName("jp").WithMessage("A teaching item of module M1 must last at least 1 JP.*");
    }

    [Fact]
    public void Block_WhenKindIsTeaching_SaysToUseTeaching()
    {
        var create = () => AgendaItem.Block(AgendaItemKind.Teaching, new LocalTime(9, 0), Duration.FromMinutes(30));

        create.Should().Throw<ArgumentException>().WithMessage("A block cannot be of kind Teaching; use AgendaItem.Teaching for teaching.*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Block_WhenItsLengthIsNotPositive_Throws(int minutes)
    {
        var create = () => AgendaItem.Block(AgendaItemKind.Break, new LocalTime(10, 0), Duration.FromMinutes(minutes));

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("length").WithMessage("An agenda item must last a positive time.*");
    }

    [Fact]
    public void Block_WhenItWouldRunPastMidnight_SaysWhenItStarts()
    {
        var create = () => AgendaItem.Block(AgendaItemKind.Closing, new LocalTime(23, 30), Duration.FromHours(1));

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("length").WithMessage("An agenda item starting at 23:30 cannot last *: it would run to or past midnight.*");
    }

    [Fact]
    public void SessionDay_WhenAnItemIsNull_ThrowsNamingTheItems()
    {
        var create = () => new SessionDay(new LocalDate(2020, 6, 8), [null!]);

        create.Should().Throw<ArgumentException>().WithParameterName("items").WithMessage("An agenda item is null.*");
    }

    [Fact]
    public void TrainingSession_WhenTheModeIsUndefined_Throws()
    {
        var create = () => new TrainingSession("S1", "p2", Yogyakarta, (SessionMode)42, [Day], [Sleman]);

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("mode").WithMessage("Not a SessionMode value.*");
    }

    [Fact]
    public void TrainingSession_WhenTheSeatLimitIsNegative_ThrowsNamingIt()
    {
        var create = () => new TrainingSession("S1", "p2", Yogyakarta, SessionMode.Hybrid, [Day], [Sleman], seatLimit: -1, roomCapacity: 30);

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("seatLimit").WithMessage("A capacity is never negative.*");
    }

    [Fact]
    public void TrainingSession_WhenOnlyTheRoomCapacityIsNegative_ThrowsNamingIt()
    {
        // A seat limit of zero is allowed (a room-only hybrid): the room capacity is the one at fault.
        var create = () => new TrainingSession("S1", "p2", Yogyakarta, SessionMode.Hybrid, [Day], [Sleman], seatLimit: 0, roomCapacity: -1);

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("roomCapacity").WithMessage("A capacity is never negative.*");
    }

    [Fact]
    public void TrainingSession_WhenADayIsNull_ThrowsNamingTheDays()
    {
        var create = () => new TrainingSession("S1", "p2", Yogyakarta, SessionMode.Virtual, [null!], [Sleman]);

        create.Should().Throw<ArgumentException>().WithParameterName("days").WithMessage("A session day is null.*");
    }

    [Fact]
    public void TrainingSession_WhenAParticipantIsTheDefaultNip_ThrowsNamingTheParticipants()
    {
        var create = () => new TrainingSession("S1", "p2", Yogyakarta, SessionMode.Virtual, [Day], [Sleman], [default(Nip)]);

        create.Should().Throw<ArgumentException>().WithParameterName("participants").WithMessage("A participant is the default Nip.*");
    }

    [Fact]
    public void WithParticipants_WhenGivenNull_Throws()
    {
        var session = TrainingSession.Virtual("S1", "p2", Yogyakarta, [Day], [Sleman]);

        var replace = () => session.WithParticipants(null!);

        replace.Should().Throw<ArgumentNullException>().WithParameterName("participants");
    }

    [Fact]
    public void TrainingSession_ToString_NamesIdCentreModeAndDays()
    {
        TrainingSession.Virtual("S1", "p2", Yogyakarta, [Day, Day], [Sleman]).ToString().Should().Be("S1 (BDI-YOG, Virtual, 2 day(s))");
    }

    [Fact]
    public void Schedule_WhenASessionOrInstructorIsNullOrAnInstructorListedTwice_ThrowsNamingTheList()
    {
        var programme = new ProgrammeBuilder().Build();
        var session = TrainingSession.Virtual("S1", "p2", Yogyakarta, [Day], [Sleman]);

        FluentActions.Invoking(() => new Schedule(programme, [null!])).Should().Throw<ArgumentException>()
            .WithParameterName("sessions").WithMessage("A session is null.*");
        FluentActions.Invoking(() => new Schedule(programme, [session], [null!])).Should().Throw<ArgumentException>()
            .WithParameterName("instructors").WithMessage("An instructor is null.*");
        FluentActions.Invoking(() => new Schedule(programme, [session], [new Instructor("W1", "A"), new Instructor("W1", "B")])).Should().Throw<ArgumentException>()
            .WithParameterName("instructors").WithMessage("Instructor 'W1' is listed twice; list each instructor once.*");
    }

    [Fact]
    public void Instructor_WhenTheNameIsNull_Throws()
    {
        var create = () => new Instructor("W1", null!);

        create.Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void Instructor_Availability_IsInStartOrderWhateverTheOrderGiven()
    {
        var morning = new Interval(Instant.FromUtc(2020, 6, 8, 1, 0), Instant.FromUtc(2020, 6, 8, 5, 0));
        var afternoon = new Interval(Instant.FromUtc(2020, 6, 8, 6, 0), Instant.FromUtc(2020, 6, 8, 9, 0));

        new Instructor("W1", "Widyaiswara", availability: [afternoon, morning]).Availability.Should().Equal(morning, afternoon);
    }

    [Fact]
    public void Instructor_IsAvailable_WhenOneOfSeveralWindowsHoldsTheInterval()
    {
        var morning = new Interval(Instant.FromUtc(2020, 6, 8, 1, 0), Instant.FromUtc(2020, 6, 8, 5, 0));
        var afternoon = new Interval(Instant.FromUtc(2020, 6, 8, 6, 0), Instant.FromUtc(2020, 6, 8, 9, 0));
        var instructor = new Instructor("W1", "Widyaiswara", availability: [morning, afternoon]);

        instructor.IsAvailable(new Interval(Instant.FromUtc(2020, 6, 8, 6, 0), Instant.FromUtc(2020, 6, 8, 7, 30))).Should().BeTrue();
        instructor.IsAvailable(new Interval(Instant.FromUtc(2020, 6, 8, 4, 0), Instant.FromUtc(2020, 6, 8, 6, 30))).Should().BeFalse("no one window holds it");
    }

    [Fact]
    public void ScheduleValidator_WhenAServiceIsNull_ThrowsNamingIt()
    {
        var calendar = CalendarReference.Embedded;

        FluentActions.Invoking(() => new ScheduleValidator(null!, Reference.Bdi, calendar)).Should().Throw<ArgumentNullException>().WithParameterName("regions");
        FluentActions.Invoking(() => new ScheduleValidator(Reference.Map, null!, calendar)).Should().Throw<ArgumentNullException>().WithParameterName("centres");
        FluentActions.Invoking(() => new ScheduleValidator(Reference.Map, Reference.Bdi, null!)).Should().Throw<ArgumentNullException>().WithParameterName("calendar");
    }
}

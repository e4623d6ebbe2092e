using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using NodaTime;

namespace Bimtek.Domain.Tests.Planning;

// Small planning instances whose outcome can be worked out by hand: real centres, units and working days given
// directly (PlanningProblem.Create), a calendar of 08:00–16:00 with a 12:00–13:00 rest on Monday to Thursday only (a
// Friday or weekend day in the list has no window) and 60-minute lessons. Everything is built afresh by each call.
internal static class SmallPlanning
{
    public static readonly DateTimeZone Wib = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];
    public static readonly DateTimeZone Wita = DateTimeZoneProviders.Tzdb["Asia/Makassar"];
    public static readonly DateTimeZone Wit = DateTimeZoneProviders.Tzdb["Asia/Jayapura"];

    public static readonly LocalDate Mon8 = new(2020, 6, 8);
    public static readonly LocalDate Tue9 = new(2020, 6, 9);
    public static readonly LocalDate Wed10 = new(2020, 6, 10);
    public static readonly LocalDate Thu11 = new(2020, 6, 11);
    public static readonly LocalDate Fri12 = new(2020, 6, 12);
    public static readonly LocalDate Sat13 = new(2020, 6, 13);
    public static readonly LocalDate Sun14 = new(2020, 6, 14);
    public static readonly LocalDate Mon15 = new(2020, 6, 15);
    public static readonly LocalDate Tue16 = new(2020, 6, 16);
    public static readonly LocalDate Wed17 = new(2020, 6, 17);
    public static readonly LocalDate Thu18 = new(2020, 6, 18);

    // A property, not a field: a PlanningAgenda built once would hide the mutants of its constructor from later tests.
    public static PlanningAgenda NoFrame => new(Duration.Zero, Duration.Zero, Duration.Zero, Duration.Zero);

    public static TrainingCentre Centre(string code) => Reference.Bdi.FindCentre(Reference.Centre(code))!;

    public static WorkingHoursRule MondayToThursday(int startHour = 8, int endHour = 16) =>
        new([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday], new LocalTimeRange(new LocalTime(startHour, 0), new LocalTime(endHour, 0)), new LocalTimeRange(new LocalTime(12, 0), new LocalTime(13, 0)), "Test hours");

    public static WorkingCalendar HoursCalendar(IEnumerable<CalendarClosure>? closures = null, params WorkingHoursRule[] more) =>
        new(WorkingCalendar.EmbeddedHolidays(), [MondayToThursday(), .. more], closures, Duration.FromMinutes(60));

    public static PlanningUnit Unit(string region, DateTimeZone zone, int centre, int participants = 1) =>
        new(RegionCode.Parse(region), RegionCode.Parse(region.Split('.')[0]), zone, centre, participants);

    public static Programme Programme(params (string Code, int Jp)[] modules) =>
        new ProgrammeBuilder().WithTotalJp(modules.Sum(m => m.Jp)).WithCurriculum([.. modules.Select(m => ProgrammeBuilder.Module(m.Code, m.Jp))])
            .WithPhases(ProgrammeBuilder.Phase("p1", new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30)))
            .Build();

    public static PlanningRequest Request(Programme programme, int capacity = 100, SessionMode mode = SessionMode.Virtual, int rooms = 1, PlanningAgenda? agenda = null) =>
        new PlanningRequest(programme, "p1", capacity, mode, rooms).WithAgenda(agenda ?? NoFrame);

    public static PlanningProblem Problem(PlanningRequest request, IEnumerable<TrainingCentre> centres, IEnumerable<PlanningUnit> units, params LocalDate[] days) =>
        PlanningProblem.Create(request, centres, units, days);

    public static SchedulePlanner Planner(IWorkingCalendar calendar, ScheduleLimits? limits = null) => new(Reference.Map, Reference.Bdi, calendar, limits);

    public static Timetable NewTimetable(PlanningProblem problem, IWorkingCalendar calendar, ScheduleLimits? limits = null) =>
        new(problem, calendar, Planner(calendar, limits).CreatePacker(problem));

    // The instructors of each teaching item and of the frame, day by day: (date, kind, module, instructors).
    public static IEnumerable<(LocalDate Date, AgendaItemKind Kind, string? Module, string Instructors)> Items(IEnumerable<SessionDay> days) =>
        days.SelectMany(d => d.Items.Where(i => i.Kind != AgendaItemKind.Ishoma).Select(i => (d.Date, i.Kind, i.ModuleCode, string.Join("+", i.Instructors))));
}

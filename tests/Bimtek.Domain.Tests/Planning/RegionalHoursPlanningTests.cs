using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using NodaTime;

namespace Bimtek.Domain.Tests.Planning;

/// <summary>The planner reads each place by its own hours, as the validator does: a session's window is the intersection
/// of the centre's hours and every invited region's own (<see cref="WorkingHoursRule.ScopedTo"/>).</summary>
public class RegionalHoursPlanningTests
{
    private static readonly RegionCode Sleman = Reference.Code("34.04");

    // A host-supplied Perbup for Kabupaten Sleman during June 2020, the month of the kabupaten/kota round.
    private static WorkingCalendar WithSlemanHours(LocalTime start, LocalTime end, LocalTimeRange? breakTime)
    {
        var own = new WorkingHoursRule(
                [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
                new LocalTimeRange(start, end),
                breakTime,
                "Perbup Sleman (host)",
                Provenance.HostSupplied,
                new LocalDate(2020, 6, 1),
                new LocalDate(2020, 7, 1))
            .ScopedTo(Sleman);
        return WorkingCalendar.FromEmbeddedSeeds(hoursRules: [.. WorkingCalendar.EmbeddedHoursRules(), own]);
    }

    private static IEnumerable<AgendaItem> Instruction(TrainingSession session) =>
        session.Days.SelectMany(d => d.Items).Where(i => i.Kind is not (AgendaItemKind.Ishoma or AgendaItemKind.Break));

    [Fact]
    public void Plan_WhenSlemanStartsAt0900_MovesYogyakartasClassInsideSlemansHours_AndThePlanValidates()
    {
        var calendar = WithSlemanHours(new LocalTime(9, 0), new LocalTime(16, 0), new LocalTimeRange(new LocalTime(12, 0), new LocalTime(13, 0)));
        var national = PlannerReference.Planner.Plan(PlannerReference.National2020());
        national.Schedule.Sessions.Single(s => s.Regions.Contains(Sleman)).Days[0].Items[0].Start
            .Should().BeLessThan(new LocalTime(9, 0), "under the national hours the class opens before 09:00");

        var plan = new SchedulePlanner(Reference.Map, Reference.Bdi, calendar).Plan(PlannerReference.National2020());

        plan.IsComplete.Should().BeTrue();
        var yogyakarta = plan.Schedule.Sessions.Single(s => s.Regions.Contains(Sleman));
        Instruction(yogyakarta).Should().OnlyContain(i => i.Start >= new LocalTime(9, 0) && i.End <= new LocalTime(16, 0));
        Instruction(yogyakarta).Should().NotContain(i => i.Start < new LocalTime(13, 0) && i.End > new LocalTime(12, 0), "Sleman rests 12:00–13:00");
        new ScheduleValidator(Reference.Map, Reference.Bdi, calendar).Validate(plan.Schedule).Errors.Should().BeEmpty();
        plan.Schedule.Sessions.Where(s => !s.Regions.Contains(Sleman)).Select(s => s.Days.Count)
            .Should().Equal(national.Schedule.Sessions.Where(s => !s.Regions.Contains(Sleman)).Select(s => s.Days.Count), "no other class is on Sleman's hours");
    }

    [Fact]
    public void Plan_WhenSlemansOwnHoursHoldNoLesson_ReportsTheShortfallNamingSleman_AndWhatIsPlannedValidates()
    {
        // 09:00–09:30: no 45-minute lesson fits in a day.
        var calendar = WithSlemanHours(new LocalTime(9, 0), new LocalTime(9, 30), null);

        var plan = new SchedulePlanner(Reference.Map, Reference.Bdi, calendar).Plan(PlannerReference.National2020());

        var shortfall = plan.Shortfalls.Should().ContainSingle(s => s.Code == PlanningRuleCodes.AgendaDoesNotFit).Subject;
        shortfall.Details["Centre"].Should().Be("BDI Yogyakarta");
        shortfall.Details["Zones"].Should().Be("WIB, 34.04");
        plan.UnplannedRegions.Should().Contain(Sleman);
        plan.Schedule.Sessions.Should().NotBeEmpty().And.NotContain(s => s.Regions.Contains(Sleman));
        new ScheduleValidator(Reference.Map, Reference.Bdi, calendar).Validate(plan.Schedule).Errors
            .Should().NotContain(e => e.ErrorCode == ScheduleRuleCodes.OutsideWorkingHours);
    }

    [Fact]
    public void GetCommonWorkingWindow_TwoRegenciesOfOneProvince_KeepsTheOneWithItsOwnHours()
    {
        var calendar = WithSlemanHours(new LocalTime(9, 0), new LocalTime(16, 0), null);
        var monday = new LocalDate(2020, 6, 8);
        var bantul = Reference.Map.FindRegency(Reference.Code("34.02"), monday)!;
        var sleman = Reference.Map.FindRegency(Sleman, monday)!;

        var window = calendar.GetCommonWorkingWindow(monday, [bantul, sleman]);

        window.Windows.Should().HaveCount(2);
        window.LocalRanges(sleman.TimeZone).Should().Equal(new LocalTimeRange(new LocalTime(9, 0), new LocalTime(12, 0)), new LocalTimeRange(new LocalTime(13, 0), new LocalTime(16, 0)));
    }
}

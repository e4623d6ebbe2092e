using Bimtek.Domain.Planning;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Serialization;
using Bimtek.Domain.Testing;
using FluentValidation;
using NodaTime;

namespace Bimtek.Domain.Tests.Planning;

public class SchedulePlannerTests
{
    private static readonly PlanResult National = PlannerReference.Planner.Plan(PlannerReference.National2020());

    [Fact]
    public void The_2020_round_passes_every_rule_of_the_catalogue()
    {
        National.IsComplete.Should().BeTrue();
        National.Shortfalls.Should().BeEmpty();
        ScheduleBuilder.Validator.Validate(National.Schedule).Errors.Should().BeEmpty();
    }

    [Fact]
    public void The_2020_round_needs_ten_classes_the_lower_bound_keeping_every_province_whole()
    {
        // 508 autonomous kabupaten/kota × 7 participants at 500 seats: Medan 525 → 2 classes, Makassar 1008 → 3, the
        // other five centres one class each.
        National.Cost.Should().BeEquivalentTo(new { Classes = 10, ClassLowerBound = 10, ProvinceSplits = 0 });
        National.Centres.Select(c => (c.Centre.Value, c.Classes)).Should().Equal(
            ("BDI-DPS", 1), ("BDI-JKT", 1), ("BDI-MDN", 2), ("BDI-MKS", 3), ("BDI-PDG", 1), ("BDI-SBY", 1), ("BDI-YOG", 1));
        National.Schedule.Sessions.SelectMany(s => s.Regions).Should().HaveCount(508).And.OnlyHaveUniqueItems();
        National.Cost.LargestClass.Should().BeLessThanOrEqualTo(500);
    }

    [Fact]
    public void Classes_mixing_clocks_take_a_second_day_and_the_shared_speakers_keep_every_class_on_its_own_days()
    {
        // Surabaya (WIB) with Kalimantan Selatan/Timur/Utara (WITA) shares 5.5 working hours a day, less than the 6¼-hour
        // agenda: two days, as the 2020 round ran it (29–30 June). Papua and Maluku (WIT) from Makassar (WITA) likewise.
        var surabaya = National.Schedule.Sessions.Single(s => s.Centre.Value == "BDI-SBY");
        surabaya.Days.Should().HaveCount(2);
        National.Cost.ClassDays.Should().Be(12);
        National.Cost.MixedZoneClasses.Should().Be(2);

        var dates = National.Schedule.Sessions.SelectMany(s => s.Days.Select(d => d.Date)).ToList();
        dates.Should().OnlyHaveUniqueItems("every class books the same ministry speakers");
        National.Cost.MakespanDays.Should().Be(12);
        dates.Max().Should().Be(new LocalDate(2020, 6, 17), "12 working days from 2 June (1 June is Pancasila Day)");
        National.Cost.PeakClassesPerDay.Should().Be(1);
    }

    [Fact]
    public void Every_teaching_item_is_given_the_speaker_of_its_module_and_every_class_is_opened_by_the_head()
    {
        var items = National.Schedule.Sessions.SelectMany(s => s.Days).SelectMany(d => d.Items).ToList();
        items.Where(i => i.Kind == AgendaItemKind.Teaching).Select(i => (i.ModuleCode, i.Instructors.Single())).Distinct()
            .Should().BeEquivalentTo([("M1", "narasumber-ekonomi"), ("M2", "sesditjen-agro"), ("M3", "sesditjen-ikft"), ("M4", "sesditjen-ilmate"), ("M5", "sesditjen-ikma")]);
        items.Where(i => i.Kind is AgendaItemKind.Opening or AgendaItemKind.Closing).Should().OnlyContain(i => i.Instructors.Single() == "kapusdiklat");
    }

    [Fact]
    public void The_same_request_gives_the_identical_plan()
    {
        var again = new SchedulePlanner(Reference.Map, Reference.Bdi, CalendarReference.Embedded).Plan(PlannerReference.National2020());

        BimtekJson.SerializeSchedule(again.Schedule).Should().Be(BimtekJson.SerializeSchedule(National.Schedule));
        again.Cost.Should().Be(National.Cost);
    }

    [Fact]
    public void The_plan_written_as_json_reads_back_as_the_same_schedule()
    {
        var json = BimtekJson.SerializeSchedule(National.Schedule);
        var read = BimtekJson.DeserializeSchedule(json, "plan.json", code => code == PlannerReference.Programme ? National.Schedule.Programme : null);

        BimtekJson.SerializeSchedule(read).Should().Be(json);
        ScheduleBuilder.Validator.Validate(read).Errors.Should().BeEmpty();
    }

    [Fact]
    public void Without_shared_speakers_centres_run_in_parallel_and_finish_early()
    {
        var request = new PlanningRequest(National.Schedule.Programme, "kabupaten-kota", 500);

        var plan = PlannerReference.Planner.Plan(request);

        ScheduleBuilder.Validator.Validate(plan.Schedule).Errors.Should().BeEmpty();
        plan.Cost.Classes.Should().Be(10);
        plan.Cost.MakespanDays.Should().Be(4, "Makassar's three classes (the WIT one of two days) share its one platform room");
        plan.Cost.PeakClassesPerDay.Should().Be(7);
    }

    [Fact]
    public void Many_small_classes_in_parallel_rooms_stay_within_capacity_and_rooms()
    {
        var request = new PlanningRequest(National.Schedule.Programme, "kabupaten-kota", 60, SessionMode.InPerson, parallelClassesPerCentre: 3);

        var plan = PlannerReference.Planner.Plan(request);

        ScheduleBuilder.Validator.Validate(plan.Schedule).Errors.Should().BeEmpty();
        plan.IsComplete.Should().BeTrue();
        plan.Cost.Classes.Should().BeGreaterThanOrEqualTo(plan.Cost.ClassLowerBound);
        plan.Schedule.Sessions.Should().OnlyContain(s => s.Regions.Count * 7 <= 60 && s.Room != null && s.Venue != null);
        plan.Cost.PeakClassesPerDay.Should().BeLessThanOrEqualTo(21);
    }

    [Fact]
    public void When_the_window_is_too_short_the_report_says_by_how_much_and_what_fits_is_still_planned()
    {
        var programme = new ProgrammeBuilder().WithTotalJp(6).WithCurriculum(ProgrammeBuilder.Module("M1", 6))
            .WithPhases(ProgrammeBuilder.Phase("p1", new LocalDate(2020, 6, 15), new LocalDate(2020, 6, 16), audience: [new(Domain.Programmes.PositionKind.JptPratama, "Kepala Dinas", 7)]))
            .Build();
        var speaker = new Instructor("speaker", "Speaker", ["M1"]);
        var request = new PlanningRequest(programme, "p1", 500).WithInstructors([speaker]);

        var plan = PlannerReference.Planner.Plan(request);

        plan.IsComplete.Should().BeFalse();
        plan.Schedule.Sessions.Should().NotBeEmpty("what fits in the two days is planned");
        plan.Schedule.Sessions.Sum(s => s.Days.Count).Should().Be(2, "one shared speaker, two working days");
        plan.UnplannedRegions.Should().HaveCount(508 - plan.Schedule.Sessions.Sum(s => s.Regions.Count));
        var shortfalls = plan.Shortfalls.Where(s => s.Code == PlanningRuleCodes.NotEnoughDays).ToList();
        shortfalls.Should().NotBeEmpty();
        var makassar = shortfalls.Single(s => (string)s.Details["Centre"]! == "BDI Makassar");
        makassar.Details.Should().Contain(new KeyValuePair<string, object?>("Regions", 144))
            .And.Contain(new KeyValuePair<string, object?>("Classes", 3))
            .And.Contain(new KeyValuePair<string, object?>("WorkingDays", 2))
            .And.Contain(new KeyValuePair<string, object?>("FreeDays", 0));
        makassar.Message.Should().Contain("BDI Makassar: 144 regions need 3 classes").And.Contain("offers 2 working days");

        var errors = ScheduleBuilder.Validator.Validate(plan.Schedule).Errors;
        errors.Should().OnlyContain(e => e.ErrorCode == ScheduleRuleCodes.RegionNotCovered && e.Severity == Severity.Error);
    }

    [Fact]
    public void A_central_phase_runs_from_the_delivering_centre_and_an_agenda_block_too_long_for_the_shared_window_is_reported()
    {
        var programme = National.Schedule.Programme;
        var request = new PlanningRequest(programme, "provinsi", 20).WithDeliveringCentre(Reference.Centre("BDI-JKT"));

        var plan = PlannerReference.Planner.Plan(request);
        ScheduleBuilder.Validator.Validate(plan.Schedule).Errors.Should().BeEmpty();
        plan.Schedule.Sessions.Should().OnlyContain(s => s.Centre == Reference.Centre("BDI-JKT"));
        plan.Schedule.Sessions.SelectMany(s => s.Regions).Should().HaveCount(34);

        // A four-hour opening fits a WIB morning (07:30–12:00) but not the 2½ hours WIB and WIT share before WIT's rest.
        var longOpening = new PlanningAgenda(Duration.FromHours(4), Duration.Zero, Duration.Zero, Duration.Zero);
        var tooLong = PlannerReference.Planner.Plan(request.WithAgenda(longOpening));
        tooLong.Shortfalls.Should().ContainSingle(s => s.Code == PlanningRuleCodes.AgendaDoesNotFit)
            .Which.Message.Should().Contain("BDI Jakarta: Opening (240 min)").And.Contain("WIT");
        tooLong.Schedule.Sessions.Should().NotBeEmpty("classes on the WIB clock alone still fit");
    }

    [Fact]
    public void A_speaker_available_only_some_days_moves_every_class_onto_them()
    {
        var asRun = PlannerReference.National2020();
        var jakarta = CalendarReference.Jakarta;
        var week = new Interval(new LocalDate(2020, 6, 15).AtStartOfDayInZone(jakarta).ToInstant(), new LocalDate(2020, 7, 1).AtStartOfDayInZone(jakarta).ToInstant());
        var instructors = asRun.Instructors.Select(i => i.Id == "sesditjen-ikma" ? new Instructor(i.Id, i.Name, i.Modules, [week]) : i);
        var request = new PlanningRequest(asRun.Programme, asRun.Phase.Id, asRun.ClassCapacity).WithInstructors(instructors, openingOfficial: "kapusdiklat");

        var plan = PlannerReference.Planner.Plan(request);

        plan.IsComplete.Should().BeTrue("15–30 June holds 12 working days, the 12 class-days the round needs");
        ScheduleBuilder.Validator.Validate(plan.Schedule).Errors.Should().BeEmpty();
        plan.Schedule.Sessions.SelectMany(s => s.Days).Where(d => d.Items.Any(i => i.ModuleCode == "M5"))
            .Should().HaveCount(10).And.OnlyContain(d => d.Date >= new LocalDate(2020, 6, 15) && d.Date <= new LocalDate(2020, 6, 30));
    }

    [Fact]
    public void Misuse_is_refused_with_the_reason()
    {
        var programme = National.Schedule.Programme;
        FluentActions.Invoking(() => new PlanningRequest(programme, "kecamatan", 500))
            .Should().Throw<ArgumentException>().WithMessage("*has no phase 'kecamatan'; its phases are provinsi, kabupaten-kota*");
        FluentActions.Invoking(() => PlannerReference.Planner.Plan(new PlanningRequest(programme, "provinsi", 500)))
            .Should().Throw<ArgumentException>().WithMessage("*delivered centrally*WithDeliveringCentre*");
        FluentActions.Invoking(() => new PlanningRequest(programme, "provinsi", 0))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new PlanningRequest(programme, "provinsi", 10).WithInstructors([new Instructor("a", "A"), new Instructor("a", "A")]))
            .Should().Throw<ArgumentException>().WithMessage("*'a' is listed twice*");
    }
}

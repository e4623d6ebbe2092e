using Bimtek.Domain.Benchmarks.Planning;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Serialization;
using Bimtek.Domain.Testing;
using NodaTime;

namespace Bimtek.Domain.Tests.Planning;

// Instances of the benchmarks' generator (benchmarks/…/Planning/HardInstances.cs, linked into this project) on which the
// planner before issue 18 fell short; each expectation is CP-SAT's proven optimum from `--compare-random` (exact peer).
public class HardInstanceTests
{
    [Fact]
    public void Solve_WhenTheOldPlannerLeftTwoRegionsOut_PlansEveryRegionAtTheProvenOptimum()
    {
        // Seed 18, instance 23: virtual, 85 regions at 4 centres, 15 working days, 21 seats, 1 room. The old planner left
        // 2 regions unplanned; CP-SAT proves 13,094,915 optimal.
        var instance = HardInstances.Create(18, 23);

        var plan = instance.Planner.Solve(instance.Problem);

        plan.UnplannedRegions.Should().BeEmpty();
        plan.Shortfalls.Should().BeEmpty();
        Errors(instance, plan.Schedule).Should().BeEmpty();
        plan.Cost.Should().BeEquivalentTo(new { Classes = 13, ProvinceSplits = 9, ClassDays = 49, MakespanDays = 15 });
        plan.Cost.Objective.Should().Be(13_094_915);
    }

    [Fact]
    public void Solve_WhenTheFewestSplitsLeaveNoRoomInTheWindow_RegroupsForFewerClassDaysAndPlansEveryRegion()
    {
        // Seed 2026, instance 35: virtual, 154 regions at 6 centres, 7 working days, 1 room. At BDI Makassar the two classes
        // with no split both mix WITA and WIT (4 days each, 8 > 7); one split leaves a WITA-only class of 3 days. The old
        // planner left 46 regions unplanned; CP-SAT proves 7,012,307 optimal.
        var instance = HardInstances.Create(2026, 35);

        var plan = instance.Planner.Solve(instance.Problem);

        plan.UnplannedRegions.Should().BeEmpty();
        Errors(instance, plan.Schedule).Should().BeEmpty();
        plan.Cost.Should().BeEquivalentTo(new { Classes = 7, ProvinceSplits = 1, ClassDays = 23, MakespanDays = 7 });
    }

    [Fact]
    public void Solve_WhenAProvinceMustBeCut_CutsItWhereTheRestFitsWhole()
    {
        // Seed 18, instance 49: in person, BDI Surabaya has Jawa Timur 108, Kalimantan Selatan 44, Timur 27, Utara 12
        // participants and 4 classes of 49. Jawa Timur needs 3 classes (2 splits); cut at exactly 49 + 49 + 10, the other
        // three stay whole. The old planner split 4 provinces in all; CP-SAT proves 3 optimal (7,030,704).
        var instance = HardInstances.Create(18, 49);

        var plan = instance.Planner.Solve(instance.Problem);

        plan.UnplannedRegions.Should().BeEmpty();
        Errors(instance, plan.Schedule).Should().BeEmpty();
        plan.Cost.Should().BeEquivalentTo(new { Classes = 7, ProvinceSplits = 3, ClassDays = 7, MakespanDays = 4 });
    }

    [Fact]
    public void Solve_WhenRunTwiceOnAGeneratedInstance_GivesTheIdenticalSchedule()
    {
        var first = HardInstances.Create(2026, 35);
        var second = HardInstances.Create(2026, 35);

        var a = first.Planner.Solve(first.Problem);
        var b = second.Planner.Solve(second.Problem);

        BimtekJson.SerializeSchedule(a.Schedule).Should().Be(BimtekJson.SerializeSchedule(b.Schedule));
        a.Cost.Should().Be(b.Cost);
    }

    [Fact]
    public void Plan_WhenAClassCannotFitAnyWindow_ReportsMoreClassDaysThanTheWindowHas()
    {
        // A 1,000-JP module: at most 8 JP a day, no class fits June 2020. Each centre's shortfall must say its classes need
        // more days than the window has, not "2 class-days" beside 21 usable days.
        var programme = new ProgrammeBuilder().WithTotalJp(1000).WithCurriculum(ProgrammeBuilder.Module("M1", 1000))
            .WithPhases(ProgrammeBuilder.Phase("p1", new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30)))
            .Build();
        var request = new PlanningRequest(programme, "p1", 500);

        var plan = PlannerReference.Planner.Plan(request);

        plan.Schedule.Sessions.Should().BeEmpty();
        // The curriculum alone needs more days than the window has: said once, before any class is tried.
        var shortfall = plan.Shortfalls.Should().ContainSingle(s => s.Code == PlanningRuleCodes.CurriculumLongerThanWindow).Subject;
        ((long)shortfall.Details["Days"]!).Should().BeGreaterThan((int)shortfall.Details["WorkingDays"]!, "one class alone needs more days than the window has");
        plan.UnplannedRegions.Should().NotBeEmpty();
    }

    [Fact]
    public void Group_WhenRegionsAreOnAnotherClockThanTheCentre_ChargesEveryClassTheWindowItSharesWithTheCentre()
    {
        // A WITA centre with WIT-only provinces: a WIT-only class still shares the WITA centre's window.
        var wita = DateTimeZoneProviders.Tzdb["Asia/Makassar"];
        var wit = DateTimeZoneProviders.Tzdb["Asia/Jayapura"];
        var units = new List<PlanningUnit>();
        void Province(string code, DateTimeZone zone, int regions)
        {
            for (var r = 1; r <= regions; r++)
            {
                units.Add(new PlanningUnit(RegionCode.Parse($"{code}.{r:00}"), RegionCode.Parse(code), zone, 0, 5));
            }
        }

        Province("73", wita, 6);
        Province("81", wit, 4);
        Province("91", wit, 4);
        var centreClock = PlanningUnit.ClockBit(8);
        var asked = new List<int>();

        var classes = ClassGrouping.Group(units, [.. Enumerable.Range(0, units.Count)], 40, centreClock, online: true, clocks =>
        {
            asked.Add(clocks);
            return clocks == centreClock ? 1 : 2;
        });

        asked.Should().OnlyContain(clocks => (clocks & centreClock) != 0);
        classes.Should().HaveCount(2);
        ClassGrouping.SplitProvinces(units, classes).Should().Be(0);
        classes.Should().ContainSingle(c => c.All(i => units[i].OffsetHours == 8), "the WITA province alone keeps the centre's own window");
    }

    [Fact]
    public void Group_WhenProvincesMustBeCut_FindsTheFewestSplits()
    {
        // 108 + 44 + 27 + 12 = 191 participants in classes of 49: 4 classes; the 108 need 3 (2 splits), and only a cut
        // at exactly 49 + 49 + 10 lets the other three stay whole (10 + 27 + 12 = 49, and 44 alone).
        var zone = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];
        var units = new List<PlanningUnit>();
        foreach (var (code, sizes) in new[] { ("35", Sizes(108)), ("63", Sizes(44)), ("64", Sizes(27)), ("65", Sizes(12)) })
        {
            units.AddRange(sizes.Select((size, r) => new PlanningUnit(RegionCode.Parse($"{code}.{r + 1:00}"), RegionCode.Parse(code), zone, 0, size)));
        }

        var classes = ClassGrouping.Group(units, [.. Enumerable.Range(0, units.Count)], 49, PlanningUnit.ClockBit(7), online: true, _ => 1);

        classes.Should().HaveCount(4);
        classes.Should().OnlyContain(c => c.Sum(i => units[i].Participants) <= 49);
        ClassGrouping.SplitProvinces(units, classes).Should().Be(2);
    }

    // Regions of 3 participants and the rest in regions of 1 (so any cut is reachable).
    private static List<int> Sizes(int total) => [.. Enumerable.Repeat(3, total / 4), .. Enumerable.Repeat(1, total - (3 * (total / 4)))];

    // The validator's errors on a generated instance, less the phase's targets outside the instance's scope (the
    // validator checks coverage nationwide), plus classes over capacity by the generated participants per region.
    private static List<string> Errors(HardInstance instance, Schedule schedule)
    {
        var errors = new List<string>();
        foreach (var error in instance.Validator.Validate(schedule).Errors)
        {
            if (error.ErrorCode == ScheduleRuleCodes.RegionNotCovered && error.TryGetViolation(out var violation)
                && violation.Details["Missing"] is IEnumerable<string> missing && !missing.Any(m => instance.Scope.Contains(RegionCode.Parse(m))))
            {
                continue;
            }

            errors.Add(error.ErrorCode);
        }

        var size = instance.Problem.Units.ToDictionary(u => u.Region, u => u.Participants);
        errors.AddRange(schedule.Sessions.Where(s => s.Regions.Sum(r => size[r]) > instance.Problem.Request.ClassCapacity).Select(s => "over capacity " + s.Id));
        return errors;
    }
}

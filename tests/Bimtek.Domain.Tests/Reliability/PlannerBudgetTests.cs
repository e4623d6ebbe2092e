using Bimtek.Domain.Benchmarks.Planning;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using Bimtek.Domain.Tests.Planning;
using NodaTime;
using static Bimtek.Domain.Planning.PlanningRuleCodes;

namespace Bimtek.Domain.Tests.Reliability;

/// <summary>
/// Issue 17 §3: the planner's time budget and cancellation. Adversarial requests end with a shortfall report (well
/// within the default budget: none reports it spent) and plan the same at 1 and 16 threads; a budget that runs out
/// (on a clock the test advances, never the wall clock) ends the call with what was placed and
/// <see cref="PlanningRuleCodes.TimeBudgetExhausted"/>; a cancelled call throws.
/// </summary>
public class PlannerBudgetTests
{
    private static readonly LocalDate June1 = new(2020, 6, 1);
    private static readonly IReadOnlyList<RegionCode> Regencies = [.. Reference.Map.GetRegencies(June1).Select(r => r.Code)];

    // One participant a region, the June 2020 window, a curriculum of 4 JP unless given.
    private static Programme Programme(LocalDate start, LocalDate end, params Module[] curriculum) =>
        new ProgrammeBuilder()
            .WithCurriculum(curriculum.Length == 0 ? [ProgrammeBuilder.Module("M1", 2), ProgrammeBuilder.Module("M2", 2)] : curriculum)
            .WithTotalJp(curriculum.Length == 0 ? 4 : curriculum.Sum(m => m.Jp.Value))
            .WithPhases(ProgrammeBuilder.Phase("k", start, end));

    private static PlanningRequest CapacityOneWith500Regions() =>
        new PlanningRequest(Programme(June1, new LocalDate(2020, 6, 30)), "k", 1).ForRegions(Regencies.Take(500));

    private static PlanningRequest OneDayWindow() =>
        new PlanningRequest(Programme(new LocalDate(2020, 6, 15), new LocalDate(2020, 6, 15)), "k", 20);

    // 40 JP (five days at the daily limit) for every regency, ten seats a class: more class-days than June has.
    private static PlanningRequest CurriculumLongerThanAnyWorkingDay() =>
        new PlanningRequest(Programme(June1, new LocalDate(2020, 6, 30), ProgrammeBuilder.Module("M1", 40)), "k", 10);

    // 10,160 regions: twenty copies of the national round at 140 centres, three working days, 100 seats a class.
    private static PlanResult TenThousandRegions()
    {
        var synthetic = PlannerInstances.Synthetic(20);
        var problem = PlanningProblem.Create(synthetic.Request.With(classCapacity: 100), synthetic.Centres, synthetic.Units, synthetic.WorkingDays.Take(3));
        return PlannerInstances.Planner.Solve(problem);
    }

    private static readonly (string Name, Func<PlanResult> Plan)[] Adversarial =
    [
        ("capacity 1, 500 regions", () => PlannerReference.Planner.Plan(CapacityOneWith500Regions())),
        ("one-day window", () => PlannerReference.Planner.Plan(OneDayWindow())),
        ("curriculum longer than any working day", () => PlannerReference.Planner.Plan(CurriculumLongerThanAnyWorkingDay())),
        ("10,000 regions", TenThousandRegions),
    ];

    [Fact]
    public void AdversarialRequests_EndWithAShortfallReport_AndPlanTheSameAt1And16Threads()
    {
        var sequential = Adversarial.Select(a => (a.Name, Plan: a.Plan())).ToList();

        foreach (var (name, plan) in sequential)
        {
            plan.Shortfalls.Should().NotBeEmpty("{0} cannot be planned whole", name);
            plan.Shortfalls.Select(s => s.Code).Should().NotContain(TimeBudgetExhausted, "{0} ends well within the default budget", name);
            plan.UnplannedRegions.Should().NotBeEmpty();
        }

        var concurrent = new string[16];
        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => concurrent[i] = Describe(Adversarial[i % Adversarial.Length].Plan()));
        concurrent.Should().Equal(Enumerable.Range(0, 16).Select(i => Describe(sequential[i % sequential.Count].Plan)));
    }

    [Fact]
    public void Plan_WhenTheBudgetRunsOut_ReturnsWhatWasPlacedWithTheShortfall_TheSameEachTime()
    {
        // A clock that moves a second each time it is read: the 10-second budget runs out after 10 reads (160 steps).
        PlanResult Run() => new SchedulePlanner(Reference.Map, Reference.Bdi, CalendarReference.Embedded) { Time = new SteppingClock(TimeSpan.FromSeconds(1)) }
            .Plan(CapacityOneWith500Regions().WithTimeBudget(Duration.FromSeconds(10)));

        var plan = Run();

        var exhausted = plan.Shortfalls.Should().ContainSingle(s => s.Code == TimeBudgetExhausted).Subject;
        exhausted.Details["Seconds"].Should().Be(10m);
        ((int)exhausted.Details["UnplannedRegions"]!).Should().BePositive();
        plan.Schedule.Sessions.Should().NotBeEmpty("what was placed before the budget ran out is kept");
        plan.UnplannedRegions.Should().NotBeEmpty();
        var errors = new ScheduleValidator(Reference.Map, Reference.Bdi, CalendarReference.Embedded).Validate(plan.Schedule).Errors
            .Where(e => e.Severity == FluentValidation.Severity.Error && e.ErrorCode != ScheduleRuleCodes.RegionNotCovered);
        errors.Should().BeEmpty("a plan cut short still breaks no rule");
        Describe(Run()).Should().Be(Describe(plan));
    }

    [Fact]
    public void Plan_WhenCancelledBeforeOrDuring_Throws()
    {
        using var before = new CancellationTokenSource();
        before.Cancel();
        using var during = new CancellationTokenSource();
        var planner = new SchedulePlanner(Reference.Map, Reference.Bdi, CalendarReference.Embedded) { Time = new SteppingClock(TimeSpan.Zero, onRead: 3, during.Cancel) };

        FluentActions.Invoking(() => planner.Plan(CapacityOneWith500Regions(), before.Token)).Should().Throw<OperationCanceledException>();
        FluentActions.Invoking(() => planner.Plan(CapacityOneWith500Regions(), during.Token)).Should().Throw<OperationCanceledException>();
        planner.Plan(OneDayWindow(), CancellationToken.None).Shortfalls.Should().NotBeEmpty();
    }

    [Fact]
    public void ISchedulePlanner_AHostsPlannerWithoutTheOverload_ChecksTheTokenFirst()
    {
        ISchedulePlanner host = new HostPlanner();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        FluentActions.Invoking(() => host.Plan(OneDayWindow(), cancelled.Token)).Should().Throw<OperationCanceledException>();
        host.Plan(OneDayWindow(), CancellationToken.None).Shortfalls.Should().NotBeEmpty();
    }

    [Fact]
    public void WithTimeBudget_TakesAPositiveBudgetUpToADay_AndCopiesKeepIt()
    {
        var request = OneDayWindow();

        request.TimeBudget.Should().Be(PlanningRequest.DefaultTimeBudget).And.Be(Duration.FromSeconds(60));
        request.WithTimeBudget(Duration.FromSeconds(5)).With(classCapacity: 30).TimeBudget.Should().Be(Duration.FromSeconds(5));
        request.WithTimeBudget(PlanningRequest.MaxTimeBudget).TimeBudget.Should().Be(Duration.FromDays(1));
        foreach (var bad in new[] { Duration.Zero, Duration.FromSeconds(-1), Duration.FromDays(1) + Duration.Epsilon })
        {
            FluentActions.Invoking(() => request.WithTimeBudget(bad)).Should().Throw<ArgumentOutOfRangeException>();
        }
    }

    [Fact]
    public void TimeBudgetExhausted_IsAPlanningRuleWithBothTexts()
    {
        var rule = PlanningRules.Get(TimeBudgetExhausted);

        rule.Severity.Should().Be(FluentValidation.Severity.Error);
        PlanningRules.All.Should().Contain(rule);
    }

    private static string Describe(PlanResult plan) =>
        $"{plan.Cost.Objective}|{string.Join(";", plan.Schedule.Sessions.Select(s => $"{s.Id}@{s.Days[0].Date}+{s.Days.Count}:{string.Join(",", s.Regions)}"))}" +
        $"|{string.Join(";", plan.Shortfalls.Select(s => s.Format(Bimtek.Domain.Common.RuleLanguage.English)))}|{string.Join(",", plan.UnplannedRegions)}";

    // A clock the test moves: each read advances it by a step; the n-th read may also run an action (a cancellation).
    private sealed class SteppingClock(TimeSpan step, int onRead = -1, Action? action = null) : TimeProvider
    {
        private long _now;
        private int _reads;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp()
        {
            if (++_reads == onRead)
            {
                action?.Invoke();
            }

            return Interlocked.Add(ref _now, step.Ticks);
        }
    }

    private sealed class HostPlanner : ISchedulePlanner
    {
        public PlanResult Plan(PlanningRequest request) => PlannerReference.Planner.Plan(request);
    }
}

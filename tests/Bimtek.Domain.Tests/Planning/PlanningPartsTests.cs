using Bimtek.Domain.Common;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using NodaTime;

namespace Bimtek.Domain.Tests.Planning;

// The planner's small parts, each on its own: the agenda frame's guards, the time budget's clock reads, a unit's clock
// bit, a block's label and a class before it is timetabled.
public class PlanningPartsTests
{
    [Fact]
    public void PlanningAgenda_TakesZeroToFourHours_AndNamesTheBlockOutsideThem()
    {
        var agenda = new PlanningAgenda(Duration.Zero, Duration.FromHours(4), Duration.FromMinutes(1), Duration.FromMinutes(15));
        (agenda.Opening, agenda.PreTest, agenda.PostTest, agenda.Closing, agenda.Provenance)
            .Should().Be((Duration.Zero, Duration.FromHours(4), Duration.FromMinutes(1), Duration.FromMinutes(15), Provenance.HostSupplied));

        FluentActions.Invoking(() => new PlanningAgenda(Duration.FromMinutes(-1), Duration.Zero, Duration.Zero, Duration.Zero))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("opening").WithMessage("The opening block must last between 0 and 4 hours.*");
        FluentActions.Invoking(() => new PlanningAgenda(Duration.Zero, Duration.Zero, Duration.Zero, Duration.FromHours(4) + Duration.Epsilon))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("closing").WithMessage("The closing block must last between 0 and 4 hours.*");
    }

    [Fact]
    public void PlanningAgenda_WhenTheProvenanceIsNoValue_ThrowsNamingIt()
    {
        FluentActions.Invoking(() => new PlanningAgenda(Duration.Zero, Duration.Zero, Duration.Zero, Duration.Zero, (Provenance)42))
            .Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("provenance").WithMessage("Not a Provenance value.*");
        new PlanningAgenda(Duration.Zero, Duration.Zero, Duration.Zero, Duration.Zero, Provenance.Assumed).Provenance.Should().Be(Provenance.Assumed);
    }

    [Fact]
    public void PlanningBudget_ReadsTheClockEverySixteenSteps_AndIsSpentWhenTheBudgetIsReachedExactly()
    {
        var clock = new ManualClock();
        var budget = new PlanningBudget(TimeSpan.FromSeconds(10), clock, CancellationToken.None);
        clock.Now = TimeSpan.FromSeconds(10);

        var answers = Enumerable.Range(0, PlanningBudget.ClockEvery).Select(_ => budget.Spend()).ToList();

        answers.Take(PlanningBudget.ClockEvery - 1).Should().OnlyContain(spent => !spent, "the clock is read on the 16th step only");
        answers[^1].Should().BeTrue("10 s of a 10-s budget have elapsed");
        clock.Reads.Should().Be(2, "once at the start, once on the 16th step");
        budget.IsSpent.Should().BeTrue();
        budget.Budget.Should().Be(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void PlanningBudget_BeforeTheBudgetIsReached_IsNotSpent_AndOnceSpentReadsNoMoreClock()
    {
        var clock = new ManualClock();
        var budget = new PlanningBudget(TimeSpan.FromSeconds(10), clock, CancellationToken.None);
        clock.Now = TimeSpan.FromSeconds(10) - TimeSpan.FromTicks(1);

        Enumerable.Range(0, 2 * PlanningBudget.ClockEvery).Select(_ => budget.Spend()).ToList().Should().OnlyContain(spent => !spent);
        clock.Reads.Should().Be(3);

        clock.Now = TimeSpan.FromSeconds(11);
        Enumerable.Range(0, PlanningBudget.ClockEvery).Select(_ => budget.Spend()).ToList()[^1].Should().BeTrue();
        Enumerable.Range(0, 3 * PlanningBudget.ClockEvery).Select(_ => budget.Spend()).ToList().Should().OnlyContain(spent => spent, "once spent it stays spent");
        clock.Reads.Should().Be(4, "a spent budget reads no clock");
    }

    [Fact]
    public void PlanningBudget_WhenCancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var budget = new PlanningBudget(TimeSpan.FromSeconds(10), new ManualClock(), cancellation.Token);
        budget.Spend().Should().BeFalse();

        cancellation.Cancel();

        budget.Invoking(b => b.Spend()).Should().Throw<OperationCanceledException>();
    }

    [Theory]
    [InlineData(-12, 1)]
    [InlineData(0, 1 << 12)]
    [InlineData(7, 1 << 19)]
    [InlineData(8, 1 << 20)]
    [InlineData(9, 1 << 21)]
    [InlineData(14, 1 << 26)]
    public void PlanningUnit_ClockBit_IsOneBitPerOffsetFromUtcMinus12(int offsetHours, int bit)
    {
        PlanningUnit.ClockBit(offsetHours).Should().Be(bit);
    }

    [Fact]
    public void PlanningUnit_ReadsItsZonesOffset_WithPontianakOnJakartasClock()
    {
        var code = Reference.Code("61.71");

        new PlanningUnit(code, code.Province, CalendarReference.Pontianak, 0, 1).OffsetHours.Should().Be(7);
        new PlanningUnit(code, code.Province, CalendarReference.Jayapura, 0, 1).OffsetHours.Should().Be(9);
    }

    [Fact]
    public void AgendaBlock_IsLabelledByItsModule_ElseByItsKind()
    {
        var teaching = new AgendaBlock(AgendaItemKind.Teaching, Duration.FromMinutes(45), "M1");
        var opening = new AgendaBlock(AgendaItemKind.Opening, Duration.FromMinutes(30), null);

        (teaching.Label, teaching.IsTeaching).Should().Be(("M1", true));
        (opening.Label, opening.IsTeaching).Should().Be(("Opening", false));
    }

    [Fact]
    public void PlannedClass_BeforeItIsTimetabled_HasNoIdNoDaysAndIsNotScheduled()
    {
        var planned = new PlannedClass(2, [4, 1]);

        (planned.Centre, planned.Id, planned.FirstDay, planned.Room, planned.DayCount, planned.IsScheduled).Should().Be((2, string.Empty, -1, 0, 0, false));
        planned.Units.Should().Equal(4, 1);
        planned.Days.Should().BeEmpty();
        planned.Dates.Should().BeEmpty();
        planned.Places.Should().BeNull();
        planned.FirstDay = 0;
        planned.IsScheduled.Should().BeTrue();
    }

    // A clock that stands where the test puts it, counting its reads.
    private sealed class ManualClock : TimeProvider
    {
        public TimeSpan Now { get; set; }

        public int Reads { get; private set; }

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp()
        {
            Reads++;
            return Now.Ticks;
        }
    }
}

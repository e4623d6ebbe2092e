using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using NodaTime;

namespace Bimtek.Domain.Tests.Planning;

// The packer driven directly: a WIB centre, hours 08:00–16:00 with a 12:00–13:00 rest on Monday to Thursday only (a
// Friday or a weekend day has no window), 60-minute lessons, so every block's place can be worked out by hand.
public class AgendaPackerTests
{
    private static readonly DateTimeZone Wib = DateTimeZoneProviders.Tzdb["Asia/Jakarta"];
    private static readonly int WibClock = PlanningUnit.ClockBit(7);
    private static readonly LocalDate Mon8 = new(2020, 6, 8);
    private static readonly LocalDate Tue9 = new(2020, 6, 9);
    private static readonly LocalDate Wed10 = new(2020, 6, 10);
    private static readonly LocalDate Thu11 = new(2020, 6, 11);
    private static readonly LocalDate Fri12 = new(2020, 6, 12);
    private static readonly LocalDate Sat13 = new(2020, 6, 13);
    private static readonly LocalDate Sun14 = new(2020, 6, 14);
    private static readonly LocalDate Mon15 = new(2020, 6, 15);
    private static readonly LocalDate Tue16 = new(2020, 6, 16);
    private static readonly LocalDate Wed17 = new(2020, 6, 17);

    internal static WorkingCalendar MondayToThursday(params WorkingHoursRule[] more) =>
        new(
            WorkingCalendar.EmbeddedHolidays(),
            [new WorkingHoursRule([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday], new LocalTimeRange(new LocalTime(8, 0), new LocalTime(16, 0)), new LocalTimeRange(new LocalTime(12, 0), new LocalTime(13, 0)), "Test hours"), .. more],
            null,
            Duration.FromMinutes(60));

    private static TrainingCentre Jakarta => Reference.Bdi.FindCentre(Reference.Centre("BDI-JKT"))!;

    private static AgendaBlock Jp(string module = "M1") => new(AgendaItemKind.Teaching, Duration.FromMinutes(60), module);

    private static List<AgendaBlock> Teaching(int jp, params AgendaBlock[] after) => [.. Enumerable.Repeat(Jp(), jp), .. after];

    private static AgendaPacker Packer(IReadOnlyList<LocalDate> days, IReadOnlyList<AgendaBlock> blocks, int maxJp = 4) =>
        new(MondayToThursday(), days, blocks, maxJp);

    private static Packing Pack(AgendaPacker packer, int start) => packer.Pack(Jakarta, WibClock, [Wib], start);

    private static IEnumerable<(int Day, LocalTime Start)> Places(Packing packing) => packing.Blocks.Select(b => (b.Day, b.Start));

    [Fact]
    public void Pack_LaysBlocksInOrder_NeverAcrossTheRest_AndStopsTeachingAtTheDailyLimit()
    {
        var opening = new AgendaBlock(AgendaItemKind.Opening, Duration.FromMinutes(30), null);
        var closing = new AgendaBlock(AgendaItemKind.Closing, Duration.FromMinutes(30), null);
        var packer = Packer([Mon8, Tue9], [opening, .. Teaching(6), closing]);

        var packing = Pack(packer, 0);

        packing.Fits.Should().BeTrue();
        packing.DayCount.Should().Be(2);
        Places(packing).Should().Equal(
            (0, new LocalTime(8, 0)), (0, new LocalTime(8, 30)), (0, new LocalTime(9, 30)), (0, new LocalTime(10, 30)),
            (0, new LocalTime(13, 0)), // 11:30 + 60 min would cross the 12:00 rest; the 4th JP is the day's last
            (1, new LocalTime(8, 0)), (1, new LocalTime(9, 0)), (1, new LocalTime(10, 0)));
        packing.Blocks[4].Interval.Should().Be(CalendarReference.Local(Wib, Mon8, 13, 0, 14, 0));
    }

    [Fact]
    public void Pack_WhenADayHasNoWindow_SkipsIt_AndCountsItInTheDaysHeld()
    {
        var packer = Packer([Thu11, Fri12, Mon15], Teaching(6));

        var packing = Pack(packer, 0);

        packing.DayCount.Should().Be(3);
        Places(packing).Should().Equal(
            (0, new LocalTime(8, 0)), (0, new LocalTime(9, 0)), (0, new LocalTime(10, 0)), (0, new LocalTime(11, 0)),
            (2, new LocalTime(8, 0)), (2, new LocalTime(9, 0)));
    }

    [Fact]
    public void Pack_AfterTwoEmptyDaysStillTries_ButAThirdInARowMakesTheBlockTooLong()
    {
        var packer = Packer([Fri12, Sat13, Sun14, Mon15], Teaching(1));

        var fromFriday = Pack(packer, 0);
        var fromSaturday = Pack(packer, 1);

        fromFriday.Fits.Should().BeFalse();
        fromFriday.Unplaceable.Should().Be(Jp());
        fromFriday.Date.Should().Be(Sun14);
        fromFriday.Longest.Should().Be(Duration.Zero, "Sunday has no window at all");
        fromFriday.DayCount.Should().Be(0);
        fromSaturday.Fits.Should().BeTrue();
        fromSaturday.DayCount.Should().Be(3);
        Places(fromSaturday).Should().Equal((2, new LocalTime(8, 0)));
    }

    [Fact]
    public void Fewest_StopsAtTheFirstStartWhoseBlockFitsNoDay()
    {
        // From Friday the block meets three empty days: too long, so no later start is tried (from Saturday it would fit).
        var packer = Packer([Fri12, Sat13, Sun14, Mon15], Teaching(1));

        packer.Fewest(Jakarta, WibClock, [Wib]).Should().Be((0, 0));
    }

    [Fact]
    public void Pack_CountsOnlyEmptyDaysAfterTheLastPlacedDay_FromAnyStart()
    {
        // From Tuesday: 4 JP on Tuesday, Friday and Saturday empty (two, not three), the last 2 JP on Wednesday the 17th.
        var packer = Packer([Mon8, Tue9, Fri12, Sat13, Wed17], Teaching(6));

        var packing = Pack(packer, 1);

        packing.Fits.Should().BeTrue();
        packing.DayCount.Should().Be(4);
        Places(packing).Select(p => p.Day).Should().Equal(0, 0, 0, 0, 3, 3);
    }

    [Fact]
    public void Pack_WhenABlockIsLongerThanEveryStretch_ReportsTheLongestStretchOfTheThirdDay()
    {
        var opening = new AgendaBlock(AgendaItemKind.Opening, Duration.FromHours(5), null);
        var packer = Packer([Mon8, Tue9, Wed10], [opening]);

        var packing = Pack(packer, 0);

        packing.Unplaceable.Should().Be(opening);
        packing.Date.Should().Be(Wed10);
        packing.Longest.Should().Be(Duration.FromHours(4), "the morning 08:00–12:00, not the 3-hour afternoon");
    }

    [Fact]
    public void Pack_WhenTheAgendaRunsPastTheWindow_GivesTheDaysUsedAndAtLeastTheRemainingJpAtTheDailyLimit()
    {
        // From Tuesday: 4 JP Tuesday, 4 Wednesday, then the window ends with 12 JP and the closing left: 2 days used,
        // 2 + ⌈12 / 4⌉ = 5 needed (the closing is not teaching).
        var closing = new AgendaBlock(AgendaItemKind.Closing, Duration.FromMinutes(30), null);
        var packer = Packer([Mon8, Tue9, Wed10], Teaching(20, closing));

        var packing = Pack(packer, 1);

        packing.Fits.Should().BeFalse();
        packing.Unplaceable.Should().BeNull();
        packing.DayCount.Should().Be(2);
        packing.Needed.Should().Be(5);
    }

    [Fact]
    public void Pack_WhenOnlyFrameBlocksRemainPastTheWindow_NeedsAtLeastOneMoreDay()
    {
        // A 4-hour closing after the morning's 4 JP does not fit the 3-hour afternoon: one more day, though no JP is left.
        var closing = new AgendaBlock(AgendaItemKind.Closing, Duration.FromHours(4), null);
        var packer = Packer([Mon8], Teaching(4, closing));

        var packing = Pack(packer, 0);

        packing.DayCount.Should().Be(1);
        packing.Needed.Should().Be(2);
    }

    [Fact]
    public void Fewest_GivesTheFewestDaysOfAnyStart_AndTheEarliestFinish()
    {
        // 6 JP at 4 a day: from Monday 8th two days (finish 2); from Tuesday three (Friday is empty; finish 4); from
        // Friday three (finish 5); from Monday 15th two (finish 5); from Tuesday 16th it runs past the window.
        var packer = Packer([Mon8, Tue9, Fri12, Mon15, Tue16], Teaching(6));

        Enumerable.Range(0, 5).Select(s => Pack(packer, s)).Select(p => (p.Fits, p.DayCount)).Should().Equal((true, 2), (true, 3), (true, 3), (true, 2), (false, 1));
        packer.Fewest(Jakarta, WibClock, [Wib]).Should().Be((2, 2));
    }

    [Fact]
    public void Fewest_TakesTheMinimumOverStarts_NotTheFirstOrLastFit()
    {
        // From Tuesday 9th (three days: Friday is empty), from Monday 15th two days: fewest 2, earliest finish 1 + 3 = 4.
        var packer = Packer([Tue9, Fri12, Mon15, Tue16, Wed17], Teaching(6));

        Enumerable.Range(0, 5).Select(s => Pack(packer, s)).Select(p => (p.Fits, p.DayCount)).Should().Equal((true, 3), (true, 3), (true, 2), (true, 2), (false, 1));
        packer.Fewest(Jakarta, WibClock, [Wib]).Should().Be((2, 3));
    }

    [Fact]
    public void OwnHoursId_GivesZeroForNoPlaces_AndOneIdPerSetOfPlaces_WhateverTheirOrder()
    {
        var packer = Packer([Mon8], Teaching(1));
        var sleman = (Reference.Code("34.04"), Wib);
        var bantul = (Reference.Code("34.02"), Wib);
        var kulonProgo = (Reference.Code("34.01"), Wib);

        packer.OwnHoursId(null).Should().Be(0);
        packer.OwnHoursId([]).Should().Be(0);
        var both = packer.OwnHoursId([sleman, bantul, sleman]);
        both.Should().Be(1);
        packer.OwnHoursId([bantul, sleman]).Should().Be(1);
        packer.OwnHoursId([kulonProgo]).Should().Be(2);
        packer.OwnHoursOf(both).Select(p => p.Region).Should().Equal(Reference.Code("34.02"), Reference.Code("34.04"));
        packer.OwnHoursOf(0).Should().BeEmpty();
    }
}

using Bimtek.Domain.Planning;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Testing;
using NodaTime;

namespace Bimtek.Domain.Tests.Planning;

// Each step of the grouping search pinned on instances small enough to work out by hand, and the grouping's choices where
// two plans tie on classes: which provinces share a class, in which order.
public class ClassGroupingTests
{
    private static readonly int Wib = PlanningUnit.ClockBit(7);

    private static DateTimeZone Zone(int offset) => offset switch
    {
        7 => CalendarReference.Jakarta,
        8 => CalendarReference.Makassar,
        _ => CalendarReference.Jayapura,
    };

    // Regions given as "code:participants@offset"; the province is the code's.
    private static List<PlanningUnit> Units(params string[] regions) =>
    [
        .. regions.Select(text =>
        {
            var (code, rest) = (text[..text.IndexOf(':')], text[(text.IndexOf(':') + 1)..]);
            var parts = rest.Split('@');
            var region = RegionCode.Parse(code);
            return new PlanningUnit(region, region.Province, Zone(parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 7), 0, int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture));
        }),
    ];

    private static List<int> All(List<PlanningUnit> units) => [.. Enumerable.Range(0, units.Count)];

    // Classes written as their regions' codes, for assertions that read like the plan.
    private static List<string> Codes(List<PlanningUnit> units, IEnumerable<List<int>>? classes) =>
        classes is null ? [] : [.. classes.Select(c => string.Join(" ", c.Select(i => units[i].Region)))];

    // Days a class needs on a set of clocks (the grouping tests' stand-in for the packer): one more for each clock beyond
    // the first, and one more again with WIT.
    internal static int DaysOf(int clocks) =>
        System.Numerics.BitOperations.PopCount((uint)clocks) + ((clocks & PlanningUnit.ClockBit(9)) != 0 ? 1 : 0);

    [Fact]
    public void Provinces_GroupsRegionsByProvinceInCodeOrder_ClockByClock()
    {
        var units = Units("12.02:1", "11.01:1@8", "12.01:1", "13.01:1", "11.02:1@8");

        var provinces = ClassGrouping.Provinces(units, [0, 1, 2, 3, 4]);

        Codes(units, provinces).Should().Equal("12.01 12.02", "13.01", "11.01 11.02");
    }

    [Fact]
    public void InRegionOrder_SortsEachClassAndTheClassesByTheirFirstRegion()
    {
        var units = Units("12.02:1", "11.01:1", "12.01:1", "11.02:1");

        var classes = ClassGrouping.InRegionOrder(units, [[0, 2], [3, 1]]);

        Codes(units, classes).Should().Equal("11.01 11.02", "12.01 12.02");
    }

    [Fact]
    public void WholeProvinces_PutsTheLargestFirst_EachIntoTheFullestClassItFitsExactly()
    {
        // 10, then 7 (no room beside the 10), then 3 filling the 7 to exactly 10.
        var units = Units("11.01:3", "12.01:7", "13.01:10");

        Codes(units, ClassGrouping.WholeProvinces(units, [[0], [1], [2]], 10)).Should().Equal("13.01", "12.01 11.01");
        ClassGrouping.WholeProvinces(units, [[0], [1], [2]], 9).Should().BeNull("13 sends more than a class holds");
    }

    [Fact]
    public void WholeProvinces_OfEqualSize_GoInProvinceOrder()
    {
        var units = Units("13.01:4", "11.01:4", "12.01:4");

        Codes(units, ClassGrouping.WholeProvinces(units, [[0], [1], [2]], 8)).Should().Equal("11.01 12.01", "13.01");
    }

    [Theory]
    // A later class on the province's clock beats an earlier, fuller one on another clock.
    [InlineData("11.01:6@8 12.01:5 13.01:3", 10, "11.01|12.01 13.01")]
    // An earlier class on the province's clock beats a later one on another clock.
    [InlineData("11.01:6 12.01:5@8 13.01:3", 10, "11.01 13.01|12.01")]
    // Two classes on other clocks: the fuller wins, even the later one.
    [InlineData("11.01:6 12.01:5@8 13.01:3@8 14.01:1@9", 10, "11.01|12.01 13.01 14.01")]
    // Two classes on other clocks, as full as each other: the earlier wins.
    [InlineData("11.01:5 12.01:5 13.01:4@8", 9, "11.01 13.01|12.01")]
    // A province no class has room for opens one.
    [InlineData("11.01:5 12.01:5@8 13.01:4@8 14.01:3 15.01:1 16.01:1@8", 9, "11.01 14.01 15.01|12.01 13.01|16.01")]
    // Two classes on the province's clock: the fuller wins, even the later one.
    [InlineData("11.01:7 12.01:5 13.01:5 14.01:1", 11, "11.01|12.01 13.01 14.01")]
    public void WholeProvinces_PrefersAClassOnTheSameClock_ThenTheFullest(string regions, int capacity, string expected)
    {
        var units = Units(regions.Split(' '));

        var classes = ClassGrouping.WholeProvinces(units, [.. units.Select((_, i) => new List<int> { i })], capacity);

        string.Join("|", Codes(units, classes)).Should().Be(expected);
    }

    [Fact]
    public void Merge_JoinsTheSmallestNeighboursUntilTwelveItemsAreLeft()
    {
        var sizes = new[] { 5, 5, 5, 5, 5, 5, 1, 1, 5, 5, 5, 1, 1 };
        var units = Units([.. sizes.Select((s, i) => $"{11 + i}.01:{s}")]);

        var items = ClassGrouping.Merge(units, [.. units.Select((_, i) => new List<int> { i })]);

        items.Should().HaveCount(12);
        items.Select(i => i.Count).Should().Equal(1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1);
        Codes(units, items)[6].Should().Be("17.01 18.01", "the first of the two smallest pairs");
    }

    [Fact]
    public void Merge_JoinsNeighboursOnOneClockBeforeASmallerPairAcrossClocks()
    {
        var units = Units([.. Enumerable.Range(0, 12).Select(i => $"{11 + i}.01:3"), "23.01:1@8"]);

        var items = ClassGrouping.Merge(units, [.. units.Select((_, i) => new List<int> { i })]);

        Codes(units, items).Should().Equal(["11.01 12.01", .. Enumerable.Range(2, 11).Select(i => $"{11 + i}.01")]);
    }

    [Fact]
    public void Merge_LeavesTwelveItemsAsTheyAre()
    {
        var units = Units([.. Enumerable.Range(0, 12).Select(i => $"{11 + i}.01:1")]);

        ClassGrouping.Merge(units, [.. units.Select((_, i) => new List<int> { i })]).Should().HaveCount(12);
    }

    [Fact]
    public void InOrder_Evenly_FillsEachClassToItsShareOfWhatIsLeft()
    {
        var units = Units([.. Enumerable.Range(1, 9).Select(r => $"11.{r:00}:1")]);

        ClassGrouping.InOrder(units, All(units), 10, 3, evenly: true).Select(c => c.Count).Should().Equal(3, 3, 3);
        ClassGrouping.InOrder(units, All(units), 10, 2, evenly: true).Select(c => c.Count).Should().Equal(5, 4);
        ClassGrouping.InOrder(units, All(units), 4, 2, evenly: false).Select(c => c.Count).Should().Equal(4, 4, 1);
        ClassGrouping.InOrder(units, All(units), 4, 2, evenly: true).Select(c => c.Count).Should().Equal(4, 4, 1); // a tail that does not fit opens a class
    }

    [Fact]
    public void Tight_FillsEachClassToCapacity_CuttingAProvinceFirstFit()
    {
        var units = Units("11.01:4", "11.02:4", "12.01:3", "12.02:2", "12.03:1");

        Codes(units, ClassGrouping.Tight(units, All(units), 6)).Should().Equal("11.01", "11.02 12.02", "12.01 12.03");
        ClassGrouping.Tight(units, [], 6).Should().BeEmpty();
    }

    [Fact]
    public void FirstFitDecreasing_PutsTheLargestRegionsFirst_TiesInCodeOrder_IntoTheFirstClassWithRoom()
    {
        var units = Units("11.01:3", "11.02:5", "11.03:5", "11.04:2");

        Codes(units, ClassGrouping.FirstFitDecreasing(units, All(units), 10)).Should().Equal("11.02 11.03", "11.01 11.04");
    }

    [Fact]
    public void Cost_WeighsClassesSplitsAndTheDaysOfEachClassesClocks()
    {
        // Two classes; province 12 in both (one split); online each class is on WIB and WITA: 2 days each.
        var units = Units("11.01:1", "12.01:1@8", "12.02:1@8");
        List<List<int>> classes = [[0, 1], [2]];

        ClassGrouping.Cost(units, classes, Wib, online: true, DaysOf, ClassGrouping.Objective).Should().Be((2 * 1_000_000) + 10_000 + (4 * 100));
        ClassGrouping.Cost(units, classes, Wib, online: false, DaysOf, ClassGrouping.Objective).Should().Be((2 * 1_000_000) + 10_000 + (2 * 100));
        ClassGrouping.Cost(units, classes, Wib, online: true, DaysOf, ClassGrouping.DaysFirst).Should().Be((2 * 1_000_000_000L) + 1 + (4 * 1_000));
    }

    [Fact]
    public void BestFill_WhenFillsTie_KeepsTheEvenFill()
    {
        // 12 participants at 4 seats: the bound is 3, no fill reaches it; the even fill, in order to capacity and first fit
        // decreasing all cost 4 classes, a split and 9 class-days. The even fill is tried first and kept.
        var units = Units("12.01:3", "13.01:3@8", "11.01:3@9", "11.02:2@9", "11.03:1@9");

        var (cost, classes) = ClassGrouping.BestFill(units, All(units), 4, Wib, online: true, DaysOf, ClassGrouping.Objective);

        cost.Should().Be(4_010_900);
        Codes(units, classes).Should().Equal("12.01", "13.01", "11.01", "11.02 11.03");
    }

    [Fact]
    public void BestFill_WhenTheEvenFillNeedsAClassMore_TakesTheFillThatDoesNot()
    {
        // 3 + 3 + 2 + 2 at 5 seats: in order (evenly, tightly, to capacity) the regions need 3 classes; first fit decreasing 2.
        var units = Units("11.01:3", "12.01:3", "13.01:2", "14.01:2");

        var (cost, classes) = ClassGrouping.BestFill(units, All(units), 5, Wib, online: true, DaysOf, ClassGrouping.Objective);

        Codes(units, classes).Should().Equal("11.01 13.01", "12.01 14.01");
        cost.Should().Be((2 * 1_000_000) + (2 * 100));
    }

    [Fact]
    public void Group_WhenWholeProvincesFillTheFewestClasses_KeepsTheBestFitOfWholeProvinces()
    {
        // Provinces of 3, 3, 2 and 2 one-participant regions at 5 seats, all on the centre's clock: 2 classes, no split.
        // Best fit pairs 11 with 13 and 12 with 14; the search would pair 11 with 14, as good a plan but another one.
        var units = Units("11.01:1", "11.02:1", "11.03:1", "12.01:1", "12.02:1", "12.03:1", "13.01:1", "13.02:1", "14.01:1", "14.02:1");

        var classes = ClassGrouping.Group(units, All(units), 5, Wib, online: true, DaysOf);

        Codes(units, classes).Should().Equal("11.01 11.02 11.03 13.01 13.02", "12.01 12.02 12.03 14.01 14.02");
    }

    [Fact]
    public void Group_TradesSplitsForDaysOnlyWhenAskedToRepair()
    {
        // At 7 seats: 13 (WIT) beside two WITA regions costs a 4-day class; with days first, 14 is cut twice instead.
        var units = Units("11.01:4@8", "11.02:1@8", "11.03:2@8", "12.01:4@8", "12.02:4@8", "13.01:3@9", "14.01:1@8", "14.02:3@8");

        var objective = ClassGrouping.Group(units, All(units), 7, Wib, online: true, DaysOf);
        var daysFirst = ClassGrouping.Group(units, All(units), 7, Wib, online: true, DaysOf, daysFirst: true);

        Codes(units, objective).Should().Equal("11.01 11.02 11.03", "12.01", "12.02", "13.01 14.01 14.02");
        Codes(units, daysFirst).Should().Equal("11.01 11.02 11.03", "12.01 14.02", "12.02 14.01", "13.01");
        ClassGrouping.SplitProvinces(units, objective).Should().Be(1);
        ClassGrouping.SplitProvinces(units, daysFirst).Should().Be(2);
    }

    [Fact]
    public void Group_OfNoRegions_IsNoClass()
    {
        ClassGrouping.Group(Units("11.01:1"), [], 5, Wib, online: true, DaysOf).Should().BeEmpty();
    }
}

using Bimtek.Domain.Planning;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Testing;
using NodaTime;
using static Bimtek.Domain.Tests.Planning.ClassGroupingTests;

namespace Bimtek.Domain.Tests.Planning;

// The grouping search prices each of a centre's 2^n parts on arrays (ClassGrouping.Fill) and builds only the chosen parts
// with lists (BestFill). The two must agree on every part, or the search optimises a cost the plan does not have.
public class ClassGroupingFillTests
{
    private static readonly DateTimeZone[] Clocks = [CalendarReference.Jakarta, CalendarReference.Makassar, CalendarReference.Jayapura];

    // A centre of 1–6 provinces on random clocks, each of 1–4 regions of 1–6 participants, the capacity at least the
    // largest region; the items are the provinces, some merged with their neighbour as ClassGrouping.Merge does.
    private static (List<PlanningUnit> Units, List<List<int>> Items, int Capacity) Instance(Random random)
    {
        var units = new List<PlanningUnit>();
        var provinces = random.Next(1, 7);
        for (var p = 0; p < provinces; p++)
        {
            var province = RegionCode.Parse($"{11 + p}");
            var zone = Clocks[random.Next(Clocks.Length)];
            var regions = random.Next(1, 5);
            for (var r = 1; r <= regions; r++)
            {
                units.Add(new PlanningUnit(RegionCode.Parse($"{11 + p}.{r:00}"), province, zone, 0, random.Next(1, 7)));
            }
        }

        var capacity = random.Next(units.Max(u => u.Participants), 16);
        var items = new List<List<int>>();
        foreach (var province in ClassGrouping.Provinces(units, [.. Enumerable.Range(0, units.Count)]))
        {
            if (items.Count > 0 && random.Next(4) == 0)
            {
                items[^1].AddRange(province);
            }
            else
            {
                items.Add(province);
            }
        }

        return (units, items, capacity);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void Cost_OfEveryPart_IsTheCostOfTheClassesBestFillBuilds(int seed, bool daysFirst)
    {
        var random = new Random(seed);
        var weights = daysFirst ? ClassGrouping.DaysFirst : ClassGrouping.Objective;
        var parts = 0;
        for (var instance = 0; instance < 150; instance++)
        {
            var (units, items, capacity) = Instance(random);
            var centre = PlanningUnit.ClockBit(random.Next(7, 9));
            var online = random.Next(3) > 0;
            var fill = new ClassGrouping.Fill(units, items, capacity, centre, online, DaysOf, weights).Cost;

            for (var mask = 1; mask < 1 << items.Count; mask++)
            {
                var regions = Enumerable.Range(0, items.Count).Where(b => (mask & (1 << b)) != 0).SelectMany(b => items[b]).ToList();
                var expected = ClassGrouping.BestFill(units, regions, capacity, centre, online, DaysOf, weights).Cost;

                fill(mask).Should().Be(expected, "seed {0}, instance {1}, part {2} of {3} at capacity {4}", seed, instance, mask, Describe(units, items), capacity);
                parts++;
            }
        }

        parts.Should().BeGreaterThan(1000);
    }

    [Theory]
    // The even fill reaches the bound (2 classes) with a split; the tight fill would not split, but is not tried.
    [InlineData("11.01:1 11.02:1 11.03:1 11.04:1 11.05:1 11.06:1|12.01:1@8 12.02:1@8 12.03:1@8 12.04:1@8", 6, 2_010_300)]
    // One province of 3 + 3 + 2 + 2 at 5 seats: evenly 3 classes; tightly 2, the province cut once.
    [InlineData("11.01:3 11.02:3 11.03:2 11.04:2", 5, 2_010_200)]
    // Four provinces of 3, 3, 2 and 2: in order 3 classes however filled; first fit decreasing 2, no split.
    [InlineData("11.01:3|12.01:3|13.01:2|14.01:2", 5, 2_000_200)]
    // Two provinces, one of them on WIT: the mask of both, of each alone.
    [InlineData("11.01:2 11.02:2|12.01:3@9", 4, 2_000_400)]
    public void Cost_OfAllItems_IsWhatBestFillFinds(string items, int capacity, long expected)
    {
        var units = new List<PlanningUnit>();
        var parts = new List<List<int>>();
        foreach (var item in items.Split('|'))
        {
            parts.Add([]);
            foreach (var text in item.Split(' '))
            {
                var (code, rest) = (RegionCode.Parse(text[..text.IndexOf(':')]), text[(text.IndexOf(':') + 1)..].Split('@'));
                var zone = rest.Length == 1 ? Clocks[0] : Clocks[int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) - 7];
                parts[^1].Add(units.Count);
                units.Add(new PlanningUnit(code, code.Province, zone, 0, int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        var fill = new ClassGrouping.Fill(units, parts, capacity, PlanningUnit.ClockBit(7), online: true, DaysOf, ClassGrouping.Objective).Cost;

        fill((1 << parts.Count) - 1).Should().Be(expected);
        ClassGrouping.BestFill(units, [.. parts.SelectMany(p => p)], capacity, PlanningUnit.ClockBit(7), online: true, DaysOf, ClassGrouping.Objective).Cost.Should().Be(expected);
    }

    [Fact]
    public void Cost_OfALaterItemAlone_ReadsOnlyThatItemsRegions()
    {
        // Item 0: one region of 1; item 1: a province of 3 + 3 + 2 + 2 at 5 seats, cut once by the tight fill.
        var zone = Clocks[0];
        List<PlanningUnit> units =
        [
            new(RegionCode.Parse("11.01"), RegionCode.Parse("11"), zone, 0, 1),
            .. new[] { 3, 3, 2, 2 }.Select((size, r) => new PlanningUnit(RegionCode.Parse($"12.{r + 1:00}"), RegionCode.Parse("12"), zone, 0, size)),
        ];

        var fill = new ClassGrouping.Fill(units, [[0], [1, 2, 3, 4]], 5, PlanningUnit.ClockBit(7), online: true, DaysOf, ClassGrouping.Objective).Cost;

        fill(0b10).Should().Be(2_010_200);
        fill(0b01).Should().Be(1_000_100);
    }

    private static string Describe(List<PlanningUnit> units, List<List<int>> items) =>
        string.Join(" | ", items.Select(i => string.Join(" ", i.Select(u => $"{units[u].Region}:{units[u].Participants}@{units[u].OffsetHours}"))));
}

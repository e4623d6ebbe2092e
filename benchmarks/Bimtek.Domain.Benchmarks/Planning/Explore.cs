namespace Bimtek.Domain.Benchmarks.Planning;

internal static class Explore
{
    public static void Run()
    {
        var p = PlannerInstances.National();
        var r = p.Request;
        Console.WriteLine($"units {p.Units.Count} centres {p.Centres.Count} days {p.WorkingDays.Count} {p.WorkingDays[0]}..{p.WorkingDays[^1]} cap {r.ClassCapacity} mode {r.Mode} par {r.ParallelClassesPerCentre} opener {r.OpeningOfficial}");
        foreach (var i in r.Instructors) Console.WriteLine($"  instr {i.Id} modules [{string.Join(",", i.Modules)}] avail {i.Availability.Count}");
        foreach (var m in r.Programme.Curriculum) Console.WriteLine($"  module {m.Code} {m.Jp.Value}");
        for (var c = 0; c < p.Centres.Count; c++)
        {
            var us = p.Units.Where(u => u.Centre == c).ToList();
            Console.WriteLine($"  centre {p.Centres[c].Code} off {p.Centres[c].TimeZone} units {us.Count} part {us.Sum(u => u.Participants)} provs {us.Select(u => u.Province).Distinct().Count()} offsets {string.Join(",", us.GroupBy(u => u.OffsetHours).Select(g => g.Key + ":" + g.Count()))} sizes {string.Join(",", us.GroupBy(u => u.Participants).Select(g => g.Key + "x" + g.Count()))}");
        }
        var planner = PlannerInstances.Planner;
        var res = planner.Solve(p);
        Console.WriteLine($"cost {res.Cost}  obj {res.Cost.Objective}");
        var packer = planner.CreatePacker(p);
        for (var c = 0; c < p.Centres.Count; c++)
        {
            var centre = p.Centres[c];
            var own = 1 << (centre.TimeZone.GetUtcOffset(NodaTime.NodaConstants.UnixEpoch).Seconds / 3600);
            for (var sub = 0; sub < 8; sub++)
            {
                var clocks = own | (sub << 7);
                var zones = new List<NodaTime.DateTimeZone> { centre.TimeZone };
                foreach (var (bit, z) in new[] { (7, "Asia/Jakarta"), (8, "Asia/Makassar"), (9, "Asia/Jayapura") })
                    if ((clocks & (1 << bit)) != 0 && (own & (1 << bit)) == 0) zones.Add(NodaTime.DateTimeZoneProviders.Tzdb[z]);
                var counts = Enumerable.Range(0, p.WorkingDays.Count).Select(s => { var k = packer.Pack(centre, clocks, zones, s); return k.Fits ? k.DayCount.ToString(System.Globalization.CultureInfo.InvariantCulture) : "x"; });
                Console.WriteLine($"  {centre.Code} clocks {clocks >> 7:b3}: {string.Join(" ", counts)}");
            }
        }
    }
}

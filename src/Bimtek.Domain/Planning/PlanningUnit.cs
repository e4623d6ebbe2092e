using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Planning;

// One region to place in a class: its province (kept together where it fits), its clock and its centre.
internal readonly record struct PlanningUnit(RegionCode Region, RegionCode Province, DateTimeZone Zone, int Centre, int Participants)
{
    // Asia/Jakarta and Asia/Pontianak share one clock, WIB. Read once: grouping compares it many times.
    public int OffsetHours { get; } = IndonesianTimeZones.OffsetHours(Zone);

    // A bit per clock: offsets run from UTC-12 to UTC+14.
    public static int ClockBit(int offsetHours) => 1 << (offsetHours + 12);
}

using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Planning;

// One region to place in a class: its province (kept together where it fits), its clock and its centre.
internal readonly record struct PlanningUnit(RegionCode Region, RegionCode Province, DateTimeZone Zone, int Centre, int Participants)
{
    // Indonesia's zones have fixed offsets since 1988; Asia/Jakarta and Asia/Pontianak share one clock.
    public int OffsetHours => Zone.GetUtcOffset(NodaConstants.UnixEpoch).Seconds / 3600;
}

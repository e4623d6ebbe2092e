using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Planning;

// A class in the making: its centre and regions (indices into the problem's units), then its days once timetabled.
internal sealed class PlannedClass(int centre, IReadOnlyList<int> units)
{
    public int Centre { get; } = centre;

    public IReadOnlyList<int> Units { get; } = units;

    public string Id { get; set; } = string.Empty;

    public int FirstDay { get; set; } = -1;

    public int Room { get; set; }

    // Working days held, first to last (a day between with no item is still held).
    public int DayCount { get; set; }

    public IReadOnlyList<SessionDay> Days { get; set; } = [];

    public IReadOnlyList<LocalDate> Dates => [.. Days.Select(d => d.Date)];

    public bool IsScheduled => FirstDay >= 0;

    // The clocks, zones and provinces its people are in (Timetable.Places), found once: its regions never change.
    public (int Clocks, IReadOnlyList<DateTimeZone> Zones, IReadOnlyList<Regions.RegionCode> Provinces, int OwnHours)? Places { get; set; }
}

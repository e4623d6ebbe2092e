namespace Bimtek.Domain.Calendar;

/// <summary>Why a date is not a working day for civil servants (ASN).</summary>
/// <remarks>The national kinds come from the joint decree of the three ministers (SKB 3 Menteri) of each year and, for
/// polling days, from a Keputusan Presiden; see <c>seeds/calendars/SOURCES.md</c>.</remarks>
public enum NonWorkingDayKind
{
    /// <summary>A national holiday (hari libur nasional) set by the year's SKB 3 Menteri.</summary>
    NationalHoliday = 1,

    /// <summary>Collective leave (cuti bersama) set by the year's SKB 3 Menteri, and for ASN by a Keppres.</summary>
    CollectiveLeave = 2,

    /// <summary>A polling day made a national holiday by a Keputusan Presiden (e.g. Keppres 22/2020, Pilkada 2020).</summary>
    ElectionDay = 3,

    /// <summary>A closure the host application supplied (e.g. a regional holiday or an office closure).</summary>
    HostClosure = 4,

    /// <summary>A weekday on which the working-hours rules in force set no hours (Saturday and Sunday: a five-day week).</summary>
    Weekend = 5,
}

namespace Bimtek.Domain.Calendar;

/// <summary>What a working-hours rule is for: the regular week, or a period that overrides it.</summary>
public enum WorkingHoursOccasion
{
    /// <summary>The regular working week (Keppres 68/1995, Perpres 21/2023, or a region's own decree).</summary>
    Regular = 1,

    /// <summary>The month of Ramadan: shorter hours set each year by a circular of the Minister of PANRB (SE MenPANRB
    /// 51/2020, 9/2021, 6/2023), and from 2024 by Perpres 21/2023. In force, it overrides the regular rule of the same
    /// scope on the days it covers.</summary>
    Ramadan = 2,
}

namespace Bimtek.Domain.Assessments;

/// <summary>The level a report row aggregates at.</summary>
public enum ReportScope
{
    /// <summary>One session (class, angkatan).</summary>
    Class = 1,

    /// <summary>One training centre (e.g. a BDI), all its sessions.</summary>
    Centre = 2,

    /// <summary>One province: the participants from it and its kabupaten/kota.</summary>
    Province = 3,

    /// <summary>The whole programme.</summary>
    Programme = 4,
}

namespace Bimtek.Domain.Scheduling;

/// <summary>The configurable limits the schedule rules check.</summary>
/// <remarks>No LAN or Kemenperin rule sets a maximum of JP a day (fact sheet §b, §4); the default of 8 JP is
/// <em>assumed</em>, after the Kemenag distance-learning guideline's 8 synchronous JP a day. One platform room per
/// centre is assumed too. Immutable.</remarks>
/// <param name="MaxJpPerDay">The most lesson hours a class is taught in a day.</param>
/// <param name="MaxInstructorJpPerDay">The most lesson hours an instructor teaches in a day, over all sessions.</param>
/// <param name="DefaultPlatformRooms">Parallel virtual classes a centre can run when the schedule does not say.</param>
public sealed record ScheduleLimits(int MaxJpPerDay = 8, int MaxInstructorJpPerDay = 8, int DefaultPlatformRooms = 1)
{
    /// <summary>The defaults: 8 JP a day for a class and for an instructor, one platform room per centre (all assumed).</summary>
    public static readonly ScheduleLimits Default = new();
}

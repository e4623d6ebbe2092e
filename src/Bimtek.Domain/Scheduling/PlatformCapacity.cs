using Bimtek.Domain.Centres;

namespace Bimtek.Domain.Scheduling;

/// <summary>How many virtual classes a centre can run at once: its platform rooms (e.g. video-meeting licences).</summary>
/// <remarks>Immutable; equal when centre and rooms are equal.</remarks>
public sealed record PlatformCapacity
{
    /// <summary>Creates a capacity.</summary>
    /// <param name="centre">The centre.</param>
    /// <param name="rooms">The platform rooms; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rooms"/> is less than 1.</exception>
    public PlatformCapacity(CentreCode centre, int rooms)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rooms, 1);
        Centre = centre;
        Rooms = rooms;
    }

    /// <summary>Gets the centre.</summary>
    public CentreCode Centre { get; }

    /// <summary>Gets the platform rooms.</summary>
    public int Rooms { get; }
}

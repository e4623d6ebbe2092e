using Bimtek.Domain.Centres;

namespace Bimtek.Domain.Scheduling;

/// <summary>How many virtual classes a centre can run at once: its platform rooms (e.g. video-meeting licences).</summary>
/// <param name="Centre">The centre.</param>
/// <param name="Rooms">The platform rooms; at least 1.</param>
public sealed record PlatformCapacity(CentreCode Centre, int Rooms);

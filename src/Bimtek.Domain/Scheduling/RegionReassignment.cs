using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Scheduling;

/// <summary>A recorded decision that a region attends another centre than the one serving its province.</summary>
/// <param name="Region">The kabupaten/kota or province reassigned.</param>
/// <param name="Centre">The centre it attends instead.</param>
/// <param name="Reason">Why (e.g. a memo's number).</param>
public sealed record RegionReassignment(RegionCode Region, CentreCode Centre, string Reason);

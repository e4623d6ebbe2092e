using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.EntityFrameworkCore.Records;

/// <summary>One entry of a roster, in order of arrival, with the participant and the nomination it came from.
/// Names have their own column so a host can apply its retention rules to them.</summary>
internal sealed class EnrolmentRecord
{
    public required string SessionId { get; set; }

    public int Arrival { get; set; }

    public Nip Nip { get; set; }

    public required string Name { get; set; }

    public PositionKind PositionKind { get; set; }

    public required string PositionTitle { get; set; }

    public required string AgencyName { get; set; }

    public RegionCode AgencyRegion { get; set; }

    public AgencyLevel AgencyLevel { get; set; }

    public required string NominatedByName { get; set; }

    public RegionCode NominatedByRegion { get; set; }

    public AgencyLevel NominatedByLevel { get; set; }

    public Instant SubmittedAt { get; set; }

    public EnrolmentStatus Status { get; set; }

    public Instant? EnrolledAt { get; set; }

    public Instant ChangedAt { get; set; }
}

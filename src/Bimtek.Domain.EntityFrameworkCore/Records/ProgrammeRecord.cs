using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.EntityFrameworkCore.Records;

/// <summary>A programme: its curriculum, phases and policy as one document in the core's strict JSON form (a programme
/// is read and written whole, and its shape is the core's to evolve), with the columns a host filters on beside it.</summary>
internal sealed class ProgrammeRecord
{
    public required string Code { get; set; }

    public required string Title { get; set; }

    public ProgrammeStatus Status { get; set; }

    public required string Document { get; set; }
}

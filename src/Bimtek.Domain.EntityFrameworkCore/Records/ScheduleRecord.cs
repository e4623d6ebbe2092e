namespace Bimtek.Domain.EntityFrameworkCore.Records;

/// <summary>A schedule (sessions, days, agenda items, instructors, reassignments) as one document in the core's strict
/// JSON form; its programme is named by code and stored in its own row.</summary>
internal sealed class ScheduleRecord
{
    public required string Name { get; set; }

    public required string ProgrammeCode { get; set; }

    public int SessionCount { get; set; }

    public required string Document { get; set; }
}

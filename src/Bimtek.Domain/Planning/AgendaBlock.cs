using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Planning;

// One block of a class's agenda before instructors are booked: a frame block, or one JP of a module.
internal readonly record struct AgendaBlock(AgendaItemKind Kind, Duration Length, string? Module)
{
    public bool IsTeaching => Kind == AgendaItemKind.Teaching;

    public string Label => Module ?? Kind.ToString();
}

// A block placed on a date, in the centre's local time, with the instants it covers.
internal readonly record struct PlacedBlock(AgendaBlock Block, int Day, LocalTime Start, Interval Interval);

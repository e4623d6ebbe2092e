using NodaTime;

namespace Bimtek.Domain.Scheduling;

/// <summary>An agenda item placed in time: where it sits in the schedule, and the instants it occupies.</summary>
internal readonly record struct PlacedItem(int Session, int Day, int Index, TrainingSession S, SessionDay D, AgendaItem Item, Interval Interval)
{
    public string Path => $"Sessions[{Session}].Days[{Day}].Items[{Index}]";

    public string Label => Item.Kind == AgendaItemKind.Teaching ? $"{Item.ModuleCode} {Item.Start:HH:mm}" : $"{Item.Kind} {Item.Start:HH:mm}";
}

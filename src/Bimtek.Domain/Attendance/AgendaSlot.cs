using Bimtek.Domain.Calendar;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Attendance;

/// <summary>An agenda item as attendance sees it: its day, local times, instants and lesson hours.</summary>
/// <remarks>Immutable. Breaks and the midday rest are not slots: nobody attends them.</remarks>
public sealed class AgendaSlot
{
    internal AgendaSlot(int index, LocalDate date, AgendaItem item, Interval interval)
    {
        Index = index;
        Date = date;
        Start = item.Start;
        End = item.End;
        Kind = item.Kind;
        ModuleCode = item.ModuleCode;
        Jp = item.Jp;
        Interval = interval;
    }

    /// <summary>Gets the slot's position in <see cref="SessionAttendance.Slots"/> (and in each participant's statuses).</summary>
    public int Index { get; }

    /// <summary>Gets the day (centre's zone).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the start (centre's local time).</summary>
    public LocalTime Start { get; }

    /// <summary>Gets the end, exclusive (centre's local time).</summary>
    public LocalTime End { get; }

    /// <summary>Gets what the item is.</summary>
    public AgendaItemKind Kind { get; }

    /// <summary>Gets the module taught, for a teaching item.</summary>
    public string? ModuleCode { get; }

    /// <summary>Gets the lesson hours taught (zero for opening, tests and closing).</summary>
    public LessonHours Jp { get; }

    /// <summary>Gets when the item really runs (half-open).</summary>
    public Interval Interval { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Date:yyyy-MM-dd} {Start:HH:mm}–{End:HH:mm} {ModuleCode ?? Kind.ToString()} ({Jp})";
}

using Bimtek.Domain.Calendar;
using NodaTime;

namespace Bimtek.Domain.Scheduling;

/// <summary>
/// One item of a training day's agenda: teaching a module for some lesson hours, or a non-teaching block, starting at
/// a local time in the centre's zone.
/// </summary>
/// <remarks>Immutable. A teaching item lasts its JP times the lesson-hour length (45 minutes unless the host sets
/// another); a block lasts its own length.</remarks>
public sealed class AgendaItem
{
    private AgendaItem(AgendaItemKind kind, LocalTime start, Duration length, string? moduleCode, LessonHours jp, IEnumerable<string> instructors)
    {
        Kind = kind;
        Start = start;
        Length = length;
        ModuleCode = moduleCode;
        Jp = jp;
        Instructors = instructors.Select(i => i ?? throw new ArgumentException("An instructor id is null.", nameof(instructors))).ToList().AsReadOnly();
    }

    /// <summary>Gets what the item is.</summary>
    public AgendaItemKind Kind { get; }

    /// <summary>Gets the start, in the local time of the session's centre.</summary>
    public LocalTime Start { get; }

    /// <summary>Gets how long the item lasts.</summary>
    public Duration Length { get; }

    /// <summary>Gets the end (exclusive), in the local time of the session's centre.</summary>
    public LocalTime End => Start.PlusTicks(Length.BclCompatibleTicks);

    /// <summary>Gets the module taught, for a teaching item; otherwise <see langword="null"/>.</summary>
    public string? ModuleCode { get; }

    /// <summary>Gets the lesson hours taught (zero for a non-teaching block).</summary>
    public LessonHours Jp { get; }

    /// <summary>Gets the ids of the instructors (or speakers) of the item.</summary>
    public IReadOnlyList<string> Instructors { get; }

    /// <summary>Creates a teaching item.</summary>
    /// <param name="moduleCode">The module taught.</param>
    /// <param name="start">The start, in the centre's local time.</param>
    /// <param name="jp">The lesson hours; at least 1.</param>
    /// <param name="instructors">The instructor ids.</param>
    /// <param name="lessonLength">The length of one JP; <see langword="null"/> for 45 minutes.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException">The module is blank, JP is zero, or the item would run to or past midnight.</exception>
    public static AgendaItem Teaching(string moduleCode, LocalTime start, LessonHours jp, IEnumerable<string> instructors, Duration? lessonLength = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(moduleCode);
        ArgumentNullException.ThrowIfNull(instructors);
        if (jp.Value == 0)
        {
            throw new ArgumentException($"A teaching item of module {moduleCode} must last at least 1 JP.", nameof(jp));
        }

        return new(AgendaItemKind.Teaching, start, Fit(start, jp.ToDuration(lessonLength ?? LessonHours.StandardLength)), moduleCode, jp, instructors);
    }

    /// <summary>Creates a non-teaching block (opening, tests, Ishoma, break, closing).</summary>
    /// <param name="kind">The kind; not <see cref="AgendaItemKind.Teaching"/>.</param>
    /// <param name="start">The start, in the centre's local time.</param>
    /// <param name="length">How long it lasts; positive.</param>
    /// <param name="instructors">Who leads it (e.g. the official who opens), if anyone.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException">The kind is teaching, the length is not positive, or it would run to or past midnight.</exception>
    public static AgendaItem Block(AgendaItemKind kind, LocalTime start, Duration length, IEnumerable<string>? instructors = null)
    {
        if (kind == AgendaItemKind.Teaching || !Enum.IsDefined(kind))
        {
            throw new ArgumentException($"A block cannot be of kind {kind}; use AgendaItem.Teaching for teaching.", nameof(kind));
        }

        return new(kind, start, Fit(start, length), null, LessonHours.Zero, instructors ?? []);
    }

    /// <inheritdoc />
    public override string ToString() =>
        Kind == AgendaItemKind.Teaching ? $"{Start:HH:mm}–{End:HH:mm} {ModuleCode} ({Jp})" : $"{Start:HH:mm}–{End:HH:mm} {Kind}";

    // Agenda items are day-time events; one running past midnight is a data error, not a night class.
    private static Duration Fit(LocalTime start, Duration length)
    {
        if (length <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "An agenda item must last a positive time.");
        }

        // Ending exactly at midnight is refused too: End is a LocalTime, so 24:00 would read 00:00, before Start, and the
        // overlap check within a day (which compares ends) would miss any item starting later that evening.
        if (Duration.FromNanoseconds(start.NanosecondOfDay) + length >= Duration.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, $"An agenda item starting at {start:HH:mm} cannot last {length}: it would run to or past midnight.");
        }

        return length;
    }
}

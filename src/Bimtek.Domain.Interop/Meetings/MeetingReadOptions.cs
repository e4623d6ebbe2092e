using Bimtek.Domain.Centres;
using NodaTime;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>How to read an export: the zone of its local times, the order of its dates, the date of a Meet report.</summary>
/// <remarks>Immutable.</remarks>
public sealed class MeetingReadOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="zone">The zone of the export's local times (a Zoom account's zone, a Teams organiser's); usually the
    /// session centre's (<see cref="ForCentre"/>). JSON exports carry UTC and ignore it.</param>
    /// <param name="dateOrder">The order of day and month, or <see cref="DateOrder.Detect"/>.</param>
    /// <param name="meetingDate">The meeting's date, for a Google Meet CSV that gives times of day only.</param>
    /// <param name="documentName">The document's name for messages (e.g. the file name), or <see langword="null"/>.</param>
    /// <param name="format">The layout, or <see langword="null"/> to detect it from the content.</param>
    public MeetingReadOptions(DateTimeZone zone, DateOrder dateOrder = DateOrder.Detect, LocalDate? meetingDate = null, string? documentName = null, MeetingFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!Enum.IsDefined(dateOrder))
        {
            throw new ArgumentOutOfRangeException(nameof(dateOrder));
        }

        Zone = zone;
        DateOrder = dateOrder;
        MeetingDate = meetingDate;
        DocumentName = documentName;
        Format = format;
    }

    /// <summary>Gets the layout to read, or <see langword="null"/> to detect it from the content.</summary>
    public MeetingFormat? Format { get; }

    /// <summary>Gets the zone of the export's local times.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the order of day and month.</summary>
    public DateOrder DateOrder { get; }

    /// <summary>Gets the meeting's date for exports with times of day only, or <see langword="null"/>.</summary>
    public LocalDate? MeetingDate { get; }

    /// <summary>Gets the document's name for messages, or <see langword="null"/>.</summary>
    public string? DocumentName { get; }

    /// <summary>Options for an export of a session run by <paramref name="centre"/>: its zone, the date order detected.</summary>
    /// <param name="centre">The session's centre.</param>
    /// <param name="meetingDate">The meeting's date, for a Google Meet CSV.</param>
    /// <returns>The options.</returns>
    public static MeetingReadOptions ForCentre(TrainingCentre centre, LocalDate? meetingDate = null)
    {
        ArgumentNullException.ThrowIfNull(centre);
        return new MeetingReadOptions(centre.TimeZone, DateOrder.Detect, meetingDate);
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using IcsCalendar = Ical.Net.Calendar;

namespace Bimtek.Domain.Interop.Calendars;

/// <summary>
/// Calendar invites (iCalendar, RFC 5545, written by Ical.Net) for a schedule or one session: one event per session day
/// or per agenda item, <c>DTSTART</c>/<c>DTEND</c> in the centre's zone with its <c>VTIMEZONE</c>, the summary in
/// Indonesian, a description giving the times in every zone of the class (<c>08:00 WIB / 09:00 WITA / 10:00 WIT</c>), the
/// virtual room or venue as <c>LOCATION</c>.
/// </summary>
/// <remarks>
/// <para><c>UID</c>s are derived from programme, session, day (and item start), so re-exporting a re-planned schedule
/// updates the same events in every calendar; given the previous export, an event whose content changed gets
/// <c>SEQUENCE</c> one higher, an unchanged one keeps its number. <c>DTSTAMP</c> is the injected clock's now, so the same
/// schedule and clock give byte-identical output. Lines are folded at 75 octets with CRLF (Ical.Net's serializer).</para>
/// <para>Thread-safe; no I/O.</para>
/// </remarks>
public sealed class CalendarInvites
{
    private const string ProductId = "-//Bimtek.Domain//Interop Calendars//ID";

    private readonly ICentreDirectory _centres;
    private readonly IRegionDirectory _regions;
    private readonly IClock _clock;

    /// <summary>Creates the writer.</summary>
    /// <param name="centres">The centres (for each session's zone and name).</param>
    /// <param name="regions">The regions (for the zones of each class's participants).</param>
    /// <param name="clock">The clock giving <c>DTSTAMP</c>.</param>
    public CalendarInvites(ICentreDirectory centres, IRegionDirectory regions, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(centres);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(clock);
        _centres = centres;
        _regions = regions;
        _clock = clock;
    }

    /// <summary>Writes the invites of every session of a schedule.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="granularity">One event per day or per agenda item.</param>
    /// <param name="previous">The previous export of the same schedule (its text), to carry <c>SEQUENCE</c> forward; or <see langword="null"/>.</param>
    /// <returns>The calendar, as RFC 5545 text with CRLF line ends.</returns>
    /// <exception cref="ArgumentException">A session names a centre the directory does not know.</exception>
    public string Write(Schedule schedule, InviteGranularity granularity = InviteGranularity.PerDay, string? previous = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return Write(schedule, schedule.Sessions, granularity, previous);
    }

    /// <summary>Writes the invites of one session of a schedule.</summary>
    /// <param name="schedule">The schedule holding the session (for its programme).</param>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="granularity">One event per day or per agenda item.</param>
    /// <param name="previous">The previous export, or <see langword="null"/>.</param>
    /// <returns>The calendar text.</returns>
    /// <exception cref="ArgumentException">The schedule has no such session, or its centre is unknown.</exception>
    public string WriteSession(Schedule schedule, string sessionId, InviteGranularity granularity = InviteGranularity.PerDay, string? previous = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var session = schedule.Sessions.FirstOrDefault(s => s.Id == sessionId)
            ?? throw new ArgumentException($"The schedule has no session '{sessionId}'.", nameof(sessionId));
        return Write(schedule, [session], granularity, previous);
    }

    /// <summary>Writes the invites of some sessions of a schedule, e.g. those a region's officials attend (one calendar per agency).</summary>
    /// <param name="schedule">The schedule holding the sessions.</param>
    /// <param name="sessionIds">The sessions' ids; their events keep the UIDs they have in any other export.</param>
    /// <param name="granularity">One event per day or per agenda item.</param>
    /// <param name="previous">The previous export of the same calendar, or <see langword="null"/>.</param>
    /// <returns>The calendar text.</returns>
    /// <exception cref="ArgumentException">The schedule has no such session, or a centre is unknown.</exception>
    public string WriteSessions(Schedule schedule, IEnumerable<string> sessionIds, InviteGranularity granularity = InviteGranularity.PerDay, string? previous = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(sessionIds);
        var wanted = sessionIds.ToHashSet(StringComparer.Ordinal);
        var sessions = schedule.Sessions.Where(s => wanted.Contains(s.Id)).ToList();
        if (sessions.Count != wanted.Count)
        {
            throw new ArgumentException($"The schedule has no session '{wanted.Except(sessions.Select(s => s.Id)).First()}'.", nameof(sessionIds));
        }

        return Write(schedule, sessions, granularity, previous);
    }

    private string Write(Schedule schedule, IEnumerable<TrainingSession> sessions, InviteGranularity granularity, string? previous)
    {
        if (!Enum.IsDefined(granularity))
        {
            throw new ArgumentOutOfRangeException(nameof(granularity));
        }

        var before = PreviousEvents(previous);
        var calendar = new IcsCalendar { ProductId = ProductId };
        calendar.AddProperty("METHOD", "PUBLISH");
        var stamp = _clock.GetCurrentInstant().ToDateTimeUtc();
        var zones = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var session in sessions)
        {
            var centre = _centres.FindCentre(session.Centre)
                ?? throw new ArgumentException($"Session {session.Id} names centre {session.Centre}, which the directory does not know.", nameof(schedule));
            zones.Add(centre.TimeZone.Id);
            var classZones = ClassZones(session, centre);
            foreach (var (uid, start, end, summary) in Events(schedule, session, granularity))
            {
                var location = session.IsOnline ? session.PlatformRoom ?? centre.Name : string.Join(", ", new[] { session.Venue, session.Room }.Where(v => !string.IsNullOrWhiteSpace(v)));
                var description = Description(session, centre, start, end, classZones);
                var e = new CalendarEvent
                {
                    Uid = uid,
                    Summary = summary,
                    Description = description,
                    Location = string.IsNullOrWhiteSpace(location) ? centre.Name : location,
                    DtStart = new CalDateTime(start.ToDateTimeUnspecified(), centre.TimeZone.Id),
                    DtEnd = new CalDateTime(end.ToDateTimeUnspecified(), centre.TimeZone.Id),
                    DtStamp = new CalDateTime(stamp, "UTC"),
                    Sequence = Sequence(before, uid, Fingerprint(summary, description, location, start, end, centre.TimeZone.Id)),
                };
                calendar.Events.Add(e);
            }
        }

        foreach (var zone in zones)
        {
            calendar.AddTimeZone(new VTimeZone(zone));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static IEnumerable<(string Uid, LocalDateTime Start, LocalDateTime End, string Summary)> Events(Schedule schedule, TrainingSession session, InviteGranularity granularity)
    {
        var programme = schedule.Programme;
        for (var d = 0; d < session.Days.Count; d++)
        {
            var day = session.Days[d];
            var items = day.Items.Where(i => i.Kind is not (AgendaItemKind.Break or AgendaItemKind.Ishoma)).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            var dayName = $"{programme.Title} – {session.Id}, hari ke-{d + 1}";
            if (granularity == InviteGranularity.PerDay)
            {
                yield return (Uid(programme.Code, session.Id, day.Date, null), day.Date + items.Min(i => i.Start), day.Date + items.Max(i => i.End), dayName);
                continue;
            }

            foreach (var item in items)
            {
                var what = item.Kind switch
                {
                    AgendaItemKind.Teaching => $"materi {item.ModuleCode}",
                    AgendaItemKind.Opening => "pembukaan",
                    AgendaItemKind.PreTest => "pre-test",
                    AgendaItemKind.PostTest => "post-test",
                    AgendaItemKind.Closing => "penutupan",
                    _ => item.Kind.ToString(),
                };
                yield return (Uid(programme.Code, session.Id, day.Date, item.Start), day.Date + item.Start, day.Date + item.End, $"{dayName}: {what}");
            }
        }
    }

    // Stable across exports: the same programme, session, day (and item start) give the same UID wherever it is computed.
    private static string Uid(string programme, string session, LocalDate date, LocalTime? start)
    {
        var key = $"{programme}|{session}|{date:yyyy-MM-dd}|{start?.ToString("HH:mm", CultureInfo.InvariantCulture)}";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32].ToLowerInvariant();
        return $"{hash}@bimtek.domain";
    }

    private List<(IndonesianTimeZone? Label, DateTimeZone Zone)> ClassZones(TrainingSession session, TrainingCentre centre)
    {
        var asOf = session.Days.Count > 0 ? session.Days[0].Date : new LocalDate(2000, 1, 1);
        var zones = session.Regions
            .Select(r => _regions.FindProvince(r, asOf)?.TimeZone)
            .Where(z => z is not null)
            .Select(z => z!)
            .Append(centre.TimeZone)
            .DistinctBy(z => z.GetUtcOffset(asOf.AtMidnight().InUtc().ToInstant()))
            .OrderBy(z => z.GetUtcOffset(asOf.AtMidnight().InUtc().ToInstant()))
            .Select(z => (z.FindLabel(asOf), z))
            .ToList();
        return zones;
    }

    private static string Description(TrainingSession session, TrainingCentre centre, LocalDateTime start, LocalDateTime end, List<(IndonesianTimeZone? Label, DateTimeZone Zone)> zones)
    {
        var startInstant = start.InZoneLeniently(centre.TimeZone).ToInstant();
        var endInstant = end.InZoneLeniently(centre.TimeZone).ToInstant();
        string Times(Instant instant) => string.Join(" / ", zones.Select(z =>
            instant.InZone(z.Zone).ToString("HH:mm", CultureInfo.InvariantCulture) + " " + (z.Label?.ToString() ?? z.Zone.Id)));
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"Sesi {session.Id}, {centre.Name}.\n");
        builder.Append(CultureInfo.InvariantCulture, $"Mulai: {Times(startInstant)}\n");
        builder.Append(CultureInfo.InvariantCulture, $"Selesai: {Times(endInstant)}");
        if (session.IsOnline && session.PlatformRoom is { } room)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\nRuang virtual: {room}");
        }

        return builder.ToString();
    }

    private static string Fingerprint(string summary, string description, string location, LocalDateTime start, LocalDateTime end, string zone) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{summary}\n{description}\n{location}\n{start:yyyy-MM-ddTHH:mm}\n{end:yyyy-MM-ddTHH:mm}\n{zone}")))[..16];

    // The previous export's events: UID → (SEQUENCE, fingerprint of what an attendee sees).
    private static Dictionary<string, (int Sequence, string Fingerprint)> PreviousEvents(string? previous)
    {
        var events = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(previous))
        {
            return events;
        }

        var calendar = IcsCalendar.Load(previous);
        foreach (var e in calendar?.Events.ToList() ?? [])
        {
            if (e.Uid is null || e.DtStart is null || e.DtEnd is null)
            {
                continue;
            }

            var start = LocalDateTime.FromDateTime(e.DtStart.Value);
            var end = LocalDateTime.FromDateTime(e.DtEnd.Value);
            events[e.Uid] = (e.Sequence, Fingerprint(e.Summary ?? string.Empty, e.Description ?? string.Empty, e.Location ?? string.Empty, start, end, e.DtStart.TzId ?? string.Empty));
        }

        return events;
    }

    private static int Sequence(Dictionary<string, (int Sequence, string Fingerprint)> before, string uid, string fingerprint) =>
        !before.TryGetValue(uid, out var old) ? 0 : old.Fingerprint == fingerprint ? old.Sequence : old.Sequence + 1;
}

using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Testing;

/// <summary>
/// A virtual meeting's join/leave log for one session (by default <see cref="SessionBuilder"/>'s S1): who was present,
/// when each joined and left. <see cref="Present"/> puts a participant in the meeting from the first item of every day to
/// the last, so they attend every JP.
/// </summary>
public sealed class MeetingLogBuilder
{
    private readonly List<AttendanceLogEntry> _entries = [];
    private TrainingSession _session = new SessionBuilder().Build();

    /// <summary>Sets the session the log is of (call it before adding people).</summary>
    /// <param name="session">The session.</param>
    /// <returns>This builder.</returns>
    public MeetingLogBuilder For(TrainingSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        _session = session;
        return this;
    }

    /// <summary>Has these participants join at the first item of every day and leave at the end of the last.</summary>
    /// <param name="nips">Their NIPs.</param>
    /// <returns>This builder.</returns>
    public MeetingLogBuilder Present(params Nip[] nips)
    {
        ArgumentNullException.ThrowIfNull(nips);
        foreach (var day in _session.Days)
        {
            var from = At(day.Date, day.Items.Min(i => i.Start));
            var to = At(day.Date, day.Items.Max(i => i.End));
            _entries.AddRange(nips.Select(n => new AttendanceLogEntry(n, _session.Id, from, to)));
        }

        return this;
    }

    /// <summary>Has the synthetic officials 1 to <paramref name="count"/> attend throughout (<see cref="Present"/>).</summary>
    /// <param name="count">How many.</param>
    /// <returns>This builder.</returns>
    public MeetingLogBuilder PresentThroughout(int count) => Present([.. Enumerable.Range(1, count).Select(People.Nip)]);

    /// <summary>Adds one join, in the centre's local time on a session day.</summary>
    /// <param name="nip">Who joined.</param>
    /// <param name="date">The day.</param>
    /// <param name="join">The join time (centre's zone).</param>
    /// <param name="leave">The leave time, or <see langword="null"/> when the platform recorded none.</param>
    /// <returns>This builder.</returns>
    public MeetingLogBuilder Joined(Nip nip, LocalDate date, LocalTime join, LocalTime? leave)
    {
        _entries.Add(new AttendanceLogEntry(nip, _session.Id, At(date, join), leave is { } l ? At(date, l) : null));
        return this;
    }

    /// <summary>Adds one join at instants.</summary>
    /// <param name="nip">Who joined.</param>
    /// <param name="join">When.</param>
    /// <param name="leave">When they left, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public MeetingLogBuilder Joined(Nip nip, Instant join, Instant? leave)
    {
        _entries.Add(new AttendanceLogEntry(nip, _session.Id, join, leave));
        return this;
    }

    /// <summary>Builds the log.</summary>
    /// <returns>The log.</returns>
    /// <exception cref="InvalidOperationException">An entry was refused (its reason is in the message, without the NIP).</exception>
    public AttendanceLog Build()
    {
        var builder = new AttendanceLogBuilder();
        foreach (var entry in _entries)
        {
            if (!builder.Add(entry))
            {
                throw new InvalidOperationException($"The meeting log refused an entry: {builder.Rejected[^1]}");
            }
        }

        return builder.Build();
    }

    private Instant At(LocalDate date, LocalTime time)
    {
        var zone = Reference.Bdi.FindCentre(_session.Centre)?.TimeZone
            ?? throw new InvalidOperationException($"Session {_session.Id} names centre {_session.Centre}, which the embedded directory does not know.");
        return date.At(time).InZoneLeniently(zone).ToInstant();
    }
}

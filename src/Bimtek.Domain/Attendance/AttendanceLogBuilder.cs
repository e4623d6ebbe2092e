using Bimtek.Domain.Common;
using NodaTime;
using NodaTime.Text;
using static Bimtek.Domain.Attendance.AttendanceRuleCodes;

namespace Bimtek.Domain.Attendance;

/// <summary>
/// Collects meeting-log rows, from typed entries or from text fields (a CSV row read by the host), rejecting bad rows
/// with their line number and the rule they break, never dropping one silently.
/// </summary>
/// <remarks>Not thread-safe. Text instants are ISO 8601 with an offset or <c>Z</c>, e.g. <c>2020-06-15T08:00:00+08:00</c>.</remarks>
public sealed class AttendanceLogBuilder
{
    private static readonly OffsetDateTimePattern InstantText = OffsetDateTimePattern.ExtendedIso;

    private static readonly RuleText WholeRow = new("baris", "row");

    private readonly Dictionary<string, int> _sessions = new(StringComparer.Ordinal);
    private readonly List<string> _sessionIds = [];
    private readonly List<RuleViolation> _rejected = [];
    private long[] _nips = new long[1024];
    private long[] _joins = new long[1024];
    private long[] _leaves = new long[1024];
    private int[] _lines = new int[1024];
    private int[] _sessionOf = new int[1024];
    private int _count;

    /// <summary>Gets the rows rejected so far, each with its line and rule (<see cref="RowInvalid"/>, <see cref="LeaveBeforeJoin"/>).</summary>
    public IReadOnlyList<RuleViolation> Rejected => _rejected.AsReadOnly();

    /// <summary>Gets the number of rows kept so far.</summary>
    public int Count => _count;

    /// <summary>Adds a typed row.</summary>
    /// <param name="entry">The row.</param>
    /// <param name="line">Its line in the source (for messages); 0 when it has none.</param>
    /// <returns>Whether the row was kept; a rejected row is in <see cref="Rejected"/>.</returns>
    /// <exception cref="ArgumentException">The NIP is <c>default</c> or the session id is blank.</exception>
    public bool Add(in AttendanceLogEntry entry, int line = 0)
    {
        if (entry.Nip.IsDefault)
        {
            throw new ArgumentException("The entry's NIP is the default Nip.", nameof(entry));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(entry.SessionId, nameof(entry));
        if (entry.Leave is { } leave && leave < entry.Join)
        {
            _rejected.Add(AttendanceRules.Violation(
                LeaveBeforeJoin, ("Line", line), ("Participant", entry.Nip.ToMaskedString()), ("Leave", leave), ("Join", entry.Join)));
            return false;
        }

        Append(entry.Nip.Value, Session(entry.SessionId), entry.Join.ToUnixTimeTicks(), entry.Leave?.ToUnixTimeTicks() ?? AttendanceLog.NoLeave, line);
        return true;
    }

    /// <summary>Adds a row from its text fields: NIP, session, join and leave (blank when missing).</summary>
    /// <param name="line">The row's line number, for messages.</param>
    /// <param name="nip">The NIP, with or without separators.</param>
    /// <param name="session">The session id.</param>
    /// <param name="join">The join instant (ISO 8601 with offset).</param>
    /// <param name="leave">The leave instant, or blank when the platform recorded none.</param>
    /// <returns>Whether the row was kept; every problem of a rejected row is in <see cref="Rejected"/> (the NIP is never
    /// echoed).</returns>
    public bool AddRow(int line, string? nip, string? session, string? join, string? leave)
    {
        var problems = 0;
        if (!Nip.TryParse(nip.AsSpan(), out var parsedNip, out var nipReason))
        {
            problems += Reject(line, "nip", nipReason!);
        }

        if (string.IsNullOrWhiteSpace(session))
        {
            problems += Reject(line, "session", new RuleText("kosong", "blank"));
        }

        var joinParse = InstantText.Parse(join?.Trim() ?? string.Empty);
        if (!joinParse.Success)
        {
            problems += Reject(line, "join", new RuleText("seharusnya waktu ISO 8601 dengan offset, mis. 2020-06-15T08:00:00+08:00", "expected an ISO 8601 instant with offset, e.g. 2020-06-15T08:00:00+08:00"));
        }

        Instant? leaveInstant = null;
        if (!string.IsNullOrWhiteSpace(leave))
        {
            var leaveParse = InstantText.Parse(leave.Trim());
            if (leaveParse.Success)
            {
                leaveInstant = leaveParse.Value.ToInstant();
            }
            else
            {
                problems += Reject(line, "leave", new RuleText("seharusnya waktu ISO 8601 dengan offset, atau kosong", "expected an ISO 8601 instant with offset, or blank"));
            }
        }

        return problems == 0 && Add(new AttendanceLogEntry(parsedNip, session!.Trim(), joinParse.Value.ToInstant(), leaveInstant), line);
    }

    /// <summary>Records a row the host could not split into fields, with the reason in both languages.</summary>
    /// <param name="line">The row's line number.</param>
    /// <param name="reason">Why, without the row's content (any run of ten digits or more is masked all the same).</param>
    public void RejectRow(int line, RuleText reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Reject(line, WholeRow, new RuleText(PersonalData.MaskIn(reason.Indonesian), PersonalData.MaskIn(reason.English)));
    }

    /// <summary>Records a row the host could not split into fields (e.g. a CSV row with the wrong number of fields).</summary>
    /// <param name="line">The row's line number.</param>
    /// <param name="reason">Why, without the row's content (it may hold a NIP).</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public void RejectRow(int line, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var masked = PersonalData.MaskIn(reason);
        Reject(line, WholeRow, new RuleText(masked, masked));
    }

    /// <summary>Builds the log from the rows kept; the builder may go on collecting afterwards.</summary>
    /// <returns>The log, rows grouped by session (stable within a session).</returns>
    public AttendanceLog Build()
    {
        var sessions = _sessionIds.Count;
        var offsets = new int[sessions + 1];
        for (var i = 0; i < _count; i++)
        {
            offsets[_sessionOf[i] + 1]++;
        }

        for (var s = 0; s < sessions; s++)
        {
            offsets[s + 1] += offsets[s];
        }

        var next = (int[])offsets.Clone();
        var nips = new long[_count];
        var joins = new long[_count];
        var leaves = new long[_count];
        var lines = new int[_count];
        for (var i = 0; i < _count; i++)
        {
            var at = next[_sessionOf[i]]++;
            nips[at] = _nips[i];
            joins[at] = _joins[i];
            leaves[at] = _leaves[i];
            lines[at] = _lines[i];
        }

        return new AttendanceLog([.. _sessionIds], offsets, nips, joins, leaves, lines);
    }

    // A field is named by its column (nip, session, join, leave); a row that could not be split is named in words.
    private int Reject(int line, object field, RuleText reason)
    {
        _rejected.Add(AttendanceRules.Violation(RowInvalid, ("Line", line), ("Field", field), ("Reason", reason)));
        return 1;
    }

    private int Session(string id)
    {
        if (!_sessions.TryGetValue(id, out var index))
        {
            index = _sessionIds.Count;
            _sessions[id] = index;
            _sessionIds.Add(id);
        }

        return index;
    }

    private void Append(long nip, int session, long join, long leave, int line)
    {
        if (_count == _nips.Length)
        {
            var size = _count * 2;
            Array.Resize(ref _nips, size);
            Array.Resize(ref _joins, size);
            Array.Resize(ref _leaves, size);
            Array.Resize(ref _lines, size);
            Array.Resize(ref _sessionOf, size);
        }

        _nips[_count] = nip;
        _joins[_count] = join;
        _leaves[_count] = leave;
        _lines[_count] = line;
        _sessionOf[_count] = session;
        _count++;
    }
}

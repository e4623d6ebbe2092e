using Bimtek.Domain.Common;
using NodaTime;
using NodaTime.TimeZones;
using static Bimtek.Domain.Interop.Meetings.MeetingRuleCodes;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// Collects an export's rows while it is read. Local times are kept as <see cref="LocalStamp"/>s until the whole file is
/// seen, because the day/month order is a property of the file, not of a row.
/// </summary>
internal sealed class ReportBuilder
{
    private static readonly Duration Tolerance = Duration.FromMinutes(1);

    private readonly MeetingFormat _format;
    private readonly MeetingReadOptions _options;
    private readonly List<Pending> _pending = [];
    private readonly List<RuleViolation> _findings = [];
    private readonly List<PendingAction> _actions = [];
    private LocalStamp? _meetingStart;
    private LocalStamp? _meetingEnd;
    private Interval? _meeting;
    private string? _firstAmbiguous;
    private ZoneInterval? _lastInterval;

    public ReportBuilder(MeetingFormat format, MeetingReadOptions options)
    {
        _format = format;
        _options = options;
    }

    public int WaitingRoomRows { get; set; }

    public object Document => _options.DocumentName is { } name ? name : new RuleText("ekspor", "the export");

    public static RuleText LineOf(int line) => new($"baris {line}", $"line {line}");

    /// <summary>Adds a row whose times are local text in the caller's zone.</summary>
    public void AddText(int line, string name, string? email, string joinText, string leaveText, Duration? reported, MeetingRole role, bool continuity)
    {
        var ok = Stamp(line, "join", joinText, required: true, out var join);
        ok &= Stamp(line, "leave", leaveText, required: false, out var leave);
        if (ok)
        {
            _pending.Add(new Pending(null, line, name, email, join, leave, null, null, reported, role, continuity));
        }
    }

    /// <summary>
    /// Adds one action of the old Teams attendance list (<c>Joined</c>, <c>Joined before</c>, <c>Left</c>, one row each):
    /// the actions of one person become intervals in <see cref="Build"/>, once the file's day/month order is known.
    /// </summary>
    public void AddAction(int line, string name, string timestampText, bool joined)
    {
        if (Stamp(line, "Timestamp", timestampText, required: true, out var stamp))
        {
            _actions.Add(new PendingAction(line, name, stamp!.Value, joined));
        }
    }

    /// <summary>Adds a row whose times are instants already (JSON exports, UTC).</summary>
    public void AddInstant(string path, string name, string? email, Instant join, Instant? leave, Duration? reported, MeetingRole role, bool continuity) =>
        _pending.Add(new Pending(path, 0, name, email, null, null, join, leave, reported, role, continuity));

    /// <summary>The meeting's start and end as local text (Zoom's meeting block, Teams' summary); unreadable ones are ignored.</summary>
    public void MeetingText(string startText, string endText)
    {
        if (LocalStamp.TryParse(startText, out var start) && LocalStamp.TryParse(endText, out var end) && start.HasDate && end.HasDate)
        {
            _meetingStart = start;
            _meetingEnd = end;
            NoteAmbiguous(start, startText);
        }
    }

    public void MeetingInstants(Instant start, Instant end)
    {
        if (start <= end)
        {
            _meeting = new Interval(start, end);
        }
    }

    public void Reject(object where, string field, RuleText reason) =>
        _findings.Add(MeetingRules.Violation(FieldInvalid, ("Where", where), ("Field", field), ("Reason", reason)));

    public MeetingReport Build()
    {
        var order = DecideOrder();
        if (_meetingStart is { } ms && _meetingEnd is { } me && ms.ToLocal(order, null) is { } s && me.ToLocal(order, null) is { } e)
        {
            MeetingInstants(ToInstant(s), ToInstant(e));
        }

        PairActions(order);

        var rows = new List<MeetingRow>(_pending.Count);
        var assumed = 0;
        foreach (var p in _pending)
        {
            if (!Resolve(p, order, out var join, out var leave))
            {
                continue;
            }

            if (leave is { } l && l < join)
            {
                _findings.Add(MeetingRules.Violation(LeaveBeforeJoin, ("Where", p.Where), ("Leave", l), ("Join", join)));
                continue;
            }

            if (leave is { } end && p.Reported is { } reported && Abs(reported - (end - join)) > Tolerance)
            {
                _findings.Add(MeetingRules.Violation(DurationMismatch, ("Where", p.Where), ("Reported", (long)reported.TotalMinutes), ("Computed", (long)(end - join).TotalMinutes)));
            }

            if (_meeting is { } meeting && ((leave ?? join) < meeting.Start || join > meeting.End))
            {
                _findings.Add(MeetingRules.Violation(OutsideMeeting, ("Where", p.Where), ("Start", meeting.Start), ("End", meeting.End)));
            }

            assumed += p.Continuity ? 1 : 0;
            rows.Add(new MeetingRow(p.Path, p.Line, p.Name, string.IsNullOrWhiteSpace(p.Email) ? null : p.Email.Trim(), join, leave, p.Reported, p.Role, p.Continuity));
        }

        if (WaitingRoomRows > 0)
        {
            _findings.Add(MeetingRules.Violation(WaitingRoomExcluded, ("Rows", WaitingRoomRows)));
        }

        if (assumed > 0)
        {
            _findings.Add(MeetingRules.Violation(ContinuityAssumed, ("Where", Document), ("Rows", assumed)));
        }

        return new MeetingReport(_format, rows.AsReadOnly(), _findings.AsReadOnly(), _meeting, order, WaitingRoomRows);
    }

    private static Duration Abs(Duration d) => d < Duration.Zero ? -d : d;

    private bool Resolve(Pending p, DateOrder order, out Instant join, out Instant? leave)
    {
        join = default;
        leave = null;
        if (p.JoinStamp is not { } joinStamp)
        {
            join = p.Join!.Value;
            leave = p.Leave;
            return true;
        }

        if (joinStamp.ToLocal(order, _options.MeetingDate) is not { } j)
        {
            Reject(p.Where, "join", NoSuchDate);
            return false;
        }

        join = ToInstant(j);
        if (p.LeaveStamp is { } leaveStamp)
        {
            if (leaveStamp.ToLocal(order, _options.MeetingDate) is not { } l)
            {
                Reject(p.Where, "leave", NoSuchDate);
                return false;
            }

            leave = ToInstant(l);
        }

        return true;
    }

    private static RuleText NoSuchDate => new("tanggal itu tidak ada dengan urutan hari/bulan berkas ini", "no such date in this file's day/month order");

    // Indonesian zones have kept one offset since 1988; leniency only matters for a caller's zone with DST. A million
    // rows map a million local times: the zone interval of the last one is kept, and a time well inside it (a day from
    // either end, so never in a gap or overlap) takes its offset without asking the zone again.
    private Instant ToInstant(LocalDateTime local)
    {
        if (_lastInterval is { } interval)
        {
            var guess = local.InUtc().ToInstant() - Duration.FromSeconds(interval.WallOffset.Seconds);
            if ((!interval.HasStart || guess - interval.Start > Duration.FromDays(1)) && (!interval.HasEnd || interval.End - guess > Duration.FromDays(1)))
            {
                return guess;
            }
        }

        var instant = local.InZoneLeniently(_options.Zone).ToInstant();
        _lastInterval = _options.Zone.GetZoneInterval(instant);
        return instant;
    }

    private bool Stamp(int line, string field, string text, bool required, out LocalStamp? stamp)
    {
        stamp = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                Reject(LineOf(line), field, new RuleText("kosong", "blank"));
                return false;
            }

            return true;
        }

        if (!LocalStamp.TryParse(text, out var parsed))
        {
            Reject(LineOf(line), field, new RuleText("bukan tanggal dan jam yang dikenal, mis. 11/19/2021 9:54:15 AM", "not a known date and time, e.g. 11/19/2021 9:54:15 AM"));
            return false;
        }

        if (!parsed.HasDate && _options.MeetingDate is null)
        {
            throw new MeetingExportException(MeetingDateMissing, MeetingRules.Get(MeetingDateMissing).Format(System.Globalization.CultureInfo.InvariantCulture, Details(("Where", _options.DocumentName ?? "the export"))));
        }

        NoteAmbiguous(parsed, text);
        stamp = parsed;
        return true;
    }

    private void NoteAmbiguous(LocalStamp stamp, string text)
    {
        if (stamp.NeedsOrder && stamp.Evidence == DateOrder.Detect && _firstAmbiguous is null)
        {
            _firstAmbiguous = text.Trim();
        }
    }

    private DateOrder DecideOrder()
    {
        if (_options.DateOrder != DateOrder.Detect)
        {
            return _options.DateOrder;
        }

        bool dayFirst = false, monthFirst = false, meridiem = false, needed = false;
        foreach (var stamp in Stamps())
        {
            needed |= stamp.NeedsOrder;
            meridiem |= stamp.Meridiem != 0 && stamp.NeedsOrder;
            dayFirst |= stamp.Evidence == DateOrder.DayMonth;
            monthFirst |= stamp.Evidence == DateOrder.MonthDay;
        }

        if (dayFirst != monthFirst)
        {
            return dayFirst ? DateOrder.DayMonth : DateOrder.MonthDay;
        }

        if (!needed)
        {
            return DateOrder.Detect;
        }

        // AM/PM with slashes and no decisive date is how a US-locale Zoom or Teams writes: month first.
        if (!dayFirst && meridiem)
        {
            return DateOrder.MonthDay;
        }

        var dates = dayFirst ? "day-first and month-first" : _firstAmbiguous ?? "?";
        throw new MeetingExportException(DateOrderAmbiguous, MeetingRules.Get(DateOrderAmbiguous).Format(System.Globalization.CultureInfo.InvariantCulture, Details(("Where", _options.DocumentName ?? "the export"), ("Dates", dates))));
    }

    private IEnumerable<LocalStamp> Stamps()
    {
        if (_meetingStart is { } s)
        {
            yield return s;
        }

        foreach (var a in _actions)
        {
            yield return a.Stamp;
        }

        foreach (var p in _pending)
        {
            if (p.JoinStamp is { } j)
            {
                yield return j;
            }

            if (p.LeaveStamp is { } l)
            {
                yield return l;
            }
        }
    }

    // One person's actions in time order (joins before leaves at the same second, so a reconnection within the second
    // stays one interval): presence runs from the join that opens it to the leave that closes the last open join, so
    // two devices count once. A leave with nothing open is rejected; a join never closed stays open (no leave), as the
    // calculator closes those at the meeting's end.
    private void PairActions(DateOrder order)
    {
        if (_actions.Count == 0)
        {
            return;
        }

        var timed = new List<(PendingAction Action, Instant At)>(_actions.Count);
        foreach (var a in _actions)
        {
            if (a.Stamp.ToLocal(order, _options.MeetingDate) is { } local)
            {
                timed.Add((a, ToInstant(local)));
            }
            else
            {
                Reject(LineOf(a.Line), "Timestamp", NoSuchDate);
            }
        }

        foreach (var person in timed.GroupBy(t => t.Action.Name.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            var open = 0;
            (int Line, Instant At) start = default;
            foreach (var (action, at) in person.OrderBy(t => t.At).ThenBy(t => t.Action.Joined ? 0 : 1).ThenBy(t => t.Action.Line))
            {
                if (action.Joined)
                {
                    if (open++ == 0)
                    {
                        start = (action.Line, at);
                    }
                }
                else if (open == 0)
                {
                    Reject(LineOf(action.Line), "User Action", new RuleText("'Left' tanpa 'Joined' sebelumnya", "a 'Left' with no 'Joined' before it"));
                }
                else if (--open == 0)
                {
                    _pending.Add(new Pending(null, start.Line, action.Name, null, null, null, start.At, at, null, MeetingRole.Attendee, false));
                }
            }

            if (open > 0)
            {
                _pending.Add(new Pending(null, start.Line, person.First().Action.Name, null, null, null, start.At, null, null, MeetingRole.Attendee, false));
            }
        }

        // Rows in line order, as the other layouts keep the export's order.
        _pending.Sort((a, b) => a.Line.CompareTo(b.Line));
    }

    private static Dictionary<string, object?> Details(params (string Name, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    private sealed record PendingAction(int Line, string Name, LocalStamp Stamp, bool Joined);

    // A row of a delimited export is named by its line, made into text only for a finding: a million rows keep no
    // "line N" strings alive.
    private sealed record Pending(
        string? Path, int Line, string Name, string? Email, LocalStamp? JoinStamp, LocalStamp? LeaveStamp, Instant? Join, Instant? Leave, Duration? Reported, MeetingRole Role, bool Continuity)
    {
        public object Where => Path is null ? LineOf(Line) : Path;
    }
}

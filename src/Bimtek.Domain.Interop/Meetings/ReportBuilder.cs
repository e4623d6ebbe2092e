using Bimtek.Domain.Common;
using NodaTime;
using NodaTime.TimeZones;
using static Bimtek.Domain.Interop.Meetings.MeetingRuleCodes;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// Collects an export's rows while it is read and turns their local times into instants. The day/month order is a
/// property of the file, not of a row: rows are turned into <see cref="MeetingRow"/>s as they come once the order is
/// given or settled by a decisive date (<see cref="DateOrderEvidence"/>), and only the rows read before that wait, as
/// parsed numbers, until it is known (at the latest, at the file's end).
/// </summary>
/// <remarks>
/// Findings keep the order the whole-file reading gave them: those of reading (a field that does not parse) as they
/// come, then those of turning rows into instants (no such date, leave before join, duration, outside the meeting) in
/// row order, then the notes on the whole export.
/// </remarks>
internal sealed partial class ReportBuilder
{
    private static readonly Duration Tolerance = Duration.FromMinutes(1);

    private readonly MeetingFormat _format;
    private readonly MeetingReadOptions _options;
    private readonly DateOrderEvidence _evidence = new();
    private readonly List<MeetingRow> _rows = [];
    private readonly List<Pending> _waiting = [];
    private readonly List<RuleViolation> _findings = [];
    private readonly List<RuleViolation> _rowFindings = [];
    private readonly List<PendingAction> _actions = [];
    private DateOrder? _order;
    private LocalStamp? _meetingStart;
    private LocalStamp? _meetingEnd;
    private bool _meetingWaits;
    private Interval? _meeting;
    private string? _firstAmbiguous;
    private ZoneInterval? _lastInterval;
    private int _assumed;

    public ReportBuilder(MeetingFormat format, MeetingReadOptions options)
    {
        _format = format;
        _options = options;
        _order = options.DateOrder == DateOrder.Detect ? null : options.DateOrder;
    }

    public int WaitingRoomRows { get; set; }

    public object Document => _options.DocumentName is { } name ? name : new RuleText("ekspor", "the export");

    public static RuleText LineOf(int line) => new($"baris {line}", $"line {line}");

    /// <summary>Adds a row whose times are local text in the caller's zone.</summary>
    public void AddText(int line, string name, string? email, ReadOnlySpan<char> joinText, ReadOnlySpan<char> leaveText, Duration? reported, MeetingRole role, bool continuity)
    {
        var ok = Stamp(line, "join", joinText, required: true, out var join);
        ok &= Stamp(line, "leave", leaveText, required: false, out var leave);
        if (!ok)
        {
            return;
        }

        _evidence.Observe(join!.Value);
        if (leave is { } l)
        {
            _evidence.Observe(l);
        }

        Settle();
        Add(new Pending(null, line, name, email, join, leave, null, null, reported, role, continuity), join.Value.NeedsOrder || (leave?.NeedsOrder ?? false));
    }

    /// <summary>Adds a row whose times are instants already (JSON exports, UTC).</summary>
    public void AddInstant(string path, string name, string? email, Instant join, Instant? leave, Duration? reported, MeetingRole role, bool continuity) =>
        Add(new Pending(path, 0, name, email, null, null, join, leave, reported, role, continuity), needsOrder: false);

    /// <summary>The meeting's start and end as local text (Zoom's meeting block, Teams' summary), given before any row;
    /// unreadable ones are ignored.</summary>
    public void MeetingText(string startText, string endText)
    {
        if (LocalStamp.TryParse(startText, out var start) && LocalStamp.TryParse(endText, out var end) && start.HasDate && end.HasDate)
        {
            if (_rows.Count > 0 || _waiting.Count > 0)
            {
                throw new InvalidOperationException("The meeting's span is given before its rows.");
            }

            _meetingStart = start;
            _meetingEnd = end;
            _meetingWaits = true;
            NoteAmbiguous(start, startText);

            // The start is evidence of the order; the end is not (as it always was).
            _evidence.Observe(start);
            Settle();
            if (_meetingWaits && (_order is not null || (!start.NeedsOrder && !end.NeedsOrder)))
            {
                SettleMeeting(_order ?? DateOrder.Detect);
            }
        }
    }

    public void Reject(object where, string field, RuleText reason) =>
        _findings.Add(MeetingRules.Violation(FieldInvalid, ("Where", where), ("Field", field), ("Reason", reason)));

    public MeetingReport Build()
    {
        var order = _options.DateOrder != DateOrder.Detect ? _options.DateOrder : DecideOrder();
        if (_order is null)
        {
            _order = order;
            Flush();
        }

        if (_meetingWaits)
        {
            SettleMeeting(order);
        }

        var paired = PairActions(order);
        foreach (var p in paired)
        {
            Convert(p, order);
        }

        var findings = new List<RuleViolation>(_findings.Count + _rowFindings.Count + 2);
        findings.AddRange(_findings);
        findings.AddRange(_rowFindings);
        if (WaitingRoomRows > 0)
        {
            findings.Add(MeetingRules.Violation(WaitingRoomExcluded, ("Rows", WaitingRoomRows)));
        }

        if (_assumed > 0)
        {
            findings.Add(MeetingRules.Violation(ContinuityAssumed, ("Where", Document), ("Rows", _assumed)));
        }

        return new MeetingReport(_format, _rows.AsReadOnly(), findings.AsReadOnly(), _meeting, order, WaitingRoomRows);
    }

    private static Duration Abs(Duration d) => d < Duration.Zero ? -d : d;

    // A row that does not depend on the order (ISO or month-name dates, the same day and month) is turned at once,
    // unless rows before it wait: the report keeps the export's order.
    private void Add(in Pending pending, bool needsOrder)
    {
        if (_waiting.Count == 0 && !_meetingWaits && (_order is not null || !needsOrder))
        {
            Convert(pending, _order ?? DateOrder.Detect);
        }
        else
        {
            _waiting.Add(pending);
        }
    }

    // The first decisive date settles the order (a later contradiction is refused in Build); the rows that waited for it
    // are turned now, in their order.
    private void Settle()
    {
        if (_order is null && _evidence.Settled is { } settled)
        {
            _order = settled;
            Flush();
        }
    }

    private void Flush()
    {
        var order = _order!.Value;
        if (_meetingWaits)
        {
            SettleMeeting(order);
        }

        foreach (var p in _waiting)
        {
            Convert(p, order);
        }

        _waiting.Clear();
        _waiting.TrimExcess();
    }

    private void SettleMeeting(DateOrder order)
    {
        _meetingWaits = false;
        if (_meetingStart is { } ms && _meetingEnd is { } me && ms.ToLocal(order, null) is { } s && me.ToLocal(order, null) is { } e)
        {
            var (start, end) = (ToInstant(s), ToInstant(e));
            if (start <= end)
            {
                _meeting = new Interval(start, end);
            }
        }
    }

    private void Convert(in Pending p, DateOrder order)
    {
        if (!Resolve(p, order, out var join, out var leave))
        {
            return;
        }

        if (leave is { } l && l < join)
        {
            _rowFindings.Add(MeetingRules.Violation(LeaveBeforeJoin, ("Where", p.Where), ("Leave", l), ("Join", join)));
            return;
        }

        if (leave is { } end && p.Reported is { } reported && Abs(reported - (end - join)) > Tolerance)
        {
            _rowFindings.Add(MeetingRules.Violation(DurationMismatch, ("Where", p.Where), ("Reported", (long)reported.TotalMinutes), ("Computed", (long)(end - join).TotalMinutes)));
        }

        if (_meeting is { } meeting && ((leave ?? join) < meeting.Start || join > meeting.End))
        {
            _rowFindings.Add(MeetingRules.Violation(OutsideMeeting, ("Where", p.Where), ("Start", meeting.Start), ("End", meeting.End)));
        }

        _assumed += p.Continuity ? 1 : 0;
        _rows.Add(new MeetingRow(p.Path, p.Line, p.Name, string.IsNullOrWhiteSpace(p.Email) ? null : p.Email.Trim(), join, leave, p.Reported, p.Role, p.Continuity));
    }

    private bool Resolve(in Pending p, DateOrder order, out Instant join, out Instant? leave)
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
            _rowFindings.Add(NoSuchDateIn(p.Where, "join"));
            return false;
        }

        join = ToInstant(j);
        if (p.LeaveStamp is { } leaveStamp)
        {
            if (leaveStamp.ToLocal(order, _options.MeetingDate) is not { } l)
            {
                _rowFindings.Add(NoSuchDateIn(p.Where, "leave"));
                return false;
            }

            leave = ToInstant(l);
        }

        return true;
    }

    private static RuleViolation NoSuchDateIn(object where, string field) =>
        MeetingRules.Violation(FieldInvalid, ("Where", where), ("Field", field), ("Reason", NoSuchDate));

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

    private bool Stamp(int line, string field, ReadOnlySpan<char> text, bool required, out LocalStamp? stamp)
    {
        stamp = null;
        if (text.IsWhiteSpace())
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

    private void NoteAmbiguous(LocalStamp stamp, ReadOnlySpan<char> text)
    {
        if (stamp.NeedsOrder && stamp.Evidence == DateOrder.Detect && _firstAmbiguous is null)
        {
            _firstAmbiguous = text.Trim().ToString();
        }
    }

    private DateOrder DecideOrder()
    {
        if (_evidence.Final() is { } order)
        {
            return order;
        }

        var dates = _evidence.Contradicted ? "day-first and month-first" : _firstAmbiguous ?? "?";
        throw new MeetingExportException(DateOrderAmbiguous, MeetingRules.Get(DateOrderAmbiguous).Format(System.Globalization.CultureInfo.InvariantCulture, Details(("Where", _options.DocumentName ?? "the export"), ("Dates", dates))));
    }

    private static Dictionary<string, object?> Details(params (string Name, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    // A row waiting for the file's day/month order, kept in a list of structs (no object per row). A row of a delimited
    // export is named by its line, made into text only for a finding: a million rows keep no "line N" strings alive.
    private readonly record struct Pending(
        string? Path, int Line, string Name, string? Email, LocalStamp? JoinStamp, LocalStamp? LeaveStamp, Instant? Join, Instant? Leave, Duration? Reported, MeetingRole Role, bool Continuity)
    {
        public object Where => Path is null ? LineOf(Line) : Path;
    }
}

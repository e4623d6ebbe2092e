using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>The rows resolved to officials, how many each step resolved, and what could not be resolved, by line.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ResolutionResult
{
    // Rows and verdicts side by side; RowResolution objects are made on the first call to Rows (the attendance log and
    // the counts need none, and a million of them would live as long as the result).
    private readonly List<MeetingRow> _rows;
    private readonly List<RowVerdict> _verdicts;
    private IReadOnlyList<RowResolution>? _resolutions;

    internal ResolutionResult(List<MeetingRow> rows, List<RowVerdict> verdicts, IReadOnlyList<RuleViolation> findings)
    {
        _rows = rows;
        _verdicts = verdicts;
        Findings = findings;
        var bySteps = new Dictionary<ResolutionStep, int>();
        foreach (var step in Enum.GetValues<ResolutionStep>())
        {
            bySteps[step] = 0;
        }

        var continuity = new HashSet<Nip>();
        for (var i = 0; i < verdicts.Count; i++)
        {
            if (verdicts[i].Outcome == ResolutionOutcome.Resolved)
            {
                bySteps[verdicts[i].Step!.Value]++;
                if (rows[i].ContinuityAssumed)
                {
                    continuity.Add(verdicts[i].Nip);
                }
            }
        }

        ResolvedBy = bySteps.AsReadOnly();
        ContinuityAssumedFor = continuity;
    }

    /// <summary>Gets each row's resolution, in row order.</summary>
    public IReadOnlyList<RowResolution> Rows => LazyInitializer.EnsureInitialized(ref _resolutions, Resolutions);

    /// <summary>Gets the findings: <see cref="MeetingRuleCodes.Unresolved"/> and <see cref="MeetingRuleCodes.Ambiguous"/> rows, by line.</summary>
    public IReadOnlyList<RuleViolation> Findings { get; }

    /// <summary>Gets how many rows each step resolved (every step present, zero when none).</summary>
    public IReadOnlyDictionary<ResolutionStep, int> ResolvedBy { get; }

    /// <summary>Gets the number of rows resolved.</summary>
    public int Resolved => _verdicts.Count(v => v.Outcome == ResolutionOutcome.Resolved);

    /// <summary>Gets the number of rows matching two or more officials.</summary>
    public int Ambiguous => _verdicts.Count(v => v.Outcome == ResolutionOutcome.Ambiguous);

    /// <summary>Gets the number of rows matching no one (hosts aside).</summary>
    public int Unresolved => _verdicts.Count(v => v.Outcome == ResolutionOutcome.Unresolved);

    /// <summary>Gets the number of host rows (organisers, presenters), resolved or not.</summary>
    public int HostRows => _rows.Count(r => r.Role == MeetingRole.Host);

    /// <summary>Gets the number of guest rows (Zoom guests, Meet anonymous users), resolved or not.</summary>
    public int GuestRows => _rows.Count(r => r.Role == MeetingRole.Guest);

    /// <summary>Gets the officials whose presence comes, at least in part, from first-join/last-exit rows and is therefore
    /// assumed continuous, not recorded.</summary>
    public IReadOnlySet<Nip> ContinuityAssumedFor { get; }

    /// <summary>Adds the resolved rows to a log builder as rows of one session.</summary>
    /// <param name="builder">The builder (several exports of one session, one per day, may go into one builder).</param>
    /// <param name="sessionId">The session the meeting belongs to.</param>
    /// <returns>The number of rows added.</returns>
    public int AddTo(AttendanceLogBuilder builder, string sessionId)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        var added = 0;
        for (var i = 0; i < _verdicts.Count; i++)
        {
            var row = _rows[i];
            if (_verdicts[i].Outcome == ResolutionOutcome.Resolved && builder.Add(new AttendanceLogEntry(_verdicts[i].Nip, sessionId, row.Join, row.Leave), row.Line))
            {
                added++;
            }
        }

        return added;
    }

    /// <summary>The resolved rows as an attendance log of one session.</summary>
    /// <param name="sessionId">The session the meeting belongs to.</param>
    /// <returns>The log.</returns>
    public AttendanceLog ToAttendanceLog(string sessionId)
    {
        var builder = new AttendanceLogBuilder();
        AddTo(builder, sessionId);
        return builder.Build();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Resolved} resolved, {Ambiguous} ambiguous, {Unresolved} unresolved of {_rows.Count} row(s)";

    private IReadOnlyList<RowResolution> Resolutions()
    {
        var resolutions = new RowResolution[_rows.Count];
        for (var i = 0; i < resolutions.Length; i++)
        {
            resolutions[i] = new RowResolution(_rows[i], _verdicts[i].Outcome, _verdicts[i].Nip, _verdicts[i].Step);
        }

        return Array.AsReadOnly(resolutions);
    }
}

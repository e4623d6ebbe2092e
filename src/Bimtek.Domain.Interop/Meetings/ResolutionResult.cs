using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>The rows resolved to officials, how many each step resolved, and what could not be resolved, by line.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ResolutionResult
{
    internal ResolutionResult(IReadOnlyList<RowResolution> rows, IReadOnlyList<RuleViolation> findings)
    {
        Rows = rows;
        Findings = findings;
        var bySteps = new Dictionary<ResolutionStep, int>();
        foreach (var step in Enum.GetValues<ResolutionStep>())
        {
            bySteps[step] = 0;
        }

        foreach (var row in rows)
        {
            if (row.Outcome == ResolutionOutcome.Resolved)
            {
                bySteps[row.Step!.Value]++;
            }
        }

        ResolvedBy = bySteps.AsReadOnly();
        ContinuityAssumedFor = rows.Where(r => r.Outcome == ResolutionOutcome.Resolved && r.Row.ContinuityAssumed).Select(r => r.Nip).ToHashSet();
    }

    /// <summary>Gets each row's resolution, in row order.</summary>
    public IReadOnlyList<RowResolution> Rows { get; }

    /// <summary>Gets the findings: <see cref="MeetingRuleCodes.Unresolved"/> and <see cref="MeetingRuleCodes.Ambiguous"/> rows, by line.</summary>
    public IReadOnlyList<RuleViolation> Findings { get; }

    /// <summary>Gets how many rows each step resolved (every step present, zero when none).</summary>
    public IReadOnlyDictionary<ResolutionStep, int> ResolvedBy { get; }

    /// <summary>Gets the number of rows resolved.</summary>
    public int Resolved => Rows.Count(r => r.Outcome == ResolutionOutcome.Resolved);

    /// <summary>Gets the number of rows matching two or more officials.</summary>
    public int Ambiguous => Rows.Count(r => r.Outcome == ResolutionOutcome.Ambiguous);

    /// <summary>Gets the number of rows matching no one (hosts aside).</summary>
    public int Unresolved => Rows.Count(r => r.Outcome == ResolutionOutcome.Unresolved);

    /// <summary>Gets the number of host rows (organisers, presenters), resolved or not.</summary>
    public int HostRows => Rows.Count(r => r.Row.Role == MeetingRole.Host);

    /// <summary>Gets the number of guest rows (Zoom guests, Meet anonymous users), resolved or not.</summary>
    public int GuestRows => Rows.Count(r => r.Row.Role == MeetingRole.Guest);

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
        foreach (var row in Rows)
        {
            if (row.Outcome == ResolutionOutcome.Resolved && builder.Add(new AttendanceLogEntry(row.Nip, sessionId, row.Row.Join, row.Row.Leave), row.Row.Line))
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
    public override string ToString() => $"{Resolved} resolved, {Ambiguous} ambiguous, {Unresolved} unresolved of {Rows.Count} row(s)";
}

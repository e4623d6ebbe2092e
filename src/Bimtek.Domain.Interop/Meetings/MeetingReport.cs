using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>What an export says: its presence rows, the meeting's span when it states one, and every finding (rows
/// skipped, warnings) by line or JSON path.</summary>
/// <remarks>Immutable. Rows keep the export's order.</remarks>
public sealed class MeetingReport
{
    internal MeetingReport(MeetingFormat format, IReadOnlyList<MeetingRow> rows, IReadOnlyList<RuleViolation> findings, Interval? meeting, DateOrder dateOrder, int waitingRoomRows)
    {
        Format = format;
        Rows = rows;
        Findings = findings;
        Meeting = meeting;
        DateOrder = dateOrder;
        WaitingRoomRows = waitingRoomRows;
    }

    /// <summary>Gets the layout read.</summary>
    public MeetingFormat Format { get; }

    /// <summary>Gets the presence rows, in the export's order (waiting-room rows and rejected rows left out).</summary>
    public IReadOnlyList<MeetingRow> Rows { get; }

    /// <summary>Gets every finding: rejected rows (<see cref="MeetingRuleCodes.FieldInvalid"/>,
    /// <see cref="MeetingRuleCodes.LeaveBeforeJoin"/>), warnings and notes, each naming its line or JSON path.</summary>
    public IReadOnlyList<RuleViolation> Findings { get; }

    /// <summary>Gets the meeting's start and end when the export states them (Zoom's meeting block, Teams' summary).</summary>
    public Interval? Meeting { get; }

    /// <summary>Gets the date order used: the one given, the one detected, or <see cref="DateOrder.Detect"/> when the export
    /// has no ambiguous date (JSON, ISO dates).</summary>
    public DateOrder DateOrder { get; }

    /// <summary>Gets the number of waiting-room rows left out.</summary>
    public int WaitingRoomRows { get; }

    /// <summary>Gets whether any row's presence is assumed continuous between first join and last exit.</summary>
    public bool ContinuityAssumed => Rows.Any(r => r.ContinuityAssumed);

    /// <summary>Gets the number of rows rejected (findings of severity error).</summary>
    public int RejectedRows => Findings.Count(f => f.Severity == FluentValidation.Severity.Error);

    /// <inheritdoc />
    public override string ToString() => $"{Format}: {Rows.Count} row(s), {Findings.Count} finding(s)";
}

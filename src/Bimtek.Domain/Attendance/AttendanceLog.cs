using Bimtek.Domain.Common;

namespace Bimtek.Domain.Attendance;

/// <summary>
/// Virtual-meeting log rows, grouped by session and stored as parallel arrays so that attendance over millions of rows
/// is computed by sort and sweep without per-row objects. Build one with <see cref="AttendanceLogBuilder"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Instants are kept as Unix ticks; a missing leave as <see cref="long.MinValue"/>.</remarks>
public sealed class AttendanceLog
{
    internal const long NoLeave = long.MinValue;

    private readonly Dictionary<string, int> _sessionIndex;

    internal AttendanceLog(string[] sessionIds, int[] offsets, long[] nips, long[] joins, long[] leaves, int[] lines)
    {
        SessionIds = sessionIds;
        Offsets = offsets;
        Nips = nips;
        Joins = joins;
        Leaves = leaves;
        Lines = lines;
        _sessionIndex = new Dictionary<string, int>(sessionIds.Length, StringComparer.Ordinal);
        for (var i = 0; i < sessionIds.Length; i++)
        {
            _sessionIndex[sessionIds[i]] = i;
        }
    }

    /// <summary>Gets the number of rows kept.</summary>
    public int Count => Nips.Length;

    /// <summary>Gets the session ids the rows name, in order of first appearance.</summary>
    public IReadOnlyList<string> Sessions => Array.AsReadOnly(SessionIds);

    internal string[] SessionIds { get; }

    // Rows of session s are [Offsets[s], Offsets[s + 1]).
    internal int[] Offsets { get; }

    internal long[] Nips { get; }

    internal long[] Joins { get; }

    internal long[] Leaves { get; }

    internal int[] Lines { get; }

    /// <summary>Counts the rows of one session.</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <returns>The number of rows (0 for a session the log does not name).</returns>
    public int CountFor(string sessionId)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        return _sessionIndex.TryGetValue(sessionId, out var s) ? Offsets[s + 1] - Offsets[s] : 0;
    }

    /// <summary>Reports the sessions the log names that are not among <paramref name="knownSessionIds"/> (e.g. a
    /// schedule's sessions), one <see cref="AttendanceRuleCodes.UnknownSession"/> warning each with its row count (an id
    /// holding ten digits or more, perhaps a NIP in the wrong column, is masked).</summary>
    /// <param name="knownSessionIds">The ids of the sessions that exist.</param>
    /// <returns>The warnings, in order of first appearance in the log.</returns>
    public IReadOnlyList<RuleViolation> FindUnknownSessions(IEnumerable<string> knownSessionIds)
    {
        ArgumentNullException.ThrowIfNull(knownSessionIds);
        var known = knownSessionIds.ToHashSet(StringComparer.Ordinal);
        var result = new List<RuleViolation>();
        for (var s = 0; s < SessionIds.Length; s++)
        {
            if (!known.Contains(SessionIds[s]))
            {
                result.Add(AttendanceRules.Violation(AttendanceRuleCodes.UnknownSession, ("Rows", Offsets[s + 1] - Offsets[s]), ("Session", PersonalData.MaskIn(SessionIds[s]))));
            }
        }

        return result.AsReadOnly();
    }

    // The rows of one session, [Start, End); an empty range for a session the log does not name.
    internal (int Start, int End) RangeOf(string sessionId) =>
        _sessionIndex.TryGetValue(sessionId, out var s) ? (Offsets[s], Offsets[s + 1]) : (0, 0);

    /// <inheritdoc />
    public override string ToString() => $"{Count} row(s) in {SessionIds.Length} session(s)";
}

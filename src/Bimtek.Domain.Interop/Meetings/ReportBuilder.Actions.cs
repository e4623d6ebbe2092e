using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>The old Teams attendance list: one row per action, paired into intervals per person once the order is known.</summary>
internal sealed partial class ReportBuilder
{
    /// <summary>
    /// Adds one action of the old Teams attendance list (<c>Joined</c>, <c>Joined before</c>, <c>Left</c>, one row each):
    /// the actions of one person become intervals in <see cref="Build"/>, once the file's day/month order is known.
    /// </summary>
    public void AddAction(int line, string name, string timestampText, bool joined)
    {
        if (Stamp(line, "Timestamp", timestampText, required: true, out var stamp))
        {
            _actions.Add(new PendingAction(line, name, stamp!.Value, joined));
            _evidence.Observe(stamp.Value);
            Settle();
        }
    }

    // One person's actions in time order (joins before leaves at the same second, so a reconnection within the second
    // stays one interval): presence runs from the join that opens it to the leave that closes the last open join, so
    // two devices count once. A leave with nothing open is rejected; a join never closed stays open (no leave), as the
    // calculator closes those at the meeting's end.
    private List<Pending> PairActions(DateOrder order)
    {
        var paired = new List<Pending>();
        if (_actions.Count == 0)
        {
            return paired;
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
                    paired.Add(new Pending(null, start.Line, action.Name, null, null, null, start.At, at, null, MeetingRole.Attendee, false));
                }
            }

            if (open > 0)
            {
                paired.Add(new Pending(null, start.Line, person.First().Action.Name, null, null, null, start.At, null, null, MeetingRole.Attendee, false));
            }
        }

        // Rows in line order, as the other layouts keep the export's order (a line opens one interval at most).
        paired.Sort((a, b) => a.Line.CompareTo(b.Line));
        return paired;
    }

    private sealed record PendingAction(int Line, string Name, LocalStamp Stamp, bool Joined);
}

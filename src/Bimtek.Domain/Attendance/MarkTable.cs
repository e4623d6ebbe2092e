using Bimtek.Domain.Common;
using static Bimtek.Domain.Attendance.AttendanceRuleCodes;

namespace Bimtek.Domain.Attendance;

/// <summary>Step 2 of the attendance calculation: the manual marks by (participant, item), those that match no item or
/// no one on the roster reported and dropped.</summary>
internal sealed class MarkTable
{
    private readonly Dictionary<(int Person, int Slot), AttendanceMark> _marks;

    private MarkTable(Dictionary<(int Person, int Slot), AttendanceMark> marks) => _marks = marks;

    public static MarkTable? Build(
        string sessionId, SessionAgenda agenda, AttendanceRoster people, IReadOnlyCollection<ManualMark>? marks, List<RuleViolation> findings)
    {
        if (marks is null || marks.Count == 0)
        {
            return null;
        }

        var table = new Dictionary<(int, int), AttendanceMark>();
        foreach (var mark in marks)
        {
            var person = people.IndexOf(mark.Nip.Value);
            if (!Enum.IsDefined(mark.Mark))
            {
                throw new ArgumentException($"A mark of participant {mark.Nip} is not an AttendanceMark value.", nameof(marks));
            }

            if (!agenda.SlotAt.TryGetValue((mark.Date, mark.ItemStart), out var slot))
            {
                findings.Add(AttendanceRules.Violation(
                    MarkForUnknownItem, ("Session", sessionId), ("Participant", mark.Nip.ToMaskedString()), ("Date", mark.Date), ("Start", mark.ItemStart)));
                continue;
            }

            if (person < 0)
            {
                findings.Add(AttendanceRules.Violation(NotOnRoster, ("Rows", 1), ("Participant", mark.Nip.ToMaskedString()), ("Session", sessionId)));
            }
            else
            {
                table[(person, slot)] = mark.Mark;
            }
        }

        return new MarkTable(table);
    }

    public bool TryGet(int person, int slot, out AttendanceMark mark) => _marks.TryGetValue((person, slot), out mark);
}

using Bimtek.Domain.Attendance;
using Bimtek.Domain.Programmes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static Bimtek.Domain.Tests.Attendance.AttendanceLogs;

namespace Bimtek.Domain.Tests.Attendance;

/// <summary>For any set of join/leave events (overlapping devices, reconnections, missing leaves, events outside the
/// meeting, in any order), the presence credited to each slot is the measure of the union of the events inside it:
/// checked against a minute-by-minute count.</summary>
public class AttendancePropertyTests
{

    // Minutes after 06:00 WIB; the meeting runs 08:00 (120) to 15:00 (540).
    private static readonly Instant SixAm = Wib("06:00");

    [Property(MaxTest = 200)]
    public Property Presence_IsTheUnionOfTheEvents_NeverCountedTwice() =>
        Prop.ForAll(Events().ToArbitrary(), events =>
        {
            var forward = Calculate(events);
            var backward = Calculate([.. events.AsEnumerable().Reverse()]);
            var covered = new bool[24 * 60];
            foreach (var (join, length) in events)
            {
                var end = length < 0 ? 540 : join + length;
                for (var m = join; m < end; m++)
                {
                    covered[m] = true;
                }
            }

            var slots = forward.Slots;
            for (var s = 0; s < slots.Count; s++)
            {
                var from = (int)(slots[s].Interval.Start - SixAm).TotalMinutes;
                var to = (int)(slots[s].Interval.End - SixAm).TotalMinutes;
                var expected = Duration.FromMinutes(covered.AsSpan(from, to - from).Count(true));
                var participant = forward.Find(Amir);
                var present = participant?.PresentDuring(slots[s]) ?? Duration.Zero;
                if (present != expected || (backward.Find(Amir)?.PresentDuring(backward.Slots[s]) ?? Duration.Zero) != present)
                {
                    return false;
                }
            }

            return true;
        });

    private static SessionAttendance Calculate((int Join, int Length)[] events)
    {
        var builder = new AttendanceLogBuilder();
        foreach (var (join, length) in events)
        {
            var at = SixAm + Duration.FromMinutes(join);
            builder.Add(new AttendanceLogEntry(Amir, S1.Id, at, length < 0 ? null : at + Duration.FromMinutes(length)));
        }

        return Calculator.Calculate(S1, builder.Build(), CompletionPolicy.Default, [new RosterEntry(Amir)]);
    }

    // Joins from 06:00 to 16:00; lengths 0–4 h, or -1 for a missing leave (closed at 15:00 when joined before it).
    private static Gen<(int Join, int Length)[]> Events() =>
        Gen.ArrayOf(
            from start in Gen.Choose(0, 539)
            from length in Gen.Frequency((1, Gen.Constant(-1)), (6, Gen.Choose(0, 240)))
            select (start, length)).Select(a => a.Take(12).ToArray());
}

using Bimtek.Domain.Calendar;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Domain.Planning;

// A placed class's bookings and its session days: the agenda items, with their instructors, day by day.
internal sealed partial class Timetable
{
    private void Commit(PlannedClass planned, int start, Packing packing, Dictionary<string, string> booking, int room)
    {
        for (var d = start; d < start + packing.DayCount; d++)
        {
            _roomsInUse[(planned.Centre, d)] = _roomsInUse.GetValueOrDefault((planned.Centre, d)) | (1 << room);
        }

        foreach (var instructor in booking.Values.Distinct())
        {
            // As long as the window: a packing never runs past the last working day (one that would holds fewer days).
            if (!_instructorDays.TryGetValue(instructor, out var taken))
            {
                _instructorDays[instructor] = taken = new bool[_problem.WorkingDays.Count];
            }

            Array.Fill(taken, true, start, packing.DayCount);
        }

        planned.FirstDay = start;
        planned.DayCount = packing.DayCount;
        planned.Room = room + 1;
        planned.Days = SessionDays(packing, start, booking);
    }

    private List<SessionDay> SessionDays(Packing packing, int start, Dictionary<string, string> booking)
    {
        var lessonLength = _calendar.LessonHourLength;
        var result = new List<SessionDay>(packing.DayCount);
        var blocks = packing.Blocks;
        // The packer lays blocks day after day, so each day is one run of the list: read in place, not grouped and copied
        // (a copy per class was a tenth of a large plan's garbage).
        for (var dayStart = 0; dayStart < blocks.Count;)
        {
            var day = blocks[dayStart].Day;
            var dayEnd = dayStart;
            while (dayEnd < blocks.Count && blocks[dayEnd].Day == day)
            {
                dayEnd++;
            }

            var items = new List<AgendaItem>();
            for (var i = dayStart; i < dayEnd;)
            {
                var first = blocks[i];
                var (block, end, j) = (first.Block, first.Interval.End, i + 1);
                if (block.IsTeaching)
                {
                    // Consecutive JP of one module, back to back, are one teaching item.
                    for (; j < dayEnd && blocks[j].Block.Module == block.Module && blocks[j].Interval.Start == end; j++)
                    {
                        end = blocks[j].Interval.End;
                    }

                    var teacher = booking.TryGetValue(block.Module!, out var id) ? [id] : Array.Empty<string>();
                    items.Add(AgendaItem.Teaching(block.Module!, first.Start, LessonHours.FromJp(j - i), teacher, lessonLength));
                }
                else
                {
                    var official = booking.TryGetValue(Frame(block.Kind), out var id) ? [id] : Array.Empty<string>();
                    items.Add(AgendaItem.Block(block.Kind, first.Start, block.Length, official));
                }

                // A gap inside the day is the shared midday rest: shown as ishoma so the agenda reads as one day.
                if (j < dayEnd && blocks[j].Interval.Start > end)
                {
                    var from = items[^1].End;
                    items.Add(AgendaItem.Block(AgendaItemKind.Ishoma, from, blocks[j].Interval.Start - end));
                }

                i = j;
            }

            result.Add(new SessionDay(_problem.WorkingDays[start + day], items));
            dayStart = dayEnd;
        }

        return result;
    }
}

using NodaTime;

namespace Bimtek.Domain.Calendar;

/// <summary>Operations on ordered, disjoint, half-open interval lists.</summary>
internal static class WorkingIntervals
{
    /// <summary>Intersects two ordered disjoint lists in one merge pass, O(n + m).</summary>
    public static IReadOnlyList<Interval> Intersect(IReadOnlyList<Interval> left, IReadOnlyList<Interval> right)
    {
        var result = new List<Interval>();
        int i = 0, j = 0;
        while (i < left.Count && j < right.Count)
        {
            var start = Instant.Max(left[i].Start, right[j].Start);
            var end = Instant.Min(left[i].End, right[j].End);
            if (start < end)
            {
                result.Add(new Interval(start, end));
            }

            if (left[i].End <= right[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return result.AsReadOnly();
    }

    public static Duration TotalDuration(IReadOnlyList<Interval> intervals) =>
        intervals.Aggregate(Duration.Zero, (sum, i) => sum + i.Duration);

    /// <summary>Counts whole lessons per interval: a lesson cannot run across a break.</summary>
    public static LessonHours LessonHoursIn(IReadOnlyList<Interval> intervals, Duration lessonHourLength) =>
        LessonHours.Sum(intervals.Select(i => LessonHours.FitIn(i.Duration, lessonHourLength)));
}

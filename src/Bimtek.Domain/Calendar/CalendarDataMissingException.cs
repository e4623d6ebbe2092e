namespace Bimtek.Domain.Calendar;

/// <summary>
/// Thrown when a question needs the holiday list of a year the calendar has no data for: such a year is never
/// treated as holiday-free.
/// </summary>
/// <remarks>The embedded data covers 2020 to 2026. Ask <see cref="IWorkingCalendar.Covers(int)"/> or use
/// <see cref="IWorkingCalendar.TryGetDay"/> to avoid the exception; a host can add a year through
/// <c>BimtekOptions.Holidays</c>.</remarks>
public sealed class CalendarDataMissingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="year">The year without data.</param>
    /// <param name="coveredYears">The years the calendar has data for, in order.</param>
    public CalendarDataMissingException(int year, IReadOnlyList<int> coveredYears)
        : base($"The working calendar has no holiday data for {year}; it covers {Describe(coveredYears ?? [])}. "
            + "A year without data is not assumed to be free of holidays.")
    {
        Year = year;
        CoveredYears = [.. coveredYears ?? []];
    }

    /// <summary>Gets the year without data.</summary>
    public int Year { get; }

    /// <summary>Gets the years the calendar has data for, in order.</summary>
    public IReadOnlyList<int> CoveredYears { get; }

    internal static string Describe(IReadOnlyList<int> years)
    {
        if (years.Count == 0)
        {
            return "no year";
        }

        // Print runs of consecutive years as ranges: "2020–2026", or "2020–2024, 2026".
        var runs = new List<string>();
        var start = years[0];
        for (var i = 1; i <= years.Count; i++)
        {
            if (i == years.Count || years[i] != years[i - 1] + 1)
            {
                var end = years[i - 1];
                runs.Add(start == end ? $"{start}" : $"{start}–{end}");
                start = i < years.Count ? years[i] : start;
            }
        }

        return string.Join(", ", runs);
    }
}

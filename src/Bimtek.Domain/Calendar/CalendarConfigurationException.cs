namespace Bimtek.Domain.Calendar;

/// <summary>
/// Thrown when a working calendar is built from data that cannot answer consistently: overlapping working-hours rules,
/// a date of a covered year with no rule in force, two holidays on one date, a bad lesson-hour length, or a closure
/// naming an unknown province.
/// </summary>
/// <remarks>Every problem is reported, not the first: <see cref="Problems"/> carries each with a code from
/// <see cref="CalendarProblemCodes"/>, and the message lists them one a line.</remarks>
public sealed class CalendarConfigurationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">The problems.</param>
    public CalendarConfigurationException(IReadOnlyList<CalendarProblem> problems)
        : base("The working calendar is misconfigured:"
            + Environment.NewLine + string.Join(Environment.NewLine, (problems ?? []).Select(p => "  - " + p)))
    {
        Problems = [.. problems ?? []];
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<CalendarProblem> Problems { get; }
}

using Bimtek.Domain.Common;

namespace Bimtek.Domain.Calendar;

/// <summary>
/// Thrown when a working calendar is built from data that cannot answer consistently: overlapping working-hours rules,
/// a date of a covered year with no rule in force, two holidays on one date, a bad lesson-hour length, or a closure
/// naming an unknown province.
/// </summary>
/// <remarks>Every problem is reported, not the first: <see cref="Problems"/> carries each with a code from
/// <see cref="CalendarRuleCodes"/>, and the message lists them one a line.</remarks>
public sealed class CalendarConfigurationException : Exception
{
    /// <summary>Creates the exception from the problems found; its message is written in the current UI culture.</summary>
    /// <param name="problems">The problems.</param>
    public CalendarConfigurationException(IReadOnlyList<RuleViolation> problems)
        : base("The working calendar is misconfigured:"
            + Environment.NewLine + string.Join(Environment.NewLine, (problems ?? []).Select(p => "  - " + p)))
    {
        Problems = [.. problems ?? []];
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<RuleViolation> Problems { get; }
}

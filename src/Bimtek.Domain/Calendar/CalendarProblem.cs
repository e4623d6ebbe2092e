namespace Bimtek.Domain.Calendar;

/// <summary>One problem in a working calendar's data, with a stable code from <see cref="CalendarProblemCodes"/>.</summary>
/// <remarks>Immutable; compared by reference.</remarks>
public sealed class CalendarProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">The stable code, from <see cref="CalendarProblemCodes"/>.</param>
    /// <param name="message">What is wrong, naming the entries and dates.</param>
    /// <exception cref="ArgumentException">A value is blank.</exception>
    public CalendarProblem(string code, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Code = code;
        Message = message;
    }

    /// <summary>Gets the stable code, e.g. <c>Calendar.HoursRulesOverlap</c>.</summary>
    public string Code { get; }

    /// <summary>Gets what is wrong, naming the entries and dates.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}

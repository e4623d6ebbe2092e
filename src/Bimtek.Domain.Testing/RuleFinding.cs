using System.Collections;
using System.Globalization;
using Bimtek.Domain.Common;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

namespace Bimtek.Domain.Testing;

/// <summary>One broken rule as an assertion sees it: code, severity, message, where it was found, and the entities involved.</summary>
/// <remarks>Immutable. Built from a <see cref="RuleViolation"/> or a FluentValidation <see cref="ValidationFailure"/>.
/// <see cref="ToString"/> is the line a failing assertion prints; it carries no personal data beyond what the rule's own
/// message carries (NIPs in details are masked by the package).</remarks>
public sealed class RuleFinding
{
    private RuleFinding(string code, Severity severity, string message, string? location, IReadOnlyDictionary<string, object?> details)
    {
        Code = code;
        Severity = severity;
        Message = message;
        Location = location;
        Details = details;
    }

    /// <summary>Gets the rule's code, e.g. <c>Scheduling.InstructorDoubleBooked</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the severity.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the message, in the language of the current UI culture when it was found.</summary>
    public string Message { get; }

    /// <summary>Gets where it was found (a property path such as <c>Sessions[0].Days[0].Items[2]</c>), or <see langword="null"/>.</summary>
    public string? Location { get; }

    /// <summary>Gets the entities and values involved, by name (<c>Session</c>, <c>Instructor</c>, <c>Region</c>, …).</summary>
    public IReadOnlyDictionary<string, object?> Details { get; }

    /// <summary>Creates a finding from a violation.</summary>
    /// <param name="violation">The violation.</param>
    /// <param name="location">Where it was found, if known.</param>
    /// <returns>The finding.</returns>
    public static RuleFinding From(RuleViolation violation, string? location = null)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return new(violation.Code, violation.Severity, violation.Message, location, violation.Details);
    }

    /// <summary>Creates a finding from a FluentValidation failure (its violation, when the package raised it).</summary>
    /// <param name="failure">The failure.</param>
    /// <returns>The finding.</returns>
    public static RuleFinding From(ValidationFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.TryGetViolation(out var violation)
            ? new(violation.Code, violation.Severity, failure.ErrorMessage, failure.PropertyName, violation.Details)
            : new(failure.ErrorCode ?? "(no code)", failure.Severity, failure.ErrorMessage, failure.PropertyName, new Dictionary<string, object?>());
    }

    /// <summary>Gets whether a detail named <paramref name="name"/> holds <paramref name="value"/> (compared as written, invariant
    /// culture; a list holds a value when one of its items does).</summary>
    /// <param name="name">The detail's name.</param>
    /// <param name="value">The value.</param>
    /// <returns>Whether it does.</returns>
    public bool Names(string name, object value) =>
        Details.TryGetValue(name, out var actual) && Matches(actual, Text(value));

    /// <inheritdoc />
    public override string ToString()
    {
        var where = Location is null ? string.Empty : $" at {Location}";
        var details = Details.Count == 0 ? string.Empty : $"{Environment.NewLine}      {string.Join("; ", Details.Select(d => $"{d.Key}: {Text(d.Value)}"))}";
        return $"{Code} ({Severity}){where}: {Message}{details}";
    }

    internal static string Text(object? value) => value switch
    {
        null => "–",
        string text => text,
        Nip nip => nip.ToMaskedString(),
        LocalDate date => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        LocalTime time => time.ToString("HH:mm", CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Text)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static bool Matches(object? actual, string expected) =>
        actual is IEnumerable items and not string
            ? items.Cast<object?>().Any(item => Matches(item, expected))
            : string.Equals(Text(actual), expected, StringComparison.Ordinal);
}

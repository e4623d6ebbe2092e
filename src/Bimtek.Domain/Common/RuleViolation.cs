using System.Globalization;
using FluentValidation;

namespace Bimtek.Domain.Common;

/// <summary>A broken rule: its code, severity, the entities involved, and its message in any language on demand.</summary>
/// <remarks>
/// The message is not frozen when the violation is created: <see cref="Message"/> reads the current UI culture, and
/// <see cref="Format"/> writes it for another reader. Messages never carry personal data; <see cref="Details"/> names
/// entities by code or internal id, with typed values (dates, times, numbers, <see cref="RuleText"/>).
/// </remarks>
public sealed class RuleViolation
{
    /// <summary>Creates a violation of <paramref name="rule"/>.</summary>
    /// <param name="rule">The rule broken.</param>
    /// <param name="details">The entities and values involved; they fill the message placeholders.</param>
    /// <exception cref="ArgumentException">A placeholder of the rule's templates has no value in <paramref name="details"/>.</exception>
    public RuleViolation(RuleDescriptor rule, IReadOnlyDictionary<string, object?> details)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(details);

        // Every place that raises a rule fills every placeholder: a message never reads "{Date}" to a person.
        foreach (var placeholder in rule.Placeholders)
        {
            if (!details.ContainsKey(placeholder))
            {
                throw new ArgumentException($"Rule {rule.Code} needs a value for {{{placeholder}}}.", nameof(details));
            }
        }

        Rule = rule;
        Details = details;
    }

    /// <summary>Gets the rule broken.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>Gets the rule's stable code.</summary>
    public string Code => Rule.Code;

    /// <summary>Gets the rule's severity.</summary>
    public Severity Severity => Rule.Severity;

    /// <summary>Gets the message in the language of <see cref="CultureInfo.CurrentUICulture"/>.</summary>
    public string Message => Format(CultureInfo.CurrentUICulture);

    /// <summary>Gets the entities and values involved, by name (e.g. <c>Phase</c>, <c>From</c>, <c>To</c>).</summary>
    public IReadOnlyDictionary<string, object?> Details { get; }

    /// <summary>Writes the message for a reader of <paramref name="culture"/>: Indonesian for <c>id</c>, English otherwise.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The message.</returns>
    public string Format(CultureInfo culture) => Rule.Format(culture, Details);

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}

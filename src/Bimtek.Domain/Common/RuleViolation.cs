using System.Globalization;
using FluentValidation;

namespace Bimtek.Domain.Common;

/// <summary>A broken rule: its code, severity, message and the entities involved.</summary>
/// <remarks>Messages never carry personal data; <see cref="Details"/> names entities by code or internal id.</remarks>
public sealed class RuleViolation
{
    /// <summary>Creates a violation of <paramref name="rule"/>.</summary>
    /// <param name="rule">The rule broken.</param>
    /// <param name="details">The entities and values involved; they fill the message placeholders.</param>
    /// <param name="culture">The message language; <see langword="null"/> for the current UI culture.</param>
    public RuleViolation(RuleDescriptor rule, IReadOnlyDictionary<string, object?> details, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(details);
        Rule = rule;
        Details = details;
        Message = rule.Format(culture, details);
    }

    /// <summary>Gets the rule broken.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>Gets the rule's stable code.</summary>
    public string Code => Rule.Code;

    /// <summary>Gets the rule's severity.</summary>
    public Severity Severity => Rule.Severity;

    /// <summary>Gets the message, in the language asked for.</summary>
    public string Message { get; }

    /// <summary>Gets the entities and values involved, by name (e.g. <c>Phase</c>, <c>From</c>, <c>To</c>).</summary>
    public IReadOnlyDictionary<string, object?> Details { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}

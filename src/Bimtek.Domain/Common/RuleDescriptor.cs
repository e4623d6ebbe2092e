using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;

namespace Bimtek.Domain.Common;

/// <summary>
/// One business rule of the catalogue: a stable code, a severity, and its message in Indonesian and English.
/// </summary>
/// <remarks>
/// The code is a contract (house style, after FluentValidation's error codes): hosts match on it, and renaming a class
/// never changes it. Its prefix is the concept's namespace (<c>Scheduling.</c>, <c>Programmes.</c>, …). Messages use
/// named placeholders such as <c>{Phase}</c>, the same set in both languages, filled from a violation's details and
/// formatted for the reader's language when the message is read (see <see cref="RuleViolation.Format"/>).
/// </remarks>
public sealed partial class RuleDescriptor
{
    /// <summary>Creates a rule description.</summary>
    /// <param name="code">The stable dotted code, e.g. <c>Programmes.CurriculumJpMismatch</c>.</param>
    /// <param name="severity">How serious a violation is.</param>
    /// <param name="messageId">The Indonesian message template.</param>
    /// <param name="messageEn">The English message template.</param>
    /// <exception cref="ArgumentException">A text is blank, or the two templates name different placeholders.</exception>
    public RuleDescriptor(string code, Severity severity, string messageId, string messageEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageEn);
        var placeholders = PlaceholdersOf(messageEn);
        if (!placeholders.ToHashSet(StringComparer.Ordinal).SetEquals(PlaceholdersOf(messageId)))
        {
            throw new ArgumentException(
                $"Rule {code}: the Indonesian template names {{{string.Join("}, {", PlaceholdersOf(messageId))}}} but the English one {{{string.Join("}, {", placeholders)}}}.",
                nameof(messageId));
        }

        Code = code;
        Severity = severity;
        MessageId = messageId;
        MessageEn = messageEn;
        Placeholders = placeholders.AsReadOnly();
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the severity: an <see cref="Severity.Error"/> blocks, a <see cref="Severity.Warning"/> informs.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the Indonesian message template.</summary>
    public string MessageId { get; }

    /// <summary>Gets the English message template.</summary>
    public string MessageEn { get; }

    /// <summary>Gets the placeholder names of the templates (the same in both languages), in order of first use in English.</summary>
    public IReadOnlyList<string> Placeholders { get; }

    /// <summary>Gets the template in the language of <paramref name="culture"/> (Indonesian for <c>id</c>, else English).</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <returns>The template.</returns>
    public string Template(CultureInfo culture) => RuleLanguage.IsIndonesian(culture) ? MessageId : MessageEn;

    /// <summary>Formats the message in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The reader's culture.</param>
    /// <param name="details">Values for the placeholders, formatted for that language; a missing one is left as written.</param>
    /// <returns>The message.</returns>
    public string Format(CultureInfo culture, IReadOnlyDictionary<string, object?> details)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(details);
        return Placeholder().Replace(Template(culture), m =>
            details.TryGetValue(m.Groups[1].Value, out var value) ? RuleValueFormatter.Format(value, culture) : m.Value);
    }

    /// <summary>Creates a violation of this rule.</summary>
    /// <param name="details">The entities and values involved, by placeholder name.</param>
    /// <returns>The violation.</returns>
    public RuleViolation Violation(IReadOnlyDictionary<string, object?> details) => new(this, details);

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Severity})";

    private static List<string> PlaceholdersOf(string template) =>
        [.. Placeholder().Matches(template).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}

using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;

namespace Bimtek.Domain.Common;

/// <summary>
/// One business rule of the catalogue: a stable code, a severity, and its message in Indonesian and English.
/// </summary>
/// <remarks>
/// The code is a contract (house style, after FluentValidation's error codes): hosts match on it, and renaming a class
/// never changes it. Messages use named placeholders such as <c>{Phase}</c>, filled from a violation's details.
/// </remarks>
public sealed partial class RuleDescriptor
{
    /// <summary>Creates a rule description.</summary>
    /// <param name="code">The stable dotted code, e.g. <c>Programme.CurriculumJpMismatch</c>.</param>
    /// <param name="severity">How serious a violation is.</param>
    /// <param name="messageId">The Indonesian message template.</param>
    /// <param name="messageEn">The English message template.</param>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public RuleDescriptor(string code, Severity severity, string messageId, string messageEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageEn);
        Code = code;
        Severity = severity;
        MessageId = messageId;
        MessageEn = messageEn;
    }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the severity: an <see cref="Severity.Error"/> blocks, a <see cref="Severity.Warning"/> informs.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the Indonesian message template.</summary>
    public string MessageId { get; }

    /// <summary>Gets the English message template.</summary>
    public string MessageEn { get; }

    /// <summary>Gets the placeholder names of the templates (the same in both languages).</summary>
    public IReadOnlyList<string> Placeholders => [.. Placeholder().Matches(MessageEn).Select(m => m.Groups[1].Value).Distinct()];

    /// <summary>Formats the message in the language of <paramref name="culture"/> (Indonesian for <c>id</c>, else English).</summary>
    /// <param name="culture">The culture; <see langword="null"/> means <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <param name="details">Values for the placeholders; a missing one is left as written.</param>
    /// <returns>The message.</returns>
    public string Format(CultureInfo? culture, IReadOnlyDictionary<string, object?> details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var template = IsIndonesian(culture ?? CultureInfo.CurrentUICulture) ? MessageId : MessageEn;
        return Placeholder().Replace(template, m =>
            details.TryGetValue(m.Groups[1].Value, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty : m.Value);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Severity})";

    internal static bool IsIndonesian(CultureInfo culture) => culture.TwoLetterISOLanguageName is "id" or "in";

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}

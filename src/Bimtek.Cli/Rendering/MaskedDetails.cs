using System.Collections;
using Bimtek.Cli.Text;
using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;

namespace Bimtek.Cli.Rendering;

/// <summary>
/// A finding's details as <c>--json</c> prints them: every text masked the way the messages are (a value with a NIP or
/// any run of ten digits or more, an e-mail), so a pipeline's log never holds more personal data than a person's screen.
/// </summary>
/// <remarks>Numbers, dates, instants, enum values and flags keep their JSON types; a text or a bilingual text becomes
/// its masked text (in the chosen language); a list is masked item by item; a NIP or NIK prints masked; any other value
/// prints as the package writes it in messages (masked).</remarks>
internal static class MaskedDetails
{
    public static IReadOnlyDictionary<string, object?>? Of(IReadOnlyDictionary<string, object?>? details, CliText text) =>
        details?.ToDictionary(d => d.Key, d => Value(d.Value, text), StringComparer.Ordinal);

    private static object? Value(object? value, CliText text) => value switch
    {
        null => null,
        string or RuleText => RuleLanguage.FormatValue(value, text.Culture),
        Nip nip => nip.ToMaskedString(),
        Nik nik => nik.ToString(),
        IEnumerable items => items.Cast<object?>().Select(item => Value(item, text)).ToList(),
        bool or int or long or decimal or double or Enum or ValueType => value,
        _ => RuleLanguage.FormatValue(value, text.Culture),
    };
}

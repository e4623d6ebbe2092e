using System.Collections;
using System.Globalization;
using NodaTime;

namespace Bimtek.Domain.Common;

/// <summary>
/// Writes a violation's detail values for people, the same way in every message of the package: dates as ISO
/// <c>2020-06-01</c> in both languages, times as <c>08:00</c>, numbers with the language's separators (Indonesian
/// <c>1.234,5</c>, English <c>1,234.5</c>), bilingual texts and enum names in the reader's language, lists joined by commas.
/// </summary>
/// <remarks>
/// ISO dates were chosen over long forms because they read the same in both languages and sort. Separators are fixed
/// per language rather than read from the culture's data, so a host running without ICU data prints the same message.
/// A four-digit number is not grouped (CLDR's minimum grouping digits of 2), so a year or a line number such as 2020
/// prints as written. Every text is masked by <see cref="PersonalData.MaskIn"/>: a value that reads as a NIP prints
/// masked whatever field it came from (an instructor id that is a civil servant's NIP, a programme code).
/// </remarks>
internal static class RuleValueFormatter
{
    public static string Format(object? value, CultureInfo culture) => value switch
    {
        null => "–",
        string text => PersonalData.MaskIn(text),
        RuleText text => PersonalData.MaskIn(text.Format(culture)),
        LocalDate date => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        LocalTime time => time.ToString(time.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture),
        LocalDateTime dateTime => dateTime.ToString(dateTime.Second == 0 ? "uuuu-MM-dd HH:mm" : "uuuu-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        Instant instant => instant.ToString("uuuu-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
        Percentage percentage => Number(percentage.Value, culture),
        Score score => Number(score.Value, culture),
        int number => Number(number, culture),
        long number => Number(number, culture),
        decimal number => Number(number, culture),
        double number => Number((decimal)number, culture),
        Enum member => RuleTerms.Name(member, culture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(item => Format(item, culture))),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => PersonalData.MaskIn(value.ToString() ?? string.Empty),
    };

    private static string Number(decimal number, CultureInfo culture)
    {
        var indonesian = RuleLanguage.IsIndonesian(culture);
        var format = new NumberFormatInfo
        {
            NumberDecimalSeparator = indonesian ? "," : ".",
            NumberGroupSeparator = Math.Abs(number) < 10_000m ? string.Empty : indonesian ? "." : ",",
            NegativeSign = "-",
        };
        return number.ToString("#,0.####", format);
    }
}

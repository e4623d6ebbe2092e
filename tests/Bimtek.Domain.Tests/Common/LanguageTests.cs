using System.Text.RegularExpressions;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Tests.Common;

/// <summary>
/// No message mixes languages: an Indonesian text holds no common English word, an English text no common Indonesian
/// one. Checked over every rule template and over the reasons and terms the package puts inside messages.
/// </summary>
public partial class LanguageTests
{
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "is", "are", "and", "of", "to", "on", "at", "for", "not", "has", "have", "with", "from", "by", "must",
        "was", "were", "which", "than", "more", "only", "it", "this", "that", "be", "or", "no", "expected", "got",
        "session", "sessions", "phase", "region", "regions", "centre", "rule", "rules", "date", "participant",
        "instructor", "day", "days", "working", "hours", "line", "field", "value", "empty", "month", "year", "birth",
        "after", "before", "digits", "between", "found", "allowed",
    };

    private static readonly HashSet<string> Indonesian = new(StringComparer.OrdinalIgnoreCase)
    {
        "yang", "dan", "tidak", "pada", "di", "ke", "dari", "untuk", "dengan", "sesi", "daerah", "balai", "tahap",
        "peserta", "pengajar", "hari", "jam", "kerja", "belum", "sudah", "atau", "ini", "itu", "dalam", "oleh", "baris",
        "kolom", "harus", "seharusnya", "ternyata", "tanggal", "bulan", "tahun", "lahir", "sesudah", "nilai", "kosong",
    };

    public static TheoryData<string> Codes() => new(RuleCatalogue.All.Select(r => r.Code));

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryTemplate_IsWhollyInItsLanguage(string code)
    {
        var rule = RuleCatalogue.All.Single(r => r.Code == code);

        Foreign(rule.MessageId, English).Should().BeEmpty("the Indonesian template of {0} must not hold English words: {1}", code, rule.MessageId);
        Foreign(rule.MessageEn, Indonesian).Should().BeEmpty("the English template of {0} must not hold Indonesian words: {1}", code, rule.MessageEn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1966080119880310011")]
    [InlineData("19660801 19880 31001")]
    [InlineData("19660801x988031001")]
    [InlineData("196608011988031")]
    [InlineData("189908011988031001")]
    [InlineData("196613011988031001")]
    [InlineData("196602301988031001")]
    [InlineData("196608011800031001")]
    [InlineData("196608011988131001")]
    [InlineData("196608011966031001")]
    [InlineData("196608011988033001")]
    [InlineData("196608011988031000")]
    public void NipReasons_AreWhollyInEachLanguage(string text)
    {
        Nip.TryParse(text, out _, out var reason).Should().BeFalse();

        AssertWhole(reason!);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3")]
    [InlineData("32.7")]
    [InlineData("3273x")]
    [InlineData("09")]
    [InlineData("32.00")]
    public void RegionCodeReasons_AreWhollyInEachLanguage(string text)
    {
        RegionCode.TryParse(text.AsSpan(), out _, out var reason).Should().BeFalse();

        AssertWhole(reason!);
    }

    [Fact]
    public void EnumTerms_InIndonesian_HoldNoEnglishWord()
    {
        var enums = typeof(RuleCatalogue).Assembly.GetExportedTypes().Where(t => t.IsEnum);
        foreach (var member in enums.SelectMany(t => Enum.GetValues(t).Cast<Enum>()).Where(RuleTerms.HasIndonesian))
        {
            Foreign(RuleTerms.Name(member, RuleLanguage.Indonesian), English).Should().BeEmpty(member.ToString());
        }
    }

    [Fact]
    public void AViolation_FormatsDatesAndNumbersTheSameWayInBothLanguages_WithTheLanguagesSeparators()
    {
        var rule = new RuleDescriptor("Test.Numbers", FluentValidation.Severity.Error, "Pada {Date}: {Value} dari {Total}.", "On {Date}: {Value} of {Total}.");
        var violation = rule.Violation(new Dictionary<string, object?> { ["Date"] = new NodaTime.LocalDate(2020, 6, 1), ["Value"] = 79.5m, ["Total"] = 12345 });

        violation.Format(RuleLanguage.Indonesian).Should().Be("Pada 2020-06-01: 79,5 dari 12.345.");
        violation.Format(RuleLanguage.English).Should().Be("On 2020-06-01: 79.5 of 12,345.");
    }

    private static void AssertWhole(RuleText text)
    {
        Foreign(text.Indonesian, English).Should().BeEmpty("Indonesian reason: {0}", text.Indonesian);
        Foreign(text.English, Indonesian).Should().BeEmpty("English reason: {0}", text.English);
    }

    // Placeholders and quoted or coded values are not words of either language.
    private static List<string> Foreign(string text, HashSet<string> words) =>
        [.. Word().Matches(Placeholder().Replace(text, " ")).Select(m => m.Value).Where(words.Contains)];

    [GeneratedRegex(@"\{[A-Za-z0-9]+\}|'[^']*'")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}

using System.Globalization;
using Bimtek.Domain.Common;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Tests.Common;

/// <summary>How every message writes its values (<see cref="RuleLanguage.FormatValue"/>), how a reader's language is
/// chosen, and the one rule that keeps identity numbers and e-mail addresses out of messages.</summary>
public class MessageValueTests
{
    public static TheoryData<object?, string, string> Values() => new()
    {
        { null, "–", "–" },
        { new LocalTime(8, 0), "08:00", "08:00" },
        { new LocalTime(8, 0, 30), "08:00:30", "08:00:30" },
        { new LocalDateTime(2020, 6, 1, 8, 0), "2020-06-01 08:00", "2020-06-01 08:00" },
        { new LocalDateTime(2020, 6, 1, 8, 0, 30), "2020-06-01 08:00:30", "2020-06-01 08:00:30" },
        { Instant.FromUtc(2020, 5, 19, 2, 0), "2020-05-19 02:00:00 UTC", "2020-05-19 02:00:00 UTC" },
        { Percentage.Create(79.5m), "79,5", "79.5" },
        { Score.Create(90.01m), "90,01", "90.01" },
        { 2020, "2020", "2020" },
        { -12345, "-12.345", "-12,345" },
        { 1234567L, "1.234.567", "1,234,567" },
        { 0.25d, "0,25", "0.25" },
        { SessionMode.InPerson, "tatap muka", "in person" },
        { new[] { 1, 12345 }, "1, 12.345", "1, 12,345" },
        { new YearMonth(2020, 6), "2020-06", "2020-06" },
        { new RuleText("nilai kosong", "an empty value"), "nilai kosong", "an empty value" },
        { "instructor 196608011988031001", "instructor 1966************01", "instructor 1966************01" },
        { new Written("NIK 3273012345678901"), "NIK ****************", "NIK ****************" },
        { new Written(null), string.Empty, string.Empty },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void AValue_IsWrittenTheSameWayInEveryMessage_WithTheLanguagesSeparators(object? value, string indonesian, string english)
    {
        RuleLanguage.FormatValue(value, RuleLanguage.Indonesian).Should().Be(indonesian);
        RuleLanguage.FormatValue(value, RuleLanguage.English).Should().Be(english);
    }

    [Fact]
    public void FormatValue_RefusesANullCulture() =>
        ((Action)(() => RuleLanguage.FormatValue("x", null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("culture");

    [Theory]
    [InlineData("id", "id-ID")]
    [InlineData(" ID-id ", "id-ID")]
    [InlineData("en", "en-GB")]
    [InlineData("EN-gb", "en-GB")]
    [InlineData("en-US", "en-GB")]
    public void TryParse_KnowsTheTwoLanguages_InAnyCase(string language, string culture)
    {
        RuleLanguage.TryParse(language, out var parsed).Should().BeTrue();
        parsed!.Name.Should().Be(culture);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fr")]
    [InlineData("in-ID")]
    [InlineData("english")]
    public void TryParse_RefusesAnyOtherName(string? language)
    {
        RuleLanguage.TryParse(language, out var parsed).Should().BeFalse();
        parsed.Should().BeNull();
    }

    // By the culture's name alone: a culture invariant mode makes has no language data to read.
    [Theory]
    [InlineData("id-ID", true)]
    [InlineData("in", true)]
    [InlineData("ID", true)]
    [InlineData("in-ID", true)]
    [InlineData("en-GB", false)]
    [InlineData("ms-MY", false)]
    [InlineData("iv", false)]
    public void IsIndonesian_ReadsTheCulturesLanguage(string name, bool indonesian) =>
        RuleLanguage.IsIndonesian(new RuleLanguage.NamedInvariantCulture(name)).Should().Be(indonesian);

    [Fact]
    public void IsIndonesian_OfTheInvariantCulture_IsFalse_AndOfNullIsRefused()
    {
        RuleLanguage.IsIndonesian(CultureInfo.InvariantCulture).Should().BeFalse();
        ((Action)(() => RuleLanguage.IsIndonesian(null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("culture");
    }

    [Fact]
    public void TheCultureInvariantModeGets_WritesMessagesAsTheFullOneDoes()
    {
        // Where the runtime has no culture data, RuleLanguage.Indonesian is this culture: named, with invariant data.
        var indonesian = new RuleLanguage.NamedInvariantCulture("id-ID");
        var rule = new RuleDescriptor("Test.Numbers", FluentValidation.Severity.Error, "Pada {Date}: {Value}.", "On {Date}: {Value}.");
        var violation = rule.Violation(new Dictionary<string, object?> { ["Date"] = new LocalDate(2020, 6, 1), ["Value"] = 12345.5m });

        indonesian.Name.Should().Be("id-ID");
        indonesian.TwoLetterISOLanguageName.Should().Be("id");
        (indonesian.DisplayName, indonesian.EnglishName, indonesian.NativeName).Should().Be(("id-ID", "id-ID", "id-ID"));
        indonesian.Parent.Should().BeSameAs(CultureInfo.InvariantCulture);
        RuleLanguage.IsIndonesian(indonesian).Should().BeTrue();
        violation.Format(indonesian).Should().Be(violation.Format(RuleLanguage.Indonesian)).And.Be("Pada 2020-06-01: 12.345,5.");
    }

    [Fact]
    public void NamedInvariantCultures_AreEqualByName()
    {
        var indonesian = new RuleLanguage.NamedInvariantCulture("id-ID");

        indonesian.Equals(new RuleLanguage.NamedInvariantCulture("id-ID")).Should().BeTrue();
        indonesian.GetHashCode().Should().Be(new RuleLanguage.NamedInvariantCulture("id-ID").GetHashCode());
        indonesian.Equals(new RuleLanguage.NamedInvariantCulture("en-GB")).Should().BeFalse();
        indonesian.Equals(CultureInfo.InvariantCulture).Should().BeFalse();
    }

    [Theory]
    [InlineData("123456789", "'123456789'", "'123456789'")]
    [InlineData("1234567890", "a 10-character value", "nilai 10 karakter")]
    [InlineData("NIP 19660801", "'NIP 19660801'", "'NIP 19660801'")]
    [InlineData("196608011988031001", "a 18-character value", "nilai 18 karakter")]
    public void AValueWithTenDigitsOrMore_IsDescribedByLength_NeverQuoted(string value, string quoted, string indonesian)
    {
        PersonalData.Quote(value).Should().Be(quoted);
        PersonalData.Quoted(value).English.Should().Be(quoted);
        PersonalData.Quoted(value).Indonesian.Should().Be(indonesian);
    }

    [Theory]
    [InlineData("1234", "1234")]
    [InlineData("a@b.c", "(e-mail)")]
    [InlineData("from budi.santoso@kemenperin.go.id, NIP 19660801 198803 1 001.", "from (e-mail), NIP 1966************01.")]
    [InlineData("line 123456789 of 1234567890", "line 123456789 of **********")]
    public void MaskIn_MasksEveryIdentityNumberAndEmailAddress(string text, string masked) =>
        PersonalData.MaskIn(text).Should().Be(masked);

    // A value of a host's own type: the message writes its text, masked.
    private sealed class Written(string? text)
    {
        public override string? ToString() => text;
    }
}

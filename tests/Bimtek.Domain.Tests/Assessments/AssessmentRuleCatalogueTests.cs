using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Tests.Assessments;

public class AssessmentRuleCatalogueTests
{
    private static readonly string[] Codes =
        [.. typeof(AssessmentRuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!)];

    public static TheoryData<string> AssessmentCodes() => new(Codes);

    [Theory]
    [MemberData(nameof(AssessmentCodes))]
    public void Get_WhenAnyCode_HasMessagesInBothLanguagesWithTheSamePlaceholders(string code)
    {
        var rule = AssessmentRules.Get(code);

        rule.Code.Should().Be(code);
        rule.MessageId.Should().NotBeNullOrWhiteSpace();
        rule.MessageEn.Should().NotBeNullOrWhiteSpace();
        Placeholders(rule.MessageId).Should().BeEquivalentTo(Placeholders(rule.MessageEn));
        rule.Placeholders.Should().NotBeEmpty();
    }

    [Fact]
    public void Codes_AreUniqueDotted_AndAllInThePackageCatalogue()
    {
        Codes.Should().NotBeEmpty().And.OnlyHaveUniqueItems().And.OnlyContain(c => Regex.IsMatch(c, @"^Assessment\.[A-Z][A-Za-z]+$"));
        AssessmentRules.All.Select(r => r.Code).Should().BeEquivalentTo(Codes);
        RuleCatalogue.All.Select(r => r.Code).Should().Contain(Codes).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Messages_ReadInIndonesianOrEnglish()
    {
        var rule = AssessmentRules.Get(AssessmentRuleCodes.ResultDuplicate);
        var details = new Dictionary<string, object?> { ["Line"] = 7, ["Session"] = "S1", ["FirstLine"] = 2 };

        rule.Format(CultureInfo.GetCultureInfo("id-ID"), details).Should().Be("Baris 7 mengulang peserta sesi S1 yang sudah ada pada baris 2.");
        rule.Format(CultureInfo.GetCultureInfo("en-GB"), details).Should().Be("Line 7 repeats the participant of session S1 already on line 2.");
    }

    [Fact]
    public void Get_WhenUnknown_Throws()
    {
        var act = () => AssessmentRules.Get("Assessment.Nope");

        act.Should().Throw<KeyNotFoundException>();
    }

    private static IEnumerable<string> Placeholders(string template) =>
        Regex.Matches(template, @"\{(\w+)\}").Select(m => m.Groups[1].Value).Distinct();
}

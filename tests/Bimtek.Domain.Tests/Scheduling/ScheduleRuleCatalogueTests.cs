using System.Reflection;
using System.Text.RegularExpressions;
using Bimtek.Domain.Scheduling;
using FluentValidation;

namespace Bimtek.Domain.Tests.Scheduling;

public class ScheduleRuleCatalogueTests
{
    private static readonly string[] Codes =
        [.. typeof(ScheduleRuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!)];

    public static TheoryData<string> ScheduleCodes() => new(Codes);

    [Theory]
    [MemberData(nameof(ScheduleCodes))]
    public void Get_WhenAnyCode_HasMessagesInBothLanguagesWithTheSamePlaceholders(string code)
    {
        var rule = ScheduleRules.Get(code);

        rule.Code.Should().Be(code);
        rule.MessageId.Should().NotBeNullOrWhiteSpace();
        rule.MessageEn.Should().NotBeNullOrWhiteSpace();
        Placeholders(rule.MessageId).Should().BeEquivalentTo(Placeholders(rule.MessageEn));
        rule.Placeholders.Should().NotBeEmpty("every message names at least the session, phase, centre or instructor concerned");
        rule.Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void Codes_WhenListed_AreUniqueAndDotted()
    {
        Codes.Should().NotBeEmpty().And.OnlyHaveUniqueItems()
            .And.OnlyContain(c => Regex.IsMatch(c, @"^Scheduling\.[A-Z][A-Za-z]+$"));
    }

    [Fact]
    public void All_WhenEnumerated_ListsEveryCodeOnceInOrder()
    {
        ScheduleRules.All.Select(r => r.Code).Should().OnlyHaveUniqueItems()
            .And.BeEquivalentTo(Codes)
            .And.BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Get_WhenCodeIsNotScheduling_Throws()
    {
        var get = () => ScheduleRules.Get("Programme.CurriculumJpMismatch");

        get.Should().Throw<KeyNotFoundException>();
    }

    private static IEnumerable<string> Placeholders(string template) =>
        Regex.Matches(template, @"\{(\w+)\}").Select(m => m.Groups[1].Value).Distinct();
}

using System.Globalization;
using System.Reflection;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Tests.Builders;

namespace Bimtek.Domain.Tests.Common;

public class RuleCatalogueTests
{
    private static readonly string[] Codes =
        [.. typeof(ProgrammeRuleCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)];

    public static TheoryData<string> ProgrammeCodes() => new(Codes);

    [Theory]
    [MemberData(nameof(ProgrammeCodes))]
    public void EveryCode_HasMessagesInBothLanguagesWithTheSamePlaceholders(string code)
    {
        var rule = ProgrammeRules.Get(code);

        rule.MessageId.Should().NotBeNullOrWhiteSpace();
        rule.MessageEn.Should().NotBeNullOrWhiteSpace();
        Placeholders(rule.MessageId).Should().BeEquivalentTo(Placeholders(rule.MessageEn));
        code.Should().StartWith("Programme.");
    }

    [Fact]
    public void Catalogue_ListsEveryCodeOnce()
    {
        ProgrammeRules.All.Select(r => r.Code).Should().OnlyHaveUniqueItems()
            .And.BeEquivalentTo(Codes);
    }

    [Fact]
    public void Messages_FollowTheCurrentUiCulture()
    {
        var programme = new ProgrammeBuilder().WithTotalJp(5).Build();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("id-ID");
            var id = ProgrammeValidator.Instance.Validate(programme).Errors.Single().ErrorMessage;
            CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
            var en = ProgrammeValidator.Instance.Validate(programme).Errors.Single().ErrorMessage;

            id.Should().Be("Kurikulum program TEST-2020 berjumlah 4 JP, tetapi program menyatakan 5 JP.");
            en.Should().Be("The curriculum of programme TEST-2020 adds up to 4 JP, but the programme declares 5 JP.");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Readme_ListsEveryRuleWithItsSeverity()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

        foreach (var rule in Bimtek.Domain.Common.RuleCatalogue.All)
        {
            readme.Should().Contain($"| `{rule.Code}` | {rule.Severity.ToString().ToLowerInvariant()} |", "README's rule table must stay true");
        }
    }

    private static IEnumerable<string> Placeholders(string template) =>
        System.Text.RegularExpressions.Regex.Matches(template, @"\{(\w+)\}").Select(m => m.Groups[1].Value).Distinct();
}

using System.Reflection;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Testing;
using FluentValidation;

namespace Bimtek.Domain.Tests.Common;

/// <summary>One test over every catalogue, found by reflection: the code scheme is a contract for hosts.</summary>
public class RuleCatalogueTests
{
    private static readonly Assembly Package = typeof(RuleCatalogue).Assembly;

    /// <summary>Every public static class named <c>…RuleCodes</c>, with its constants.</summary>
    public static TheoryData<string, string> CodesWithTheirNamespace()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in CodeClasses())
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            {
                data.Add((string)field.GetRawConstantValue()!, type.Namespace!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CodesWithTheirNamespace))]
    public void EveryCode_StartsWithItsConceptNamespace_AndIsInThePackageCatalogue(string code, string @namespace)
    {
        var concept = @namespace.Split('.')[^1];

        code.Should().StartWith(concept + ".").And.MatchRegex(@"^[A-Z][A-Za-z]+\.[A-Z][A-Za-z0-9]+$");
        RuleCatalogue.All.Should().ContainSingle(r => r.Code == code);
    }

    [Fact]
    public void Catalogue_HoldsExactlyTheDeclaredCodes_EachOnce()
    {
        var declared = CodesWithTheirNamespace().Select(row => (string)row[0]).ToList();

        declared.Should().OnlyHaveUniqueItems();
        RuleCatalogue.All.Select(r => r.Code).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(declared);
        RuleCatalogue.All.Select(r => r.Code.Split('.')[0]).Distinct().Should().BeEquivalentTo(new[]
            { "Calendar", "Programmes", "Scheduling", "Planning", "Participants", "Attendance", "Certificates", "Assessments" });
    }

    [Fact]
    public void EveryConceptCatalogue_GetsItsOwnCodes_AndRefusesOthers()
    {
        foreach (var rules in CatalogueClasses())
        {
            var all = (IReadOnlyList<RuleDescriptor>)rules.GetProperty("All")!.GetValue(null)!;
            var get = rules.GetMethod("Get", [typeof(string)])!;

            all.Should().NotBeEmpty().And.BeInAscendingOrder(r => r.Code, StringComparer.Ordinal);
            all.Should().OnlyContain(r => get.Invoke(null, new object[] { r.Code }) == r);
            var foreign = () => get.Invoke(null, ["Nowhere.Nope"]);
            foreign.Should().Throw<TargetInvocationException>().WithInnerException<KeyNotFoundException>();
        }
    }

    [Fact]
    public void EveryTemplate_HasBothLanguages_WithTheSamePlaceholders()
    {
        foreach (var rule in RuleCatalogue.All)
        {
            Placeholders(rule.MessageId).Should().BeEquivalentTo(Placeholders(rule.MessageEn), rule.Code);
            rule.Placeholders.Should().BeEquivalentTo(Placeholders(rule.MessageEn), rule.Code);
        }
    }

    [Fact]
    public void Templates_WithDifferentPlaceholders_AreRefused()
    {
        var act = () => new RuleDescriptor("Test.Rule", Severity.Error, "Sesi {Session} pada {Date}.", "Session {Session}.");

        act.Should().Throw<ArgumentException>().WithMessage("*Test.Rule*{Date}*");
    }

    [Fact]
    public void AViolation_WithoutAValueForAPlaceholder_IsRefused()
    {
        // What makes "every placeholder is filled by every place that raises the rule" hold: each firing test of a
        // rule raises it through this constructor, so a raising place that forgets a value fails its own test.
        var rule = RuleCatalogue.All.First(r => r.Placeholders.Count > 1);
        var partial = rule.Placeholders.Skip(1).ToDictionary(p => p, p => (object?)"x");

        var act = () => new RuleViolation(rule, partial);

        act.Should().Throw<ArgumentException>().WithMessage($"*{rule.Code}*{{{rule.Placeholders[0]}}}*");
    }

    [Fact]
    public void Readme_ListsEveryRuleWithItsSeverity()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

        foreach (var rule in RuleCatalogue.All)
        {
            readme.Should().Contain($"| `{rule.Code}` | {rule.Severity.ToString().ToLowerInvariant()} |", "README's rule table must stay true");
        }
    }

    [Fact]
    public void ValidatorMessages_FollowTheCurrentUiCulture_AsFluentValidationDoes()
    {
        var programme = new ProgrammeBuilder().WithTotalJp(5).Build();
        var failure = UiCulture.Under(RuleLanguage.Indonesian, () => ProgrammeValidator.Instance.Validate(programme).Errors.Single());
        var en = UiCulture.Under(RuleLanguage.English, () => ProgrammeValidator.Instance.Validate(programme).Errors.Single().ErrorMessage);

        failure.ErrorMessage.Should().Be("Kurikulum program TEST-2020 berjumlah 4 JP, tetapi program menyatakan 5 JP.");
        en.Should().Be("The curriculum of programme TEST-2020 adds up to 4 JP, but the programme declares 5 JP.");
        failure.GetViolation().Format(RuleLanguage.English).Should().Be(en, "the violation is not frozen in the language it was created in");
        failure.GetDetails()["Programme"].Should().Be("TEST-2020");
    }

    private static IEnumerable<Type> CodeClasses() =>
        Package.GetExportedTypes().Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("RuleCodes", StringComparison.Ordinal));

    private static IEnumerable<Type> CatalogueClasses() =>
        Package.GetExportedTypes().Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Rules", StringComparison.Ordinal) && t.GetProperty("All") is not null && t != typeof(RuleCatalogue));

    private static IEnumerable<string> Placeholders(string template) =>
        System.Text.RegularExpressions.Regex.Matches(template, @"\{(\w+)\}").Select(m => m.Groups[1].Value).Distinct();
}

using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using FluentValidation;

namespace Bimtek.Domain.Tests.Common;

/// <summary>The rules kernel every concept declares its rules with: books, descriptors, results and enum words.</summary>
public class RuleKernelTests
{
    private static readonly RuleDescriptor Late = new("Test.Late", Severity.Error, "Sesi {Session} terlambat.", "Session {Session} is late.");
    private static readonly RuleDescriptor Short = new("Test.Short", Severity.Warning, "Sesi {Session} pendek.", "Session {Session} is short.");

    [Fact]
    public void ABook_RefusesARuleOfAnotherConcept_AndOneDeclaredTwice()
    {
        var foreign = () => new RuleBook("Other", Late);
        var twice = () => new RuleBook("Test", Late, Short, Late);

        foreign.Should().ThrowExactly<ArgumentException>().WithParameterName("rules")
            .WithMessage("Rule Test.Late does not start with its concept's prefix 'Other.'.*");
        twice.Should().ThrowExactly<ArgumentException>().WithParameterName("rules").WithMessage("Rule Test.Late is declared twice.*");
    }

    [Fact]
    public void ABook_ListsItsRulesByCode_AndNamesAnUnknownCode()
    {
        var book = new RuleBook("Test", Short, Late);

        book.All.Should().Equal(Late, Short);
        book.Get("Test.Short").Should().BeSameAs(Short);
        ((Action)(() => book.Get("Test.Early"))).Should().ThrowExactly<KeyNotFoundException>().WithMessage("No Test rule has code 'Test.Early'.");
        book.Violation("Test.Late", ("Session", "s-1")).Format(RuleLanguage.English).Should().Be("Session s-1 is late.");
    }

    [Fact]
    public void TemplatesNamingDifferentPlaceholders_AreRefusedListingBoth()
    {
        var act = () => new RuleDescriptor("Test.Rule", Severity.Error, "Sesi {Session}.", "Session {Session} on {Date}.");

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("messageId")
            .WithMessage("Rule Test.Rule: the Indonesian template names {Session} but the English one {Session}, {Date}.*");
    }

    [Fact]
    public void ADescriptor_PrintsItsCodeAndSeverity() => Short.ToString().Should().Be("Test.Short (Warning)");

    [Fact]
    public void AResultWithoutViolations_IsTheOneSuccess()
    {
        RuleResult.From([]).Should().BeSameAs(RuleResult.Success);
        RuleResult.Success.Succeeded.Should().BeTrue();
        RuleResult.Success.ToString().Should().Be("Succeeded");
        ((Action)(() => RuleResult.From(null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("violations");
    }

    [Fact]
    public void AResult_FailsOnAnError_NotOnAWarning_AndListsEveryViolation()
    {
        var details = RuleBook.Details(("Session", "s-1"));
        var warned = RuleResult.From([Short.Violation(details)]);
        var failed = RuleResult.From([Late.Violation(details), Short.Violation(details)]);

        warned.Succeeded.Should().BeTrue();
        warned.ToString().Should().Be("Succeeded");
        failed.Succeeded.Should().BeFalse();
        failed.Violations.Select(v => v.Code).Should().Equal("Test.Late", "Test.Short");
        UiCulture.Under(RuleLanguage.English, failed.ToString).Should().Be("Test.Late: Session s-1 is late.; Test.Short: Session s-1 is short.");
    }

    [Theory]
    [InlineData(SessionMode.InPerson, "in person", "tatap muka")]
    [InlineData(PhaseDelivery.ThroughServingCentres, "through serving centres", "melalui balai yang melayani")]
    [InlineData(AsnKind.Pns, "pns", "pns")] // no Indonesian words: the English ones in both languages
    [InlineData(AsnKind.Pppk, "pppk", "pppk")]
    public void AnEnumMember_ReadsAsWordsInTheReadersLanguage(Enum member, string english, string indonesian)
    {
        RuleLanguage.NameOf(member, RuleLanguage.English).Should().Be(english);
        RuleLanguage.NameOf(member, RuleLanguage.Indonesian).Should().Be(indonesian);
        RuleTerms.HasIndonesian(member).Should().Be(english != indonesian);
    }

    [Fact]
    public void NameOf_RefusesNullsByName()
    {
        ((Action)(() => RuleLanguage.NameOf(null!, RuleLanguage.English))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("member");
        ((Action)(() => RuleLanguage.NameOf(SessionMode.Virtual, null!))).Should().ThrowExactly<ArgumentNullException>().WithParameterName("culture");
    }
}

using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Tests.Assessments;

/// <summary>An instrument's rules at their edges: which items it takes, which raw scores, and how it says what is wrong.</summary>
public class AssessmentInstrumentRuleTests
{
    private static AssessmentInstrument PostTest() => new(
        "POST",
        InstrumentKind.PostTest,
        [new InstrumentItem("Q1", "TK.01", 5m), new InstrumentItem("Q2", "TK.01", 5m), new InstrumentItem("Q3", "TK.02", 10m)]);

    [Fact]
    public void ARawScoreOfZeroOrOfTheItemsMaximum_IsOnTheScale()
    {
        var score = PostTest().Score(new Dictionary<string, decimal> { ["Q1"] = 0m, ["Q2"] = 5m, ["Q3"] = 10m });

        score.Result.Succeeded.Should().BeTrue();
        score.Total!.Value.Value.Should().Be(75m);
        score.ByCompetency.Should().HaveCount(2);
        score.ByCompetency["TK.01"].Value.Should().Be(50m);
        score.ToString().Should().Be($"POST: {score.Total}");
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(5.01)]
    public void ARawScoreJustOffTheScale_IsOutOfRange_NamingItemValueAndMaximum(double raw)
    {
        var value = (decimal)raw;
        var score = PostTest().Score(new Dictionary<string, decimal> { ["Q1"] = value, ["Q2"] = 5m, ["Q3"] = 10m });

        score.Total.Should().BeNull();
        score.ByCompetency.Should().BeEmpty();
        var violation = score.Result.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(AssessmentRuleCodes.ItemScoreOutOfRange);
        (violation.Details["Instrument"], violation.Details["Item"], violation.Details["Value"], violation.Details["Maximum"]).Should().Be(("POST", "Q1", value, 5m));
        score.ToString().Should().StartWith("POST: ");
    }

    [Fact]
    public void UnknownAndMissingItems_ReadAsTheyAre()
    {
        var score = PostTest().Score(new Dictionary<string, decimal> { ["Q1"] = 1m, ["Q2"] = 1m, ["Q4"] = 1m });

        score.Result.Violations.Select(v => v.Format(RuleLanguage.English)).Should().Equal(
            "Instrument POST has no item Q4.",
            "Item Q3 of instrument POST has no score.");
    }

    [Fact]
    public void NoAnswers_MissEveryItem_InTheInstrumentsOrder()
    {
        var score = PostTest().Score(new Dictionary<string, decimal>());

        score.Result.Violations.Select(v => (v.Code, v.Details["Item"])).Should().Equal(
            (AssessmentRuleCodes.ItemMissing, "Q1"),
            (AssessmentRuleCodes.ItemMissing, "Q2"),
            (AssessmentRuleCodes.ItemMissing, "Q3"));
    }

    [Fact]
    public void CheckCompetencies_AcceptsAnItemFoundInAnyOfTheFrameworks()
    {
        var managerial = CompetencyFramework.AsnManagerial.Competencies[0].Code;
        var socioCultural = CompetencyFramework.AsnSocioCultural.Competencies[0].Code;
        var instrument = new AssessmentInstrument("OBS", InstrumentKind.Observation, [new InstrumentItem("R1", managerial, 4m), new InstrumentItem("R2", socioCultural, 4m), new InstrumentItem("R3", "X.99", 4m)]);

        var result = instrument.CheckCompetencies([CompetencyFramework.AsnManagerial, CompetencyFramework.AsnSocioCultural]);

        result.Violations.Should().ContainSingle().Which.Format(RuleLanguage.English).Should().Be(
            "Item R3 of instrument OBS maps to competency X.99, which is in no framework assessed.");
        instrument.CheckCompetencies([]).Violations.Should().HaveCount(3);
    }

    [Fact]
    public void TheInstrument_KeepsWhatItWasGiven()
    {
        var instrument = PostTest();

        (instrument.Code, instrument.Kind, instrument.MaximumScore).Should().Be(("POST", InstrumentKind.PostTest, 20m));
        instrument.Items.Select(i => i.Code).Should().Equal("Q1", "Q2", "Q3");
        instrument.ToString().Should().Be("POST (PostTest, 3 items, max 20)");
    }

    public static TheoryData<string, InstrumentItem?, string> BadItems => new()
    {
        { "blank item code", new InstrumentItem(" ", "TK.01", 1m), "Instrument X: every item needs a code, a competency and a maximum above 0. (Parameter 'items')" },
        { "blank competency", new InstrumentItem("Q1", "", 1m), "Instrument X: every item needs a code, a competency and a maximum above 0. (Parameter 'items')" },
        { "negative maximum", new InstrumentItem("Q1", "TK.01", -1m), "Instrument X: every item needs a code, a competency and a maximum above 0. (Parameter 'items')" },
        { "null item", null, "Instrument X: an item is null. (Parameter 'items')" },
    };

    [Theory]
    [MemberData(nameof(BadItems))]
    public void Constructor_RefusesABadItem_SayingWhy(string because, InstrumentItem? item, string message) =>
        FluentActions.Invoking(() => new AssessmentInstrument("X", InstrumentKind.PreTest, [new InstrumentItem("Q0", "TK.01", 1m), item!]))
            .Should().Throw<ArgumentException>(because).WithMessage(message);

    [Fact]
    public void Constructor_RefusesBlankCodeNoItemsAndAnUndefinedKind_ByName()
    {
        FluentActions.Invoking(() => new AssessmentInstrument(" ", InstrumentKind.PreTest, [new InstrumentItem("Q1", "TK.01", 1m)])).Should().Throw<ArgumentException>().WithParameterName("code");
        FluentActions.Invoking(() => new AssessmentInstrument("X", InstrumentKind.PreTest, null!)).Should().Throw<ArgumentNullException>().WithParameterName("items");
        FluentActions.Invoking(() => new AssessmentInstrument("X", InstrumentKind.PreTest, [])).Should().Throw<ArgumentException>().WithMessage("Instrument X has no item. (Parameter 'items')");
        FluentActions.Invoking(() => new AssessmentInstrument("X", (InstrumentKind)0, [new InstrumentItem("Q1", "TK.01", 1m)]))
            .Should().Throw<ArgumentException>().WithMessage("Instrument X: kind 0 is not defined. (Parameter 'kind')");
        FluentActions.Invoking(() => new AssessmentInstrument("X", InstrumentKind.PreTest, [new InstrumentItem("Q1", "TK.01", 1m), new InstrumentItem("Q1", "TK.02", 1m)]))
            .Should().Throw<ArgumentException>().WithMessage("Instrument X: item code Q1 is used more than once. (Parameter 'items')");
    }

    [Fact]
    public void NullArguments_AreRefusedByName()
    {
        FluentActions.Invoking(() => PostTest().Score(null!)).Should().Throw<ArgumentNullException>().WithParameterName("itemScores");
        FluentActions.Invoking(() => PostTest().CheckCompetencies(null!)).Should().Throw<ArgumentNullException>().WithParameterName("frameworks");
        FluentActions.Invoking(() => PostTest().ScoreFor(default, new Dictionary<string, decimal>())).Should().Throw<ArgumentException>().WithParameterName("participant");
    }

    [Fact]
    public void AResult_ShowsTheScoreBehindAMaskedNip()
    {
        var nip = Testing.People.Nip(3);
        var result = PostTest().ScoreFor(nip, new Dictionary<string, decimal> { ["Q1"] = 5m, ["Q2"] = 5m, ["Q3"] = 0m });

        result.Total!.Value.Value.Should().Be(50m);
        result.ToString().Should().Be($"{nip.ToMaskedString()}: POST: {result.Total}");
    }
}

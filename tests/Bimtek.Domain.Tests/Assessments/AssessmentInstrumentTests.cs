using Bimtek.Domain.Assessments;

namespace Bimtek.Domain.Tests.Assessments;

public class AssessmentInstrumentTests
{
    // A post-test of the 2020 programme: two items on TK.01 (5 + 5), one on TK.02 (10): maximum 20.
    private static readonly AssessmentInstrument PostTest = new(
        "POST",
        InstrumentKind.PostTest,
        [new InstrumentItem("Q1", "TK.01", 5m), new InstrumentItem("Q2", "TK.01", 5m), new InstrumentItem("Q3", "TK.02", 10m)]);

    [Fact]
    public void Score_NormalisesTheTotalAndEachCompetency()
    {
        var score = PostTest.Score(new Dictionary<string, decimal> { ["Q1"] = 5m, ["Q2"] = 2m, ["Q3"] = 8m });

        score.Result.Succeeded.Should().BeTrue();
        score.Total!.Value.Value.Should().Be(75m); // 15 / 20
        score.ByCompetency["TK.01"].Value.Should().Be(70m); // 7 / 10
        score.ByCompetency["TK.02"].Value.Should().Be(80m); // 8 / 10
        PostTest.MaximumScore.Should().Be(20m);
    }

    [Fact]
    public void ScoreFor_KeepsWhoseResultItIs_WithTheNipMasked()
    {
        var result = PostTest.ScoreFor(Testing.People.Nip(7), new Dictionary<string, decimal> { ["Q1"] = 5m, ["Q2"] = 5m, ["Q3"] = 10m });

        result.Participant.Should().Be(Testing.People.Nip(7));
        result.Total!.Value.Value.Should().Be(100m);
        result.Instrument.Should().BeSameAs(PostTest);
        result.ToString().Should().NotContain(Testing.People.Nip(7).ToUnmaskedString());
        FluentActions.Invoking(() => PostTest.ScoreFor(default, new Dictionary<string, decimal>())).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Score_ReportsEveryBadAnswer()
    {
        var score = PostTest.Score(new Dictionary<string, decimal> { ["Q1"] = 6m, ["Q3"] = -1m, ["Q9"] = 1m });

        score.Total.Should().BeNull();
        score.Result.Violations.Select(v => (v.Code, v.Details["Item"])).Should().BeEquivalentTo(new[]
        {
            (AssessmentRuleCodes.ItemScoreOutOfRange, (object?)"Q1"),
            (AssessmentRuleCodes.ItemScoreOutOfRange, "Q3"),
            (AssessmentRuleCodes.ItemUnknown, "Q9"),
            (AssessmentRuleCodes.ItemMissing, "Q2"),
        });
    }

    [Fact]
    public void CheckCompetencies_NamesEachItemOutsideTheFrameworks()
    {
        var instrument = new AssessmentInstrument("OBS", InstrumentKind.Observation, [new InstrumentItem("R1", "M.01", 4m), new InstrumentItem("R2", "X.99", 4m)]);

        var result = instrument.CheckCompetencies([CompetencyFramework.AsnManagerial]);

        result.Violations.Should().ContainSingle().Which.Details["Item"].Should().Be("R2");
        result.Violations[0].Code.Should().Be(AssessmentRuleCodes.ItemCompetencyUnknown);
    }

    [Fact]
    public void Constructor_WhenItemsAreInvalid_Throws()
    {
        FluentActions.Invoking(() => new AssessmentInstrument("X", InstrumentKind.PreTest, [])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new AssessmentInstrument("X", InstrumentKind.PreTest, [new InstrumentItem("Q1", "TK.01", 0m)])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new AssessmentInstrument("X", InstrumentKind.PreTest, [new InstrumentItem("Q1", "TK.01", 1m), new InstrumentItem("Q1", "TK.02", 1m)]))
            .Should().Throw<ArgumentException>().WithMessage("*Q1*");
        FluentActions.Invoking(() => new AssessmentInstrument("X", (InstrumentKind)9, [new InstrumentItem("Q1", "TK.01", 1m)])).Should().Throw<ArgumentException>();
    }
}

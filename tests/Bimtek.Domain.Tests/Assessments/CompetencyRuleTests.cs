using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using Bimtek.Domain.Testing;

namespace Bimtek.Domain.Tests.Assessments;

/// <summary>Competencies, their levels and frameworks at their edges: what each refuses, and how each reads.</summary>
public class CompetencyRuleTests
{
    private static CompetencyLevel[] FiveLevels(int first = 1) =>
        [.. Enumerable.Range(first, 5).Select(l => new CompetencyLevel(ProficiencyLevel.Create(l), $"level {l}", Provenance.HostSupplied))];

    [Fact]
    public void Competency_TakesItsFiveLevelsInAnyOrder_AndDescribesEach()
    {
        var competency = new Competency("X.01", "Analisis", CompetencyKind.Technical, Enumerable.Reverse(FiveLevels()), "def", Provenance.Sourced);

        competency.Levels.Select(l => l.Level.Value).Should().Equal(1, 2, 3, 4, 5);
        competency.Describe(ProficiencyLevel.Create(1))!.Description.Should().Be("level 1");
        competency.Describe(ProficiencyLevel.Create(5))!.Description.Should().Be("level 5");
        (competency.Definition, competency.Provenance, competency.ToString()).Should().Be(("def", Provenance.Sourced, "X.01 Analisis"));
    }

    [Fact]
    public void Competency_WithoutLevels_DescribesNone_AndTheDefaultLevelIsRefused()
    {
        var competency = new Competency("X.01", "Analisis", CompetencyKind.Technical, []);

        competency.Describe(ProficiencyLevel.Create(3)).Should().BeNull();
        (competency.Definition, competency.Provenance).Should().Be(((string?)null, Provenance.HostSupplied));
        FluentActions.Invoking(() => competency.Describe(default)).Should().Throw<ArgumentException>().WithParameterName("level");
    }

    [Fact]
    public void Competency_RefusesWhatItCannotHold_SayingWhy()
    {
        var twiceThree = FiveLevels().Take(4).Append(new CompetencyLevel(ProficiencyLevel.Create(3), "again", Provenance.HostSupplied));
        FluentActions.Invoking(() => new Competency("X.01", "A", CompetencyKind.Technical, twiceThree)).Should().Throw<ArgumentException>()
            .WithMessage("Competency X.01: describe every level 1–5 once, or none; got 1, 2, 3, 3, 4. (Parameter 'levels')");
        FluentActions.Invoking(() => new Competency("X.01", "A", CompetencyKind.Technical, [.. FiveLevels(), null!])).Should().Throw<ArgumentException>()
            .WithMessage("Competency X.01: a level is null. (Parameter 'levels')");
        FluentActions.Invoking(() => new Competency("X.01", "A", (CompetencyKind)0, [])).Should().Throw<ArgumentException>()
            .WithMessage("Competency X.01: kind 0 is not defined. (Parameter 'kind')");
        FluentActions.Invoking(() => new Competency(" ", "A", CompetencyKind.Technical, [])).Should().Throw<ArgumentException>().WithParameterName("code");
        FluentActions.Invoking(() => new Competency("X.01", "", CompetencyKind.Technical, [])).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new Competency("X.01", "A", CompetencyKind.Technical, null!)).Should().Throw<ArgumentNullException>().WithParameterName("levels");
    }

    [Fact]
    public void Framework_FindsByExactCode_AndRefusesWhatItCannotHold()
    {
        var framework = new CompetencyFramework("F", "Kerangka", "host", [new Competency("X.01", "A", CompetencyKind.Technical, [])]);

        framework.Find("X.01")!.Name.Should().Be("A");
        framework.Find("x.01").Should().BeNull();
        framework.ToString().Should().Be("F (1 competencies)");
        FluentActions.Invoking(() => framework.Find(null!)).Should().Throw<ArgumentNullException>().WithParameterName("code");
        FluentActions.Invoking(() => new CompetencyFramework("F", "K", "host", [null!])).Should().Throw<ArgumentException>()
            .WithMessage("Framework F: a competency is null. (Parameter 'competencies')");
        FluentActions.Invoking(() => new CompetencyFramework(" ", "K", "host", [])).Should().Throw<ArgumentException>().WithParameterName("code");
        FluentActions.Invoking(() => new CompetencyFramework("F", " ", "host", [])).Should().Throw<ArgumentException>().WithParameterName("name");
        FluentActions.Invoking(() => new CompetencyFramework("F", "K", " ", [])).Should().Throw<ArgumentException>().WithParameterName("source");
        FluentActions.Invoking(() => new CompetencyFramework("F", "K", "host", null!)).Should().Throw<ArgumentNullException>().WithParameterName("competencies");
    }

    [Fact]
    public void ForProgramme_TakesEachCodeOnce_FromItsFirstObjective_SkippingBlanks_InCodeOrder()
    {
        var programme = new ProgrammeBuilder().WithCurriculum(
            ProgrammeBuilder.Module("M1", 2, "TK.02", " ", "TK.01"),
            ProgrammeBuilder.Module("M2", 2, "TK.01", "TK.03")).Build();

        var framework = CompetencyFramework.ForProgramme(programme);

        framework.Competencies.Select(c => (c.Code, c.Name, c.Kind, c.Provenance)).Should().Equal(
            ("TK.01", "Objective", CompetencyKind.Technical, Provenance.HostSupplied),
            ("TK.02", "Objective", CompetencyKind.Technical, Provenance.HostSupplied),
            ("TK.03", "Objective", CompetencyKind.Technical, Provenance.HostSupplied));
        (framework.Name, framework.Source).Should().Be(("Kompetensi teknis " + programme.Title, "Learning objectives of programme TEST-2020"));
        FluentActions.Invoking(() => CompetencyFramework.ForProgramme(null!)).Should().Throw<ArgumentNullException>().WithParameterName("programme");
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("5", 5)]
    [InlineData("03", 3)]
    public void ProficiencyLevel_ReadsADigitOneToFive(string text, int value)
    {
        ProficiencyLevel.TryParse(text, out var level).Should().BeTrue();
        level.Value.Should().Be(value);
        level.ToString().Should().Be($"level {value}");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("+3")]
    [InlineData(" 3")]
    [InlineData("3.0")]
    [InlineData(null)]
    public void ProficiencyLevel_RefusesAnythingElse(string? text)
    {
        ProficiencyLevel.TryParse(text, out var level).Should().BeFalse();
        level.IsDefault.Should().BeTrue();
        level.ToString().Should().Be("(no level)");
    }

    [Fact]
    public void ProficiencyLevels_CompareByValue()
    {
        var two = ProficiencyLevel.Create(2);
        var three = ProficiencyLevel.Create(3);

        (two < three ? 1 : 0, two > three ? 1 : 0, two <= three ? 1 : 0, two >= three ? 1 : 0).Should().Be((1, 0, 1, 0));
        (three < two ? 1 : 0, three > two ? 1 : 0, three <= two ? 1 : 0, three >= two ? 1 : 0).Should().Be((0, 1, 0, 1));
        var otherTwo = ProficiencyLevel.Create(2);
        (two <= otherTwo ? 1 : 0, two >= otherTwo ? 1 : 0, two < otherTwo ? 1 : 0, two > otherTwo ? 1 : 0).Should().Be((1, 1, 0, 0));
        (two.CompareTo(three), three.CompareTo(two), two.CompareTo(otherTwo)).Should().Be((-1, 1, 0));
        FluentActions.Invoking(() => ProficiencyLevel.Create(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        (ProficiencyLevel.Minimum, ProficiencyLevel.Maximum).Should().Be((1, 5));
    }

    [Fact]
    public void Refusals_SayWhatIsWrong()
    {
        FluentActions.Invoking(() => ProficiencyLevel.Create(6)).Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("A competency level is 1 to 5.");
        FluentActions.Invoking(() => new Competency("X.01", "A", CompetencyKind.Technical, []).Describe(default)).Should().Throw<ArgumentException>()
            .Which.Message.Should().Be("The default level is no level. (Parameter 'level')");
        FluentActions.Invoking(() => LearningGain.Undefined.Value).Should().Throw<InvalidOperationException>()
            .Which.Message.Should().Be("The learning gain is undefined (the pre-test is at the maximum, or there is no pair of tests).");
        FluentActions.Invoking(() => GradingPolicy.Default.WithPassMark(101m)).Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith("The pass mark is 0 to 100.");
        var instrument = new AssessmentInstrument("X", InstrumentKind.PreTest, [new InstrumentItem("Q1", "TK.01", 1m)]);
        FluentActions.Invoking(() => instrument.ScoreFor(default, new Dictionary<string, decimal>())).Should().Throw<ArgumentException>()
            .Which.Message.Should().Be("The participant's NIP is the default value. (Parameter 'participant')");
    }

    [Fact]
    public void GradingPolicy_SortsBandsGivenInAnyOrder_FromTheLowest()
    {
        var policy = new GradingPolicy([new GradeBand("C", "C", "C", 80m), new GradeBand("A", "A", "A", null), new GradeBand("B", "B", "B", 60m)], 60m);

        policy.Bands.Select(b => b.Code).Should().Equal("A", "B", "C");
        (policy.Grade(Score.Create(59m)).Code, policy.Grade(Score.Create(60m)).Code, policy.Grade(Score.Create(95m)).Code).Should().Be(("A", "B", "C"));
    }
}

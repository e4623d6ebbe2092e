using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Tests.Assessments;

public class GradingPolicyTests
{
    [Theory]
    [InlineData("100", "SangatMemuaskan")]
    [InlineData("90.00", "SangatMemuaskan")]
    [InlineData("89.99", "Memuaskan")]
    [InlineData("80.00", "Memuaskan")]
    [InlineData("79.99", "CukupMemuaskan")]
    [InlineData("70.00", "CukupMemuaskan")]
    [InlineData("69.99", "KurangMemuaskan")]
    [InlineData("60.00", "KurangMemuaskan")]
    [InlineData("59.99", "TidakMemuaskan")]
    [InlineData("0", "TidakMemuaskan")]
    public void Default_Grade_LowerBoundsAreInclusive(string score, string band)
    {
        Score.TryParse(score, out var s).Should().BeTrue();

        GradingPolicy.Default.Grade(s).Code.Should().Be(band);
    }

    [Fact]
    public void Default_IsAssumed_WithFiveBandsAndPassMark60OnTheKurangMemuaskanBoundary()
    {
        var policy = GradingPolicy.Default;

        policy.Provenance.Should().Be(Provenance.Assumed);
        policy.Bands.Select(b => b.Name).Should().Equal("Tidak Memuaskan", "Kurang Memuaskan", "Cukup Memuaskan", "Memuaskan", "Sangat Memuaskan");
        policy.PassMark.Should().Be(60m);
        policy.PassingBand!.Code.Should().Be("KurangMemuaskan");
        policy.PassMark.Should().Be(Bimtek.Domain.Programmes.CompletionPolicy.Default.PassMark);
    }

    [Theory]
    [InlineData(59.99, false, "TidakMemuaskan")]
    [InlineData(60, true, "KurangMemuaskan")] // a pass is never graded Tidak Memuaskan
    [InlineData(100, true, "SangatMemuaskan")]
    public void Passes_AtThePassMarkInclusive_AndTheGradeAgrees(decimal score, bool passes, string band)
    {
        var s = Score.Create(score);

        GradingPolicy.Default.Passes(s).Should().Be(passes);
        GradingPolicy.Default.Grade(s).Code.Should().Be(band);
    }

    [Fact]
    public void Default_EveryScoreOnAHundredthGrid_PassesExactlyWhenItsBandIsAtOrAboveThePassingBand()
    {
        var policy = GradingPolicy.Default;
        var passing = policy.Bands.ToList().IndexOf(policy.PassingBand!);

        for (var hundredths = 0; hundredths <= 10_000; hundredths++)
        {
            var score = Score.Create(hundredths / 100m);
            var band = policy.Bands.ToList().IndexOf(policy.Grade(score));
            policy.Passes(score).Should().Be(band >= passing, "score {0}", score.Value);
        }
    }

    [Fact]
    public void PassingBand_WhenThePassMarkFallsInsideABand_IsNull()
    {
        GradingPolicy.Default.WithPassMark(65m).PassingBand.Should().BeNull();
        GradingPolicy.Default.WithPassMark(70m).PassingBand!.Code.Should().Be("CukupMemuaskan");
        GradingPolicy.Default.WithPassMark(0m).PassingBand!.Code.Should().Be("TidakMemuaskan");
    }

    [Fact]
    public void WithPassMark_KeepsTheBands()
    {
        var policy = GradingPolicy.Default.WithPassMark(70m);

        policy.Passes(Score.Create(69.99m)).Should().BeFalse();
        policy.Passes(Score.Create(70m)).Should().BeTrue();
        policy.Bands.Should().Equal(GradingPolicy.Default.Bands);
        GradingPolicy.Default.WithPassMark(60m).Should().BeSameAs(GradingPolicy.Default);
    }

    [Fact]
    public void AnInstitutionsOwnScale_GradesByItsBands()
    {
        // The BKPM transcript's cuts (FACTS part 2 §2), as printed: inclusive lower bounds, 92.5 and up is Sangat Memuaskan.
        var bkpm = new GradingPolicy(
            [
                new GradeBand("TidakLulus", "Tidak Lulus", "Fail", null),
                new GradeBand("Cukup", "Lulus Cukup", "Pass", 60m),
                new GradeBand("Baik", "Lulus Baik", "Good", 70m),
                new GradeBand("SangatBaik", "Lulus Sangat Baik", "Very good", 77.5m),
                new GradeBand("Memuaskan", "Lulus Memuaskan", "Satisfactory", 85m),
                new GradeBand("SangatMemuaskan", "Lulus Sangat Memuaskan", "Very satisfactory", 92.5m),
            ],
            60m);

        bkpm.Grade(Score.Create(92.5m)).Code.Should().Be("SangatMemuaskan");
        bkpm.Grade(Score.Create(92.4m)).Code.Should().Be("Memuaskan");
        bkpm.Grade(Score.Create(59.9m)).Code.Should().Be("TidakLulus");
        bkpm.Provenance.Should().Be(Provenance.HostSupplied);
        bkpm.PassingBand!.Code.Should().Be("Cukup");
    }

    public static TheoryData<GradeBand[]> BadScales() => new()
    {
        { [new GradeBand("A", "A", "A", 50m)] }, // no lowest band
        { [new GradeBand("A", "A", "A", null), new GradeBand("B", "B", "B", null)] }, // two lowest bands
        { [new GradeBand("A", "A", "A", null), new GradeBand("B", "B", "B", 50m), new GradeBand("C", "C", "C", 50m)] }, // repeated bound
        { [new GradeBand("A", "A", "A", null), new GradeBand("A", "B", "B", 50m)] }, // repeated code
        { [new GradeBand("A", "A", "A", null), new GradeBand("B", "B", "B", 100.01m)] }, // a band above 100 is empty
        { [new GradeBand("A", "A", "A", null), new GradeBand("B", "B", "B", 0m)] }, // a second band from 0 leaves the lowest empty
        { [new GradeBand("A", " ", "A", null)] }, // blank name
    };

    [Theory]
    [MemberData(nameof(BadScales))]
    public void Constructor_WhenBandsDoNotCoverTheScaleOnce_Throws(GradeBand[] bands)
    {
        var act = () => new GradingPolicy(bands, 60m);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_WhenPassMarkLeavesTheScale_Throws()
    {
        var act = () => new GradingPolicy(GradingPolicy.Default.Bands, 100.01m);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ABandFromExactlyAHundred_IsTheTopScoreAlone()
    {
        var policy = new GradingPolicy([new GradeBand("A", "A", "A", null), new GradeBand("Top", "Puncak", "Top", 100m)], 100m);

        policy.Grade(Score.Create(100m)).Code.Should().Be("Top");
        policy.Grade(Score.Create(99.99m)).Code.Should().Be("A");
        policy.PassingBand!.Code.Should().Be("Top");
        policy.ToString().Should().Be("2 bands, pass mark 100 (HostSupplied)");
    }

    [Fact]
    public void Constructor_NamesWhatIsWrongWithTheBands()
    {
        FluentActions.Invoking(() => new GradingPolicy(null!, 60m)).Should().Throw<ArgumentNullException>().WithParameterName("bands");
        FluentActions.Invoking(() => new GradingPolicy([new GradeBand("A", "A", "A", null), null!], 60m))
            .Should().Throw<ArgumentException>().WithMessage("A band is null. (Parameter 'bands')");
        FluentActions.Invoking(() => new GradingPolicy([new GradeBand("A", "A", "A", 50m)], 60m))
            .Should().Throw<ArgumentException>().WithMessage("Exactly one band must have no lower bound: the lowest, which starts at 0. (Parameter 'bands')");
        FluentActions.Invoking(() => new GradingPolicy([new GradeBand("A", "A", "A", null), new GradeBand("B", "B", "B", -5m)], 60m))
            .Should().Throw<ArgumentException>().WithMessage("Band B: its lower bound -5 must be above 0 and at most 100. (Parameter 'bands')");
        FluentActions.Invoking(() => new GradingPolicy([new GradeBand("A", "A", "A", null), new GradeBand("B", "B", "B", 50m), new GradeBand("C", "C", "C", 50m)], 60m))
            .Should().Throw<ArgumentException>().WithMessage("Band codes and lower bounds must be distinct. (Parameter 'bands')");
        FluentActions.Invoking(() => new GradingPolicy([new GradeBand(" ", "A", "A", null)], 0m)).Should().Throw<ArgumentException>().WithParameterName("bands");
        FluentActions.Invoking(() => new GradingPolicy([new GradeBand("A", "A", "", null)], 0m)).Should().Throw<ArgumentException>().WithParameterName("bands");
        FluentActions.Invoking(() => new GradingPolicy(GradingPolicy.Default.Bands, -0.01m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("passMark");
    }

    [Fact]
    public void WithPassMark_KeepsTheProvenance_AndTheEdgesOfTheScaleAreValidPassMarks()
    {
        GradingPolicy.Default.WithPassMark(100m).Provenance.Should().Be(Provenance.Assumed);
        GradingPolicy.Default.WithPassMark(100m).Passes(Score.Create(99.99m)).Should().BeFalse();
        GradingPolicy.Default.WithPassMark(0m).Passes(Score.Create(0m)).Should().BeTrue();
        GradingPolicy.Default.ToString().Should().Be("5 bands, pass mark 60 (Assumed)");
    }
}

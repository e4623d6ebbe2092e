using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Tests.Assessments;

public class GradingPolicyTests
{
    [Theory]
    [InlineData("100", "SangatMemuaskan")]
    [InlineData("90.01", "SangatMemuaskan")]
    [InlineData("90.00", "Memuaskan")]
    [InlineData("80.01", "Memuaskan")]
    [InlineData("80.00", "CukupMemuaskan")]
    [InlineData("70.01", "CukupMemuaskan")]
    [InlineData("70.00", "KurangMemuaskan")]
    [InlineData("60.01", "KurangMemuaskan")]
    [InlineData("60.00", "TidakMemuaskan")]
    [InlineData("0", "TidakMemuaskan")]
    public void Default_Grade_BoundariesAreInclusiveAbove(string score, string band)
    {
        Score.TryParse(score, out var s).Should().BeTrue();

        GradingPolicy.Default.Grade(s).Code.Should().Be(band);
    }

    [Fact]
    public void Default_IsAssumed_WithFiveBandsAndPassMark60()
    {
        var policy = GradingPolicy.Default;

        policy.Provenance.Should().Be(Provenance.Assumed);
        policy.Bands.Select(b => b.Name).Should().Equal("Tidak Memuaskan", "Kurang Memuaskan", "Cukup Memuaskan", "Memuaskan", "Sangat Memuaskan");
        policy.PassMark.Should().Be(60m);
    }

    [Theory]
    [InlineData(59.99, false)]
    [InlineData(60, true)] // inclusive, as CompletionPolicy's pass mark: 60.00 passes though it grades Tidak Memuaskan
    [InlineData(100, true)]
    public void Passes_AtThePassMarkInclusive(decimal score, bool passes)
    {
        GradingPolicy.Default.Passes(Score.Create(score)).Should().Be(passes);
    }

    [Fact]
    public void WithPassMark_KeepsTheBands()
    {
        var policy = GradingPolicy.Default.WithPassMark(70.01m);

        policy.Passes(Score.Create(70m)).Should().BeFalse();
        policy.Passes(Score.Create(70.01m)).Should().BeTrue();
        policy.Bands.Should().Equal(GradingPolicy.Default.Bands);
        GradingPolicy.Default.WithPassMark(60m).Should().BeSameAs(GradingPolicy.Default);
    }

    [Fact]
    public void AnInstitutionsOwnScale_GradesByItsBands()
    {
        // The BKPM transcript's cuts (FACTS part 2 §2), written as "above" bounds: 92.5 and up is Sangat Memuaskan.
        var bkpm = new GradingPolicy(
            [
                new GradeBand("TidakLulus", "Tidak Lulus", "Fail", null),
                new GradeBand("Cukup", "Lulus Cukup", "Pass", 59.99m),
                new GradeBand("Baik", "Lulus Baik", "Good", 69.99m),
                new GradeBand("SangatBaik", "Lulus Sangat Baik", "Very good", 77.49m),
                new GradeBand("Memuaskan", "Lulus Memuaskan", "Satisfactory", 84.99m),
                new GradeBand("SangatMemuaskan", "Lulus Sangat Memuaskan", "Very satisfactory", 92.49m),
            ],
            60m);

        bkpm.Grade(Score.Create(92.5m)).Code.Should().Be("SangatMemuaskan");
        bkpm.Grade(Score.Create(92.4m)).Code.Should().Be("Memuaskan");
        bkpm.Grade(Score.Create(59.9m)).Code.Should().Be("TidakLulus");
        bkpm.Provenance.Should().Be(Provenance.HostSupplied);
    }

    public static TheoryData<GradeBand[]> BadScales() => new()
    {
        { [new GradeBand("A", "A", "A", 50m)] }, // no lowest band
        { [new GradeBand("A", "A", "A", null), new GradeBand("B", "B", "B", null)] }, // two lowest bands
        { [new GradeBand("A", "A", "A", null), new GradeBand("B", "B", "B", 50m), new GradeBand("C", "C", "C", 50m)] }, // repeated bound
        { [new GradeBand("A", "A", "A", null), new GradeBand("A", "B", "B", 50m)] }, // repeated code
        { [new GradeBand("A", "A", "A", null), new GradeBand("B", "B", "B", 100m)] }, // a band above 100 is empty
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
}

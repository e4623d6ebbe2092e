using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Tests.Assessments;

public class ResultIndicatorTests
{
    [Theory]
    [InlineData(10, 20, 15, 50)] // halfway from baseline to target
    [InlineData(10, 20, 25, 150)] // beat the target
    [InlineData(10, 20, 5, -50)] // went the wrong way
    [InlineData(20, 10, 15, 50)] // a target below the baseline (e.g. days to issue a permit)
    public void AchievementPercent_HandComputed(decimal baseline, decimal target, decimal actual, decimal expected)
    {
        new ResultIndicator("IZIN", "Izin usaha industri diterbitkan", "izin/bulan", baseline, target, actual).AchievementPercent.Should().Be(expected);
    }

    [Fact]
    public void AchievementPercent_WhenAFigureIsMissingOrTargetEqualsBaseline_IsNull()
    {
        new ResultIndicator("X", "x", "u", 10, 20, null).AchievementPercent.Should().BeNull();
        new ResultIndicator("X", "x", "u", 10, 10, 12).AchievementPercent.Should().BeNull();
        new ResultIndicator("X", "x", "u", 10, 20, 12).Provenance.Should().Be(Provenance.HostSupplied);
    }

    [Fact]
    public void AchievementPercent_WithoutABaselineOrATarget_IsNull()
    {
        new ResultIndicator("X", "x", "u", null, 20, 12).AchievementPercent.Should().BeNull();
        new ResultIndicator("X", "x", "u", 10, null, 12).AchievementPercent.Should().BeNull();
        new ResultIndicator("X", "x", "u", 10, 20, 20).AchievementPercent.Should().Be(100m);
    }
}

using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using FsCheck.Xunit;

namespace Bimtek.Domain.Tests.Common;

public class ScoreTests
{
    [Theory]
    [InlineData(15, 20, 75)]
    [InlineData(0, 7, 0)]
    [InlineData(7, 7, 100)]
    [InlineData(1, 4, 25)]
    public void Normalise_HandComputed(decimal raw, decimal maximum, decimal expected)
    {
        Score.Normalise(raw, maximum).Value.Should().Be(expected);
    }

    [Fact]
    public void Normalise_KeepsDecimalPrecision()
    {
        Score.Normalise(1m, 3m).Value.Should().Be(100m / 3m);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    [InlineData(1, 0)]
    public void Normalise_OffTheInstrument_Throws(decimal raw, decimal maximum)
    {
        var act = () => Score.Normalise(raw, maximum);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("90.01", true, 90.01)]
    [InlineData(" 60 ", true, 60)]
    [InlineData("100.5", false, 0)]
    [InlineData("-1", false, 0)]
    [InlineData("90,01", false, 0)]
    [InlineData("", false, 0)]
    public void TryParse_ReadsDotDecimalsOnTheScale(string text, bool ok, decimal expected)
    {
        Score.TryParse(text, out var score).Should().Be(ok);
        score.Value.Should().Be(expected);
    }

    [Fact]
    public void Normalise_OfAnInstrumentWithNoMaximum_IsRefused() =>
        ((Action)(() => Score.Normalise(0, 0))).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("maximum");

    [Fact]
    public void Normalise_OnTheWholeDecimalRange_StaysOnTheScale_WithoutOverflow()
    {
        Score.Normalise(decimal.MaxValue, decimal.MaxValue).Value.Should().Be(100m);
        Score.Normalise(decimal.MaxValue / 2, decimal.MaxValue).Value.Should().BeApproximately(50m, 0.000001m);
        Score.Normalise(decimal.MaxValue / 100, decimal.MaxValue).Value.Should().BeApproximately(1m, 0.000001m);
    }

    [Fact]
    public void Create_OffTheScale_SaysWhy_AndNegativeZeroIsZero()
    {
        ((Action)(() => Score.Create(100.01m))).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("value").WithMessage("A score is 0 to 100.*");
        decimal.IsNegative(Score.Create(decimal.Parse("-0", System.Globalization.CultureInfo.InvariantCulture)).Value).Should().BeFalse();
    }

    [Fact]
    public void ComparisonOperators_OrderByValue_OnBothSidesOfEquality_AndToStringHasTwoDecimals()
    {
        var lower = Score.Create(90m);
        var higher = Score.Create(90.01m);
        var same = Score.Create(90m);

        (lower < higher, higher < lower, lower < same).Should().Be((true, false, false));
        (lower > higher, higher > lower, lower > same).Should().Be((false, true, false));
        (lower <= higher, higher <= lower, lower <= same).Should().Be((true, false, true));
        (lower >= higher, higher >= lower, lower >= same).Should().Be((false, true, true));
        lower.CompareTo(higher).Should().BeNegative();
        Score.Normalise(1, 3).ToString().Should().Be("33.33");
        higher.ToString().Should().Be("90.01");
    }

    [Fact]
    public void Default_IsAScoreOfZero()
    {
        default(Score).Value.Should().Be(0m);
        Score.Create(0).Should().Be(default(Score));
    }

    [Property]
    public bool Normalise_StaysOnTheScale(ushort rawSeed, ushort maxSeed)
    {
        var maximum = (maxSeed % 500) + 1;
        var raw = rawSeed % (maximum + 1);
        var score = Score.Normalise(raw, maximum).Value;
        return score is >= 0m and <= 100m;
    }

    [Property]
    public bool TryParse_RoundTripsEveryScoreInHundredths(ushort hundredths)
    {
        var value = (hundredths % 10_001) / 100m;
        return Score.TryParse(value.ToString(System.Globalization.CultureInfo.InvariantCulture), out var score) && score.Value == value;
    }

    [Property]
    public bool ProficiencyLevel_TryParse_AcceptsExactlyOneToFive(int value) =>
        ProficiencyLevel.TryParse(value.ToString(System.Globalization.CultureInfo.InvariantCulture), out var level) == value is >= 1 and <= 5
        && (level.IsDefault || level.Value == value);
}

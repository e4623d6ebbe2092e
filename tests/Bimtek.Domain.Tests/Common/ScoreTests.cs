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

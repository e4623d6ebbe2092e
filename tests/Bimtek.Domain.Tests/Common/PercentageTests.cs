using Bimtek.Domain.Common;
using FsCheck.Xunit;

namespace Bimtek.Domain.Tests.Common;

public class PercentageTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(79.99)]
    [InlineData(100)]
    public void Create_OnTheScale_KeepsTheValue(decimal value) => Percentage.Create(value).Value.Should().Be(value);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    public void Create_OffTheScale_Throws_AndTryCreateSaysNo(decimal value)
    {
        ((Action)(() => Percentage.Create(value))).Should().Throw<ArgumentOutOfRangeException>();
        Percentage.TryCreate(value, out var percentage).Should().BeFalse();
        percentage.Should().Be(default(Percentage));
    }

    [Fact]
    public void Default_IsZeroPercent() => default(Percentage).Should().Be(Percentage.Create(0));

    [Theory]
    [InlineData(4, 6, 66.66)] // rounded down: never shown as meeting a threshold it misses
    [InlineData(6, 6, 100)]
    [InlineData(0, 6, 0)]
    public void Of_RoundsDownToTwoDecimals(decimal part, decimal whole, decimal expected) => Percentage.Of(part, whole).Value.Should().Be(expected);

    [Theory]
    [InlineData("83.5", 83.5)]
    [InlineData(" 80 % ", 80)]
    [InlineData("100%", 100)]
    public void TryParse_ReadsDotDecimals(string text, decimal expected)
    {
        Percentage.TryParse(text, out var percentage, out var reason).Should().BeTrue();
        percentage.Value.Should().Be(expected);
        reason.Should().BeNull();
    }

    [Theory]
    [InlineData("83,5", "not a number with a dot as the decimal separator")]
    [InlineData("101", "outside 0–100")]
    [InlineData(null, "not a number with a dot as the decimal separator")]
    public void TryParse_WhenNotAPercentage_GivesTheReasonWithoutTheText(string? text, string reason)
    {
        Percentage.TryParse(text, out _, out var why).Should().BeFalse();
        why!.English.Should().Be(reason);
    }

    [Theory]
    [InlineData(1, 0, "whole")]
    [InlineData(0, -1, "whole")]
    [InlineData(-1, 5, "part")]
    [InlineData(6, 5, "part")]
    public void Of_APartOutsideItsWhole_OrAnEmptyWhole_IsRefusedByName(decimal part, decimal whole, string parameter) =>
        ((Action)(() => Percentage.Of(part, whole))).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName(parameter);

    [Fact]
    public void Create_OffTheScale_SaysWhy() =>
        ((Action)(() => Percentage.Create(101))).Should().ThrowExactly<ArgumentOutOfRangeException>()
            .WithParameterName("value").WithMessage("A percentage is 0 to 100.*");

    [Theory]
    [InlineData("83,5", "bukan angka dengan titik sebagai pemisah desimal")]
    [InlineData("-1", "di luar 0–100")]
    public void TryParse_GivesTheReasonInIndonesianToo(string text, string reason)
    {
        Percentage.TryParse(text, out _, out var why).Should().BeFalse();
        why!.Indonesian.Should().Be(reason);
    }

    [Fact]
    public void NegativeZero_IsStoredAsZero() =>
        decimal.IsNegative(Percentage.Create(decimal.Parse("-0", System.Globalization.CultureInfo.InvariantCulture)).Value).Should().BeFalse();

    [Fact]
    public void ComparisonOperators_OrderByValue_OnBothSidesOfEquality()
    {
        var lower = Percentage.Create(79.99m);
        var higher = Percentage.Create(80);
        var same = Percentage.Create(79.99m);

        (lower < higher, higher < lower, lower < same).Should().Be((true, false, false));
        (lower > higher, higher > lower, lower > same).Should().Be((false, true, false));
        (lower <= higher, higher <= lower, lower <= same).Should().Be((true, false, true));
        (lower >= higher, higher >= lower, lower >= same).Should().Be((false, true, true));
        Percentage.Create(83.333m).ToString().Should().Be("83.33");
        Percentage.Create(80).ToString().Should().Be("80");
    }

    [Fact]
    public void Ordering_AndToString_FollowTheValue()
    {
        (Percentage.Create(79.99m) < Percentage.Create(80)).Should().BeTrue();
        Percentage.Create(80).CompareTo(Percentage.Create(79.99m)).Should().BePositive();
        Percentage.Create(66.66m).ToString().Should().Be("66.66");
    }

    [Property]
    public bool ScoreAndPercentage_ShareOneScale(decimal value) =>
        Percentage.TryCreate(value, out _) == Score.TryCreate(value, out _);
}

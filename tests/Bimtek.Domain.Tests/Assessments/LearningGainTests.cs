using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using FsCheck.Xunit;

namespace Bimtek.Domain.Tests.Assessments;

public class LearningGainTests
{
    private static Score S(decimal value) => Score.Create(value);

    [Theory]
    [InlineData(40, 70, 0.5)] // (70 − 40) / (100 − 40) = 30 / 60
    [InlineData(20, 90, 0.875)] // 70 / 80
    [InlineData(0, 100, 1)] // the whole possible gain
    [InlineData(60, 60, 0)] // no change
    [InlineData(60, 50, -0.25)] // fell: −10 / 40
    [InlineData(90, 0, -9)] // fell from near the top: −90 / 10
    public void Compute_HandComputedCases(decimal pre, decimal post, decimal expected)
    {
        LearningGain.Compute(S(pre), S(post)).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData(100, 100)]
    [InlineData(100, 80)]
    public void Compute_WhenPreTestIsAtTheMaximum_IsUndefined(decimal pre, decimal post)
    {
        LearningGain.Compute(S(pre), S(post)).Should().Be(LearningGain.Undefined);
    }

    [Fact]
    public void Compute_OnAnotherScale_UsesItsMaximum()
    {
        LearningGain.Compute(5m, 15m, 20m).Value.Should().Be(10m / 15m);
        LearningGain.Compute(20m, 15m, 20m).Should().Be(LearningGain.Undefined);
    }

    [Theory]
    [InlineData(-1, 50, 100)]
    [InlineData(50, 101, 100)]
    [InlineData(50, 50, 0)]
    public void Compute_WhenScoresLeaveTheScale_Throws(decimal pre, decimal post, decimal maximum)
    {
        var act = () => LearningGain.Compute(pre, post, maximum);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(1, GainCategory.High)]
    [InlineData(0.7, GainCategory.High)] // 0.7 is high (Hake 1999 as cited; documented choice)
    [InlineData(0.6999, GainCategory.Medium)]
    [InlineData(0.3, GainCategory.Medium)]
    [InlineData(0.2999, GainCategory.Low)]
    [InlineData(0, GainCategory.Low)]
    [InlineData(-0.5, GainCategory.Low)]
    public void Category_Boundaries(decimal g, GainCategory expected)
    {
        LearningGain.FromValue(g).Category.Should().Be(expected);
    }

    [Theory]
    [InlineData(0.3999, GainEffectiveness.NotEffective)]
    [InlineData(0.40, GainEffectiveness.LessEffective)]
    [InlineData(0.55, GainEffectiveness.LessEffective)]
    [InlineData(0.555, GainEffectiveness.LessEffective)] // in the source's gap 55–56: closed downwards
    [InlineData(0.56, GainEffectiveness.FairlyEffective)]
    [InlineData(0.75, GainEffectiveness.FairlyEffective)]
    [InlineData(0.7599, GainEffectiveness.FairlyEffective)] // in the gap 75–76
    [InlineData(0.76, GainEffectiveness.Effective)] // 76 itself is in no published band: read as effective
    [InlineData(-0.2, GainEffectiveness.NotEffective)]
    public void Effectiveness_Boundaries_ClosedAsDocumented(decimal g, GainEffectiveness expected)
    {
        var gain = LearningGain.FromValue(g);

        gain.Percent.Should().Be(g * 100m);
        gain.Effectiveness.Should().Be(expected);
    }

    [Fact]
    public void Undefined_IsTheDefault_AndHasNoValue()
    {
        var undefined = LearningGain.Compute(S(100), S(90));

        undefined.Should().Be(default(LearningGain));
        undefined.IsDefined.Should().BeFalse();
        undefined.ValueOrNull.Should().BeNull();
        undefined.ToString().Should().Be("undefined");
        ((Action)(() => _ = undefined.Value)).Should().Throw<InvalidOperationException>();
        LearningGain.Compute(S(40), S(70)).ValueOrNull.Should().Be(0.5m);
    }

    [Fact]
    public void FromValue_AboveOne_Throws()
    {
        var act = () => LearningGain.FromValue(1.01m);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Property]
    public bool Compute_NeverExceedsOne_AndIsNegativeExactlyWhenThePostTestFell(byte preByte, byte postByte)
    {
        var pre = preByte % 101;
        var post = postByte % 101;
        var gain = LearningGain.Compute(S(pre), S(post));
        return pre == 100 ? !gain.IsDefined : gain.Value <= 1m && (gain.Value < 0m) == (post < pre);
    }

    [Theory]
    [InlineData(-0.01, 50, 100, "pre")]
    [InlineData(50, -0.01, 100, "post")]
    [InlineData(100.01, 50, 100, "pre")]
    [InlineData(10, 20.01, 20, "post")]
    [InlineData(0, 0, -1, "maximum")]
    public void Compute_NamesTheValueOffTheScale(decimal pre, decimal post, decimal maximum, string name) =>
        FluentActions.Invoking(() => LearningGain.Compute(pre, post, maximum)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(name);

    [Fact]
    public void Compute_AtTheEdgesOfTheScale_IsDefined()
    {
        LearningGain.Compute(0m, 0m, 20m).Value.Should().Be(0m);
        LearningGain.Compute(19.99m, 20m, 20m).Value.Should().Be(1m);
        LearningGain.Compute(-0m, 50m, 100m).Value.Should().Be(0.5m);
    }

    [Fact]
    public void ToString_ShowsThreeDecimalsAtMost_WithADot()
    {
        LearningGain.FromValue(1m / 3m).ToString().Should().Be("0.333");
        LearningGain.FromValue(0.5m).ToString().Should().Be("0.5");
        LearningGain.FromValue(-9m).ToString().Should().Be("-9");
        LearningGain.FromValue(1m).Effectiveness.Should().Be(GainEffectiveness.Effective);
        LearningGain.FromValue(1m).Percent.Should().Be(100m);
    }

    [Fact]
    public void Undefined_HasNoPercentCategoryOrEffectiveness()
    {
        FluentActions.Invoking(() => LearningGain.Undefined.Percent).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => LearningGain.Undefined.Category).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => LearningGain.Undefined.Effectiveness).Should().Throw<InvalidOperationException>();
    }
}

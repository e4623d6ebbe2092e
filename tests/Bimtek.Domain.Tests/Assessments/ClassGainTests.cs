using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Tests.Assessments;

public class ClassGainTests
{
    // Four participants, by hand: g = 0.5, 0.875, undefined (pre 100), −0.2.
    private static readonly (Score, Score)[] Cohort =
    [
        (Score.Create(40), Score.Create(70)),
        (Score.Create(20), Score.Create(90)),
        (Score.Create(100), Score.Create(100)),
        (Score.Create(50), Score.Create(40)),
    ];

    [Fact]
    public void Compute_GivesBothGainsNamedPlainly()
    {
        var gain = ClassGain.Compute(Cohort);

        gain.Pairs.Should().Be(4);
        gain.DefinedGains.Should().Be(3);
        gain.UndefinedGains.Should().Be(1);
        gain.MeanPre!.Value.Value.Should().Be(52.5m); // (40 + 20 + 100 + 50) / 4
        gain.MeanPost!.Value.Value.Should().Be(75m); // (70 + 90 + 100 + 40) / 4
        gain.GainOfAverages.Value.Should().Be(22.5m / 47.5m); // (75 − 52.5) / (100 − 52.5) ≈ 0.474
        gain.AverageOfGains.Value.Should().Be(1.175m / 3m); // (0.5 + 0.875 − 0.2) / 3 ≈ 0.392
        (gain.High, gain.Medium, gain.Low).Should().Be((1, 1, 1));
    }

    [Fact]
    public void Compute_WhenEveryPreTestIsAtTheMaximum_HasNoGainOfEitherKind()
    {
        var gain = ClassGain.Compute([(Score.Create(100), Score.Create(100)), (Score.Create(100), Score.Create(90))]);

        gain.Pairs.Should().Be(2);
        gain.UndefinedGains.Should().Be(2);
        gain.GainOfAverages.IsDefined.Should().BeFalse();
        gain.AverageOfGains.IsDefined.Should().BeFalse();
        gain.MeanPost!.Value.Value.Should().Be(95m);
    }

    [Fact]
    public void Compute_OfNoPair_IsEmpty()
    {
        ClassGain.Compute([]).Should().BeSameAs(ClassGain.Empty);
        ClassGain.Empty.MeanPre.Should().BeNull();
    }

    [Fact]
    public void Compute_CountsEachCategoryApart()
    {
        // g = 1, 0.7 (high), 0.5, 0.3 (medium), 0 (low).
        var gain = ClassGain.Compute(
        [
            (Score.Create(0), Score.Create(100)),
            (Score.Create(0), Score.Create(70)),
            (Score.Create(0), Score.Create(50)),
            (Score.Create(0), Score.Create(30)),
            (Score.Create(0), Score.Create(0)),
        ]);

        (gain.Pairs, gain.DefinedGains, gain.UndefinedGains, gain.High, gain.Medium, gain.Low).Should().Be((5, 5, 0, 2, 2, 1));
        gain.AverageOfGains.Value.Should().Be(0.5m);
        gain.GainOfAverages.Value.Should().Be(0.5m);
        gain.MeanPre!.Value.Value.Should().Be(0m);
    }

    [Fact]
    public void Empty_HasNothingToShow_AndNullPairsAreRefused()
    {
        var empty = ClassGain.Empty;

        (empty.Pairs, empty.DefinedGains, empty.UndefinedGains, empty.High, empty.Medium, empty.Low).Should().Be((0, 0, 0, 0, 0, 0));
        (empty.MeanPost, empty.GainOfAverages, empty.AverageOfGains).Should().Be(((Score?)null, LearningGain.Undefined, LearningGain.Undefined));
        FluentActions.Invoking(() => ClassGain.Compute(null!)).Should().Throw<ArgumentNullException>().WithParameterName("pairs");
    }
}

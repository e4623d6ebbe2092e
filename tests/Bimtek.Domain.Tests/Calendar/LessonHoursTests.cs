using Bimtek.Domain.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Bimtek.Domain.Tests.Calendar;

public class LessonHoursTests
{
    [Fact]
    public void Arithmetic_AddsSubtractsAndMultiplies()
    {
        var four = LessonHours.FromJp(4);

        (four + LessonHours.FromJp(6)).Should().Be(LessonHours.FromJp(10));
        (four - LessonHours.FromJp(4)).Should().Be(LessonHours.Zero);
        (four * 5).Value.Should().Be(20);
        LessonHours.Sum([four, four, LessonHours.FromJp(2)]).Value.Should().Be(10);
        four.ToString().Should().Be("4 JP");
    }

    [Fact]
    public void NeverNegative()
    {
        var fromNegative = () => LessonHours.FromJp(-1);
        var subtractTooMuch = () => LessonHours.FromJp(2) - LessonHours.FromJp(3);
        var negativeFactor = () => LessonHours.FromJp(2) * -1;

        fromNegative.Should().Throw<ArgumentOutOfRangeException>();
        subtractTooMuch.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("right");
        negativeFactor.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ToDuration_Is45MinutesPerJpByDefault()
    {
        LessonHours.FromJp(2).ToDuration().Should().Be(Duration.FromMinutes(90));
        LessonHours.FromJp(2).ToDuration(Duration.FromMinutes(50)).Should().Be(Duration.FromMinutes(100));
        var zeroLength = () => LessonHours.FromJp(2).ToDuration(Duration.Zero);
        zeroLength.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(44, 0)]
    [InlineData(45, 1)]
    [InlineData(270, 6)]
    [InlineData(300, 6)]
    public void FitIn_CountsWholeLessonHours(int minutes, int jp)
    {
        LessonHours.FitIn(Duration.FromMinutes(minutes), LessonHours.StandardLength).Value.Should().Be(jp);
    }

    [Fact]
    public void ShortfallAgainst_IsWhatIsStillOwed()
    {
        LessonHours.FromJp(12).ShortfallAgainst(LessonHours.FromJp(20)).Value.Should().Be(8);
        LessonHours.FromJp(24).ShortfallAgainst(LessonHours.FromJp(20)).Should().Be(LessonHours.Zero);
    }

    [Fact]
    public void Guards_NameTheValueAndWhatIsWrong()
    {
        var zeroLength = () => LessonHours.FromJp(2).ToDuration(Duration.Zero);
        var negativeDuration = () => LessonHours.FitIn(Duration.FromMinutes(-1), LessonHours.StandardLength);
        var zeroFit = () => LessonHours.FitIn(Duration.FromMinutes(90), Duration.Zero);
        var negativeFit = () => LessonHours.FitIn(Duration.FromMinutes(90), Duration.FromMinutes(-45));
        var subtractTooMuch = () => LessonHours.FromJp(5) - LessonHours.FromJp(6);

        zeroLength.Should().Throw<ArgumentOutOfRangeException>().WithMessage("A lesson hour must last a positive time.*").Which.ParamName.Should().Be("lessonLength");
        negativeDuration.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The duration must not be negative.*").Which.ParamName.Should().Be("duration");
        zeroFit.Should().Throw<ArgumentOutOfRangeException>().WithMessage("A lesson hour must last a positive time.*").Which.ParamName.Should().Be("lessonLength");
        negativeFit.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("lessonLength");
        subtractTooMuch.Should().Throw<ArgumentOutOfRangeException>().WithMessage("5 JP − 6 JP would be negative; lesson hours are never negative.*");
    }

    [Fact]
    public void Overflow_IsAnError_NotAWrappedNegativeCount()
    {
        var most = LessonHours.FromJp(int.MaxValue);

        var add = () => most + LessonHours.FromJp(1);
        var multiply = () => most * 2;
        var sum = () => LessonHours.Sum([most, LessonHours.FromJp(1)]);

        add.Should().Throw<OverflowException>();
        multiply.Should().Throw<OverflowException>();
        sum.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Sum_OfNull_NamesTheParameter()
    {
        var act = () => LessonHours.Sum(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("hours");
    }

    [Theory]
    [InlineData(3, 4)]
    [InlineData(4, 4)]
    [InlineData(5, 4)]
    public void Comparisons_AreByCount(int left, int right)
    {
        var a = LessonHours.FromJp(left);
        var b = LessonHours.FromJp(right);

        (a < b).Should().Be(left < right);
        (a > b).Should().Be(left > right);
        (a <= b).Should().Be(left <= right);
        (a >= b).Should().Be(left >= right);
        a.CompareTo(b).Should().Be(left.CompareTo(right));
        a.ShortfallAgainst(b).Value.Should().Be(Math.Max(0, right - left));
    }

    [Property]
    public Property AddThenSubtract_RoundTrips() =>
        Prop.ForAll(Gen.Choose(0, 100_000).ToArbitrary(), Gen.Choose(0, 100_000).ToArbitrary(), (a, b) =>
            (LessonHours.FromJp(a) + LessonHours.FromJp(b)) - LessonHours.FromJp(b) == LessonHours.FromJp(a)
            && (LessonHours.FromJp(a) + LessonHours.FromJp(b)).ToDuration() == LessonHours.FromJp(a).ToDuration() + LessonHours.FromJp(b).ToDuration());
}

using Bimtek.Domain.Centres;
using static Bimtek.Domain.Testing.Reference;

namespace Bimtek.Domain.Tests.Centres;

public class CentreCodeTests
{
    [Fact]
    public void Default_NamesNoCentre_AndReadsAsEmpty()
    {
        var code = default(CentreCode);

        code.IsDefault.Should().BeTrue();
        code.Value.Should().BeEmpty();
        code.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Parse_WhenMalformed_NamesTheValueAndTheRule()
    {
        var act = () => CentreCode.Parse("BDI YOG");

        act.Should().Throw<FormatException>().Which.Message.Should().Be(
            "'BDI YOG' is not a centre code: expected 2–16 letters, digits or hyphens starting with a letter, e.g. BDI-YOG.");
    }

    [Theory]
    [InlineData("BDI YOGYAKARTA12", "'BDI YOGYAKARTA12'")] // 16 characters: the longest a code may be, quoted whole
    [InlineData("BDI-YOGYAKARTA-PU", "'BDI-YOGYAKARTA-P…'")] // 17: cut to the first 16 and marked as cut
    [InlineData("BDI-YOGYAKARTA-PUSAT-DIKLAT", "'BDI-YOGYAKARTA-P…'")]
    public void Parse_QuotesAtMostTheLongestCodeOfTheValue(string text, string quoted)
    {
        var act = () => CentreCode.Parse(text);

        act.Should().Throw<FormatException>().Which.Message.Should().StartWith(quoted + " is not a centre code");
    }

    [Theory]
    [InlineData("BDI-DPS", "BDI-YOG", -1)]
    [InlineData("BDI-YOG", "BDI-DPS", 1)]
    [InlineData("BDI-YOG", "bdi-yog", 0)]
    [InlineData("BDI-MDN", "BDI-MKS", -1)] // ordinal: 'D' < 'K'
    public void Operators_CompareOrdinally(string left, string right, int sign)
    {
        var (a, b) = (Centre(left), Centre(right));

        Math.Sign(a.CompareTo(b)).Should().Be(sign);
        (a < b).Should().Be(sign < 0);
        (a > b).Should().Be(sign > 0);
        (a <= b).Should().Be(sign <= 0);
        (a >= b).Should().Be(sign >= 0);
    }
}

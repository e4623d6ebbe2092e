using Bimtek.Domain.Certificates;
using Bimtek.Domain.Tests.Builders;

namespace Bimtek.Domain.Tests.Certificates;

public class CertificateNumberGeneratorTests
{
    [Fact]
    public void Allocate_NumbersEachCentreYearAndProgrammeFromOne()
    {
        var numbers = new CertificateNumberGenerator();
        var yog = Reference.Centre("BDI-YOG");
        var nip = People.NipFor(1);

        var a = numbers.Allocate(yog, 2020, "BIMTEK-NN", nip).Number;
        var b = numbers.Allocate(yog, 2020, "BIMTEK-NN", nip).Number;
        var c = numbers.Allocate(Reference.Centre("BDI-DPS"), 2020, "BIMTEK-NN", nip).Number;
        var d = numbers.Allocate(yog, 2021, "BIMTEK-NN", nip).Number;
        var e = numbers.Allocate(yog, 2020, "OTHER", nip).Number;

        new[] { a, b, c, d, e }.Should().Equal(
            "0001/BDI-YOG/BIMTEK-NN/2020", "0002/BDI-YOG/BIMTEK-NN/2020", "0001/BDI-DPS/BIMTEK-NN/2020", "0001/BDI-YOG/BIMTEK-NN/2021", "0001/BDI-YOG/OTHER/2020");
    }

    [Fact]
    public void Allocate_FromManyThreads_NeverRepeatsANumber()
    {
        var numbers = new CertificateNumberGenerator();

        var allocated = Enumerable.Range(0, 2000).AsParallel()
            .Select(i => numbers.Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.NipFor(i % 50)).Number).ToList();

        allocated.Should().OnlyHaveUniqueItems().And.Contain("2000/BDI-YOG/P/2020");
    }

    [Fact]
    public void Verify_AcceptsTheCodeOfTheHolder_AndRejectsAnotherHolderOrNumber()
    {
        var numbers = new CertificateNumberGenerator();
        var allocated = numbers.Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.NipFor(1));

        allocated.VerificationCode.Should().MatchRegex("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$");
        numbers.Verify(allocated.Number, People.NipFor(1), allocated.VerificationCode.ToLowerInvariant()).Should().BeTrue();
        numbers.Verify(allocated.Number, People.NipFor(2), allocated.VerificationCode).Should().BeFalse();
        numbers.Verify("0002/BDI-YOG/P/2020", People.NipFor(1), allocated.VerificationCode).Should().BeFalse();
    }

    [Fact]
    public void Verify_WithAKey_RejectsCodesMadeWithoutIt()
    {
        var keyed = new CertificateNumberGenerator([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);
        var unkeyed = new CertificateNumberGenerator();
        var allocated = unkeyed.Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.NipFor(1));

        keyed.Verify(allocated.Number, People.NipFor(1), allocated.VerificationCode).Should().BeFalse();
    }

    [Fact]
    public void ContinueAfter_StartsAfterTheLastIssuedNumber()
    {
        var numbers = new CertificateNumberGenerator();
        numbers.ContinueAfter(Reference.Centre("BDI-YOG"), 2020, "P", 41);

        numbers.Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.NipFor(1)).Number.Should().StartWith("0042/");
    }

    [Fact]
    public void Allocate_WhenTheSequenceIsUsedUp_Throws()
    {
        var numbers = new CertificateNumberGenerator();
        numbers.ContinueAfter(Reference.Centre("BDI-YOG"), 2020, "P", 9999);

        ((Action)(() => numbers.Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.NipFor(1)))).Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData("A/B")]
    [InlineData(" ")]
    public void Allocate_WhenTheProgrammeCodeCannotBePartOfANumber_Throws(string code) =>
        ((Action)(() => new CertificateNumberGenerator().Allocate(Reference.Centre("BDI-YOG"), 2020, code, People.NipFor(1)))).Should().Throw<ArgumentException>();
}

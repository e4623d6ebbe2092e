using Bimtek.Domain.Certificates;
using Bimtek.Domain.Testing;

namespace Bimtek.Domain.Tests.Certificates;

public class CertificateNumberGeneratorTests
{
    [Fact]
    public void Allocate_NumbersEachCentreYearAndProgrammeFromOne()
    {
        var numbers = new CertificateNumberGenerator(new InMemoryCertificateSequence());
        var yog = Reference.Centre("BDI-YOG");
        var nip = People.Nip(1);

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
        var numbers = new CertificateNumberGenerator(new InMemoryCertificateSequence());

        var allocated = Enumerable.Range(0, 2000).AsParallel()
            .Select(i => numbers.Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.Nip(i % 50)).Number).ToList();

        allocated.Should().OnlyHaveUniqueItems().And.Contain("2000/BDI-YOG/P/2020");
    }

    [Fact]
    public void Verify_AcceptsTheCodeOfTheHolder_AndRejectsAnotherHolderOrNumber()
    {
        var numbers = new CertificateNumberGenerator(new InMemoryCertificateSequence());
        var allocated = numbers.Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.Nip(1));

        allocated.VerificationCode.Should().MatchRegex("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$");
        numbers.Verify(allocated.Number, People.Nip(1), allocated.VerificationCode.ToLowerInvariant()).Should().BeTrue();
        numbers.Verify(allocated.Number, People.Nip(2), allocated.VerificationCode).Should().BeFalse();
        numbers.Verify("0002/BDI-YOG/P/2020", People.Nip(1), allocated.VerificationCode).Should().BeFalse();
    }

    [Fact]
    public void Verify_WithAKey_RejectsCodesMadeWithoutIt()
    {
        var keyed = new CertificateNumberGenerator(new InMemoryCertificateSequence(), [.. Enumerable.Range(1, 32).Select(i => (byte)i)]);
        var unkeyed = new CertificateNumberGenerator(new InMemoryCertificateSequence());
        var allocated = unkeyed.Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.Nip(1));

        keyed.Verify(allocated.Number, People.Nip(1), allocated.VerificationCode).Should().BeFalse();
    }

    [Fact]
    public void ContinueAfter_StartsAfterTheLastIssuedNumber()
    {
        var sequence = new InMemoryCertificateSequence();
        sequence.ContinueAfter(new CertificateSeries(Reference.Centre("BDI-YOG"), 2020, "P"), 41);

        new CertificateNumberGenerator(sequence).Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.Nip(1)).Number.Should().StartWith("0042/");
    }

    [Fact]
    public void ContinueAfter_NeverGoesBack()
    {
        var sequence = new InMemoryCertificateSequence();
        var series = new CertificateSeries(Reference.Centre("BDI-YOG"), 2020, "P");
        sequence.ContinueAfter(series, 41);

        sequence.ContinueAfter(series, 7);

        sequence.TakeNext(series).Should().Be(42);
    }

    [Fact]
    public void Allocate_WhenTheSequenceIsUsedUp_Throws()
    {
        var sequence = new InMemoryCertificateSequence();
        sequence.ContinueAfter(new CertificateSeries(Reference.Centre("BDI-YOG"), 2020, "P"), CertificateNumberGenerator.MaximumSerial);

        ((Action)(() => new CertificateNumberGenerator(sequence).Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.Nip(1)))).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Allocate_TakesEachSerialFromTheHostsSequence_AsASecondProcessWould()
    {
        // Two generators (two processes) over one shared sequence (the host's store) never repeat a number.
        var store = new InMemoryCertificateSequence();
        var first = new CertificateNumberGenerator(store);
        var second = new CertificateNumberGenerator(store);

        var numbers = new[]
        {
            first.Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.Nip(1)).Number,
            second.Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.Nip(2)).Number,
            first.Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.Nip(3)).Number,
        };

        numbers.Should().Equal("0001/BDI-YOG/P/2020", "0002/BDI-YOG/P/2020", "0003/BDI-YOG/P/2020");
    }

    [Fact]
    public void TakeNext_OfTheDefaultSeries_Throws() =>
        ((Action)(() => new InMemoryCertificateSequence().TakeNext(default))).Should().Throw<ArgumentException>();

    [Theory]
    [InlineData("A/B")]
    [InlineData(" ")]
    public void Allocate_WhenTheProgrammeCodeCannotBePartOfANumber_Throws(string code) =>
        ((Action)(() => new CertificateNumberGenerator(new InMemoryCertificateSequence()).Allocate(Reference.Centre("BDI-YOG"), 2020, code, People.Nip(1)))).Should().Throw<ArgumentException>();
}

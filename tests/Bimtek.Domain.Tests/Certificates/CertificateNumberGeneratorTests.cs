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

        ((Action)(() => new CertificateNumberGenerator(sequence).Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.Nip(1))))
            .Should().Throw<InvalidOperationException>().WithMessage("*serial 10000 of BDI-YOG/P/2020*9999*used up*");
    }

    [Fact]
    public void Allocate_WritesTheLastFourDigitSerial()
    {
        var sequence = new InMemoryCertificateSequence();
        sequence.ContinueAfter(new CertificateSeries(Reference.Centre("BDI-YOG"), 2020, "P"), CertificateNumberGenerator.MaximumSerial - 1);

        new CertificateNumberGenerator(sequence).Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.Nip(1)).Number.Should().Be("9999/BDI-YOG/P/2020");
    }

    [Fact]
    public void Allocate_ToTheDefaultNip_RefusesItByName()
    {
        var act = () => new CertificateNumberGenerator(new InMemoryCertificateSequence()).Allocate(Reference.Centre("BDI-YOG"), 2020, "P", default);

        act.Should().Throw<ArgumentException>().WithParameterName("holder").WithMessage("*default Nip*");
    }

    [Fact]
    public void Constructor_WithoutASequence_RefusesIt()
    {
        var act = () => new CertificateNumberGenerator(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("sequence");
    }

    [Fact]
    public void Constructor_WithAKeyShorterThan16Bytes_RefusesIt()
    {
        var act = () => new CertificateNumberGenerator(new InMemoryCertificateSequence(), new byte[15]);

        act.Should().Throw<ArgumentException>().WithParameterName("verificationKey").WithMessage("*at least 16 bytes*");
    }

    [Fact]
    public void Constructor_WithAKeyOfExactly16Bytes_AcceptsIt()
    {
        var numbers = new CertificateNumberGenerator(new InMemoryCertificateSequence(), [.. Enumerable.Range(1, 16).Select(i => (byte)i)]);

        var allocated = numbers.Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.Nip(1));

        numbers.Verify(allocated.Number, People.Nip(1), allocated.VerificationCode).Should().BeTrue();
    }

    [Fact]
    public void Verify_ForTheDefaultNip_IsFalse()
    {
        var numbers = new CertificateNumberGenerator(new InMemoryCertificateSequence());
        var allocated = numbers.Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.Nip(1));

        numbers.Verify(allocated.Number, default, allocated.VerificationCode).Should().BeFalse();
    }

    [Fact]
    public void Verify_WithoutANumberOrACode_RefusesItByName()
    {
        var numbers = new CertificateNumberGenerator(new InMemoryCertificateSequence());

        ((Action)(() => numbers.Verify(null!, People.Nip(1), "2G5J-3QS7"))).Should().Throw<ArgumentNullException>().WithParameterName("number");
        ((Action)(() => numbers.Verify("0001/BDI-YOG/P/2020", People.Nip(1), null!))).Should().Throw<ArgumentNullException>().WithParameterName("verificationCode");
    }

    // Known answers, computed apart from this package (Python's hashlib and hmac over "0001/BDI-YOG/P/2020|<NIP>", first
    // 40 bits in Crockford base 32): a code printed on a certificate must still verify after an upgrade or in another process.
    [Theory]
    [InlineData(false, "2G5J-3QS7")]
    [InlineData(true, "QWFH-VEEY")]
    public void Allocate_GivesTheDocumentedVerificationCode(bool keyed, string expected)
    {
        var key = keyed ? Enumerable.Range(1, 32).Select(i => (byte)i).ToArray() : null;
        var numbers = new CertificateNumberGenerator(new InMemoryCertificateSequence(), key);

        var allocated = numbers.Allocate(Reference.Centre("BDI-YOG"), 2020, "P", People.Nip(1));

        People.Nip(1).ToUnmaskedString().Should().Be("197501021992012001");
        allocated.Should().Be(new CertificateNumber("0001/BDI-YOG/P/2020", expected));
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

    [Theory]
    [InlineData("A/B")]
    [InlineData(" ")]
    public void Allocate_WhenTheProgrammeCodeCannotBePartOfANumber_Throws(string code) =>
        ((Action)(() => new CertificateNumberGenerator(new InMemoryCertificateSequence()).Allocate(Reference.Centre("BDI-YOG"), 2020, code, People.Nip(1)))).Should().Throw<ArgumentException>();
}

using Bimtek.Domain.Certificates;
using Bimtek.Domain.Testing;

namespace Bimtek.Domain.Tests.Certificates;

public class InMemoryCertificateSequenceTests
{
    private static readonly CertificateSeries Series = new(Reference.Centre("BDI-YOG"), 2020, "P");

    [Fact]
    public void TakeNext_OfTheDefaultSeries_RefusesItByName()
    {
        var act = () => new InMemoryCertificateSequence().TakeNext(default);

        act.Should().Throw<ArgumentException>().WithParameterName("series").WithMessage("*default CertificateSeries*");
    }

    [Fact]
    public void ContinueAfter_OfTheDefaultSeries_RefusesItByName()
    {
        var act = () => new InMemoryCertificateSequence().ContinueAfter(default, 41);

        act.Should().Throw<ArgumentException>().WithParameterName("series").WithMessage("*default CertificateSeries*");
    }

    [Fact]
    public void ContinueAfter_ANegativeSerial_IsRefused()
    {
        var act = () => new InMemoryCertificateSequence().ContinueAfter(Series, -1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("lastIssued");
    }

    [Fact]
    public void TakeNext_AfterTheLastSerialAnIntCanHold_ThrowsRatherThanWrappingToANegativeSerial()
    {
        var sequence = new InMemoryCertificateSequence();
        sequence.ContinueAfter(Series, int.MaxValue);

        var act = () => sequence.TakeNext(Series);

        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public async Task ContinueAfter_WhileAnotherThreadTakesNumbers_StillSkipsPastTheLastIssued()
    {
        // A restart's ContinueAfter can meet a request already taking numbers: the series must still move past the
        // numbers on record, whichever thread touches the counter first.
        var sequence = new InMemoryCertificateSequence();
        for (var round = 0; round < 200; round++)
        {
            var series = new CertificateSeries(Reference.Centre("BDI-YOG"), 1900 + round, "P");
            var taking = 0;
            var stop = 0;
            var taken = Task.Run(() =>
            {
                var numbers = new List<int>();
                while (Volatile.Read(ref stop) == 0)
                {
                    numbers.Add(sequence.TakeNext(series));
                    Volatile.Write(ref taking, 1);
                }

                return numbers;
            });
            SpinWait.SpinUntil(() => Volatile.Read(ref taking) == 1);

            sequence.ContinueAfter(series, 1_000_000);
            var next = sequence.TakeNext(series);
            Volatile.Write(ref stop, 1);

            next.Should().BeGreaterThan(1_000_000, "round {0}", round);
            (await taken).Should().NotContain(next);
        }
    }
}

using System.Collections.Concurrent;

namespace Bimtek.Domain.Certificates;

/// <summary>An <see cref="ICertificateSequence"/> that keeps its counters in memory: <strong>for tests and a single
/// process only</strong>.</summary>
/// <remarks>
/// Its counters die with the process: after a restart, or in a second process (two web servers, a CLI beside a
/// service), it hands out serials already used, and two certificates share a number. A host that issues certificates
/// for real registers a durable sequence of its own (a database sequence per series) before <c>AddBimtekDomain</c>, or
/// at least continues each series after a restart with <see cref="ContinueAfter"/>. It is the default registration so
/// that a test or a demonstration needs no store. Thread-safe.
/// </remarks>
public sealed class InMemoryCertificateSequence : ICertificateSequence
{
    private readonly ConcurrentDictionary<CertificateSeries, Counter> _counters = new();

    /// <inheritdoc />
    public int TakeNext(CertificateSeries series)
    {
        Check(series);
        var counter = _counters.GetOrAdd(series, _ => new Counter());
        return checked((int)Interlocked.Increment(ref counter.Value));
    }

    /// <summary>Continues a series after serials already issued (e.g. read from the host's store after a restart).</summary>
    /// <param name="series">The series.</param>
    /// <param name="lastIssued">The last serial issued, 0 or more; the next serial is one more (a lower value than
    /// the counter's is ignored: serials never go back).</param>
    /// <exception cref="ArgumentException"><paramref name="series"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastIssued"/> is negative.</exception>
    public void ContinueAfter(CertificateSeries series, int lastIssued)
    {
        Check(series);
        ArgumentOutOfRangeException.ThrowIfNegative(lastIssued);
        var counter = _counters.GetOrAdd(series, _ => new Counter());
        long current;
        do
        {
            current = Interlocked.Read(ref counter.Value);
        }
        while (current < lastIssued && Interlocked.CompareExchange(ref counter.Value, lastIssued, current) != current);
    }

    private static void Check(CertificateSeries series)
    {
        if (series.IsDefault)
        {
            throw new ArgumentException("The series is the default CertificateSeries.", nameof(series));
        }
    }

    private sealed class Counter
    {
#pragma warning disable SA1401 // A field, so Interlocked can take it by reference.
        public long Value;
#pragma warning restore SA1401
    }
}

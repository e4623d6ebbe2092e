namespace Bimtek.Domain.Certificates;

/// <summary>Hands out certificate serials, 1, 2, 3, … within each <see cref="CertificateSeries"/>: the host-supplied
/// store behind the number scheme (<see cref="CertificateNumberGenerator"/>).</summary>
/// <remarks>
/// <para>An implementation never hands out the same serial of a series twice, across threads and, for a real host,
/// across processes and restarts: that is why the sequence is the host's (a database sequence or a row locked per
/// series), not the package's. <see cref="InMemoryCertificateSequence"/> is for tests and a single process only.</para>
/// <para>Implementations are thread-safe. A gap (a serial taken and not used) is allowed; a repeat is not.</para>
/// </remarks>
public interface ICertificateSequence
{
    /// <summary>Takes the next serial of a series.</summary>
    /// <param name="series">The series (centre, year, programme).</param>
    /// <returns>The serial, 1 or more, never returned before for this series.</returns>
    /// <exception cref="ArgumentException"><paramref name="series"/> is <c>default</c>.</exception>
    int TakeNext(CertificateSeries series);
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;

namespace Bimtek.Domain.Certificates;

/// <summary>
/// The standard scheme: <c>NNNN/CENTRE/PROGRAMME/YEAR</c>, numbered from 1 for each centre, year and programme (the usual
/// Indonesian letter-number order: sequence first), with an 8-character verification code.
/// </summary>
/// <remarks>
/// <para>No regulation found sets a certificate-number format for a bimtek (fact sheet §b), so this scheme is
/// <em>assumed</em>; register another <see cref="ICertificateNumberGenerator"/> for a ministry's own.</para>
/// <para>The verification code is HMAC-SHA-256 of the number and the holder's NIP, in Crockford base 32 (no I, L, O, U),
/// shown as <c>XXXX-XXXX</c>. With a host's secret key only the host can make valid codes; without one
/// (<see langword="null"/>) the code is a plain SHA-256 digest, which binds the number to the NIP and catches typing
/// errors but can be recomputed by anyone: hosts that publish a verification service should supply a key.</para>
/// <para>Counters live in memory: a host that restarts continues with <see cref="ContinueAfter"/>. Thread-safe.</para>
/// </remarks>
public sealed class CertificateNumberGenerator : ICertificateNumberGenerator
{
    private const string Base32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private readonly ConcurrentDictionary<(CentreCode Centre, int Year, string Programme), StrongBox> _counters = new();
    private readonly byte[]? _key;

    /// <summary>Creates a generator.</summary>
    /// <param name="verificationKey">A secret key of at least 16 bytes for the verification codes, or <see langword="null"/>
    /// for unkeyed codes (see remarks).</param>
    /// <exception cref="ArgumentException">The key is shorter than 16 bytes.</exception>
    public CertificateNumberGenerator(byte[]? verificationKey = null)
    {
        if (verificationKey is { Length: < 16 })
        {
            throw new ArgumentException("A verification key has at least 16 bytes.", nameof(verificationKey));
        }

        _key = verificationKey?.ToArray();
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The centre is <c>default</c>, the programme code blank or containing '/', or the NIP <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900–2099.</exception>
    /// <exception cref="InvalidOperationException">The 9,999 numbers of a centre, year and programme are used up.</exception>
    public CertificateNumber Allocate(CentreCode centre, int year, string programmeCode, Nip holder)
    {
        Check(centre, year, programmeCode, holder);
        var counter = _counters.GetOrAdd((centre, year, programmeCode), _ => new StrongBox());
        var sequence = Interlocked.Increment(ref counter.Value);
        if (sequence > 9999)
        {
            throw new InvalidOperationException($"Certificate numbers of {centre}/{programmeCode}/{year} are used up (9999).");
        }

        var number = string.Create(CultureInfo.InvariantCulture, $"{sequence:0000}/{centre.Value}/{programmeCode}/{year}");
        return new CertificateNumber(number, Code(number, holder));
    }

    /// <inheritdoc />
    public bool Verify(string number, Nip holder, string verificationCode)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(verificationCode);
        if (holder.IsDefault)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Code(number, holder));
        var given = Encoding.ASCII.GetBytes(verificationCode.Trim().ToUpperInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>Continues numbering after numbers already issued (e.g. read from the host's store after a restart).</summary>
    /// <param name="centre">The centre.</param>
    /// <param name="year">The year.</param>
    /// <param name="programmeCode">The programme.</param>
    /// <param name="lastIssued">The last sequence number issued, 0–9999; the next number is one more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastIssued"/> is outside 0–9999.</exception>
    public void ContinueAfter(CentreCode centre, int year, string programmeCode, int lastIssued)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lastIssued);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lastIssued, 9999);
        var counter = _counters.GetOrAdd((centre, year, programmeCode), _ => new StrongBox());
        long current;
        do
        {
            current = Interlocked.Read(ref counter.Value);
        }
        while (current < lastIssued && Interlocked.CompareExchange(ref counter.Value, lastIssued, current) != current);
    }

    private static void Check(CentreCode centre, int year, string programmeCode, Nip holder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programmeCode);
        if (centre.IsDefault)
        {
            throw new ArgumentException("The centre is the default CentreCode.", nameof(centre));
        }

        if (programmeCode.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("A programme code in a certificate number cannot contain '/'.", nameof(programmeCode));
        }

        if (holder.IsDefault)
        {
            throw new ArgumentException("The holder's NIP is the default Nip.", nameof(holder));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2099);
    }

    private string Code(string number, Nip holder)
    {
        var message = Encoding.UTF8.GetBytes($"{number}|{holder.ToUnmaskedString()}");
        var digest = _key is null ? SHA256.HashData(message) : HMACSHA256.HashData(_key, message);

        // 40 bits → 8 base-32 characters.
        ulong bits = 0;
        for (var i = 0; i < 5; i++)
        {
            bits = (bits << 8) | digest[i];
        }

        Span<char> chars = stackalloc char[9];
        for (var i = 7; i >= 0; i--)
        {
            chars[i < 4 ? i : i + 1] = Base32[(int)(bits & 31)];
            bits >>= 5;
        }

        chars[4] = '-';
        return new string(chars);
    }

    private sealed class StrongBox
    {
#pragma warning disable SA1401 // A field, so Interlocked can take it by reference.
        public long Value;
#pragma warning restore SA1401
    }
}

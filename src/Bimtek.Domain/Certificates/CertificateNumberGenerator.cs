using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Certificates;

/// <summary>
/// The standard number scheme: <c>NNNN/CENTRE/PROGRAMME/YEAR</c>, the serial taken from an <see cref="ICertificateSequence"/>
/// per centre, year and programme (the usual Indonesian letter-number order: serial first), with an 8-character
/// verification code.
/// </summary>
/// <remarks>
/// <para>No regulation found sets a certificate-number format for a bimtek (fact sheet §b), so this scheme is
/// <em>assumed</em>; register another <see cref="ICertificateNumberGenerator"/> for a ministry's own.</para>
/// <para>The scheme formats; the sequence counts. The sequence is the host's (<see cref="ICertificateSequence"/>), so that
/// a restart or a second process never repeats a number; <see cref="InMemoryCertificateSequence"/> serves tests and a
/// single process.</para>
/// <para>The verification code is HMAC-SHA-256 of the number and the holder's NIP, in Crockford base 32 (no I, L, O, U),
/// shown as <c>XXXX-XXXX</c>. With a host's secret key only the host can make valid codes; without one
/// (<see langword="null"/>) the code is a plain SHA-256 digest, which binds the number to the NIP and catches typing
/// errors but can be recomputed by anyone: hosts that publish a verification service should supply a key.</para>
/// <para>Thread-safe when its sequence is.</para>
/// </remarks>
public sealed class CertificateNumberGenerator : ICertificateNumberGenerator
{
    /// <summary>The highest serial the four-digit scheme can write, 9,999.</summary>
    public const int MaximumSerial = 9999;

    private const string Base32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private readonly ICertificateSequence _sequence;
    private readonly byte[]? _key;

    /// <summary>Creates the scheme over a sequence.</summary>
    /// <param name="sequence">Where serials come from (the host's store; <see cref="InMemoryCertificateSequence"/> in tests).</param>
    /// <param name="verificationKey">A secret key of at least 16 bytes for the verification codes, or <see langword="null"/>
    /// for unkeyed codes (see remarks).</param>
    /// <exception cref="ArgumentException">The key is shorter than 16 bytes.</exception>
    public CertificateNumberGenerator(ICertificateSequence sequence, byte[]? verificationKey = null)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        if (verificationKey is { Length: < 16 })
        {
            throw new ArgumentException("A verification key has at least 16 bytes.", nameof(verificationKey));
        }

        _sequence = sequence;
        _key = verificationKey?.ToArray();
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The centre is <c>default</c>, the programme code blank or containing '/', or the NIP <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900–2099.</exception>
    /// <exception cref="InvalidOperationException">The sequence gave a serial outside 1–<see cref="MaximumSerial"/> (the
    /// numbers of a centre, year and programme are used up).</exception>
    public CertificateNumber Allocate(CentreCode centre, int year, string programmeCode, Nip holder)
    {
        var series = new CertificateSeries(centre, year, programmeCode);
        if (holder.IsDefault)
        {
            throw new ArgumentException("The holder's NIP is the default Nip.", nameof(holder));
        }

        var serial = _sequence.TakeNext(series);
        if (serial is < 1 or > MaximumSerial)
        {
            throw new InvalidOperationException($"Certificate serial {serial} of {series} is outside 1–{MaximumSerial}: the series is used up or the sequence is wrong.");
        }

        var number = string.Create(CultureInfo.InvariantCulture, $"{serial:0000}/{centre.Value}/{programmeCode}/{year}");
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
}

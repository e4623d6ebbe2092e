using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Certificates;

/// <summary>Allocates certificate numbers and verification codes. Hosts may register their own (their ministry's scheme,
/// numbers continued from their store, a secret key).</summary>
/// <remarks>Implementations are thread-safe and never hand out a number twice.</remarks>
public interface ICertificateNumberGenerator
{
    /// <summary>Allocates the next number of a centre, year and programme, and the holder's verification code.</summary>
    /// <param name="centre">The issuing centre.</param>
    /// <param name="year">The year of issue.</param>
    /// <param name="programmeCode">The programme.</param>
    /// <param name="holder">The holder, whom the verification code binds to the number.</param>
    /// <returns>The number and code.</returns>
    CertificateNumber Allocate(CentreCode centre, int year, string programmeCode, Nip holder);

    /// <summary>Checks that a verification code belongs to a number and a holder.</summary>
    /// <param name="number">The certificate number.</param>
    /// <param name="holder">The holder's NIP.</param>
    /// <param name="verificationCode">The code printed on the certificate.</param>
    /// <returns>Whether they belong together.</returns>
    bool Verify(string number, Nip holder, string verificationCode);
}

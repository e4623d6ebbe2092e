using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using NodaTime;
using static Bimtek.Domain.Certificates.CertificateRuleCodes;

namespace Bimtek.Domain.Certificates;

/// <summary>Issues a certificate only to a participant who completed (<see cref="ParticipantCompletion"/>: attendance,
/// pass mark and the required evaluations, decided by the package); otherwise returns every reason, with codes.</summary>
/// <remarks>
/// The JP credited are the programme's declared total (<see cref="Programme.TotalJp"/>): the certificate attests the
/// programme, as an STTP does, and the development ledger counts what certificates credit. Thread-safe.
/// </remarks>
public sealed class CertificateIssuer
{
    private readonly ICertificateNumberGenerator _numbers;

    /// <summary>Creates an issuer.</summary>
    /// <param name="numbers">The number generator.</param>
    public CertificateIssuer(ICertificateNumberGenerator numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        _numbers = numbers;
    }

    /// <summary>Issues a certificate if the participant completed (as the package decided: <see cref="ParticipantCompletion"/>)
    /// and holds none of the programme yet.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="centre">The issuing centre (the session's).</param>
    /// <param name="completion">The participant's completion (<see cref="SessionCompletion.Decide"/> or
    /// <see cref="ParticipantCompletion.Decide"/>); its reasons become the reasons the certificate is withheld.</param>
    /// <param name="issuedOn">The date of issue.</param>
    /// <param name="alreadyIssued">Certificates already issued for the programme, to refuse a second one
    /// (<see cref="AlreadyIssued"/>); <see langword="null"/> when the host checks this itself.</param>
    /// <returns>The certificate, or every reason it is withheld.</returns>
    /// <exception cref="ArgumentException">The completion was decided for another programme.</exception>
    public CertificateIssue Issue(
        Programme programme, CentreCode centre, ParticipantCompletion completion, LocalDate issuedOn, IEnumerable<Certificate>? alreadyIssued = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(completion);
        if (!string.Equals(completion.ProgrammeCode, programme.Code, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The completion was decided for programme {completion.ProgrammeCode}, not {programme.Code}.", nameof(completion));
        }

        var result = completion.Result;
        var previous = alreadyIssued?.FirstOrDefault(c => c.Holder == completion.Nip && string.Equals(c.ProgrammeCode, programme.Code, StringComparison.Ordinal));
        if (previous is not null)
        {
            result = RuleResult.From(result.Violations.Append(CertificateRules.Violation(
                AlreadyIssued, ("Participant", completion.Nip.ToMaskedString()), ("Number", previous.Number), ("Programme", programme.Code))));
        }

        if (!result.Succeeded)
        {
            return new CertificateIssue(null, result);
        }

        var number = _numbers.Allocate(centre, issuedOn.Year, programme.Code, completion.Nip);
        return new CertificateIssue(
            new Certificate(number.Number, number.VerificationCode, completion.Nip, programme.Code, centre, issuedOn, programme.TotalJp),
            result);
    }
}

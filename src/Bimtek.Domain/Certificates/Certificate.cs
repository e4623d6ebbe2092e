using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Certificates;

/// <summary>A certificate of completion (sertifikat / STTP) for one official and one programme, with the JP it credits.</summary>
/// <remarks>Immutable. <see cref="ToString"/> shows the number and the masked NIP only.</remarks>
public sealed class Certificate
{
    /// <summary>Creates a certificate (as issued by <see cref="CertificateIssuer"/>, or as stored by the host).</summary>
    /// <param name="number">The certificate number.</param>
    /// <param name="verificationCode">The code that lets a verifier check the number belongs to the holder.</param>
    /// <param name="holder">The holder's NIP.</param>
    /// <param name="programmeCode">The programme.</param>
    /// <param name="centre">The issuing centre.</param>
    /// <param name="issuedOn">The date of issue (its year is the ledger year).</param>
    /// <param name="jp">The lesson hours credited.</param>
    /// <exception cref="ArgumentException">A text is blank, the NIP or centre is <c>default</c>.</exception>
    public Certificate(string number, string verificationCode, Nip holder, string programmeCode, CentreCode centre, LocalDate issuedOn, LessonHours jp)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(verificationCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(programmeCode);
        if (holder.IsDefault)
        {
            throw new ArgumentException("The holder's NIP is the default Nip.", nameof(holder));
        }

        if (centre.IsDefault)
        {
            throw new ArgumentException("The centre is the default CentreCode.", nameof(centre));
        }

        Number = number;
        VerificationCode = verificationCode;
        Holder = holder;
        ProgrammeCode = programmeCode;
        Centre = centre;
        IssuedOn = issuedOn;
        Jp = jp;
    }

    /// <summary>Gets the certificate number, e.g. <c>0001/BDI-YOG/BIMTEK-NN-2020/2020</c>.</summary>
    public string Number { get; }

    /// <summary>Gets the verification code.</summary>
    public string VerificationCode { get; }

    /// <summary>Gets the holder's NIP.</summary>
    public Nip Holder { get; }

    /// <summary>Gets the programme's code.</summary>
    public string ProgrammeCode { get; }

    /// <summary>Gets the issuing centre.</summary>
    public CentreCode Centre { get; }

    /// <summary>Gets the date of issue.</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>Gets the year the JP count for in the development ledger (the year of issue).</summary>
    public int Year => IssuedOn.Year;

    /// <summary>Gets the lesson hours credited.</summary>
    public LessonHours Jp { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Number} ({Holder}, {Jp})";
}

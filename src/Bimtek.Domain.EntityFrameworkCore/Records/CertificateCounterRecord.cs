using Bimtek.Domain.Centres;

namespace Bimtek.Domain.EntityFrameworkCore.Records;

/// <summary>The last serial taken in a certificate series (centre, year, programme). Taken and raised in the same
/// transaction as the certificate it numbers, so a rollback gives the number back and no number is used twice.</summary>
internal sealed class CertificateCounterRecord
{
    public CentreCode Centre { get; set; }

    public int Year { get; set; }

    public required string ProgrammeCode { get; set; }

    public int Last { get; set; }
}

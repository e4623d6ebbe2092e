using Bimtek.Domain.Common;

namespace Bimtek.Domain.Certificates;

/// <summary>The outcome of asking for a certificate: the certificate, or every reason it is withheld.</summary>
public sealed class CertificateIssue
{
    internal CertificateIssue(Certificate? certificate, RuleResult result)
    {
        Certificate = certificate;
        Result = result;
    }

    /// <summary>Gets the certificate, or <see langword="null"/> when withheld.</summary>
    public Certificate? Certificate { get; }

    /// <summary>Gets the reasons (codes in <see cref="CertificateRuleCodes"/>); empty when issued.</summary>
    public RuleResult Result { get; }

    /// <summary>Gets whether a certificate was issued.</summary>
    public bool Issued => Certificate is not null;

    /// <inheritdoc />
    public override string ToString() => Certificate?.ToString() ?? $"Withheld: {Result}";
}

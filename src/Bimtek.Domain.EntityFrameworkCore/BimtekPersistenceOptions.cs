namespace Bimtek.Domain.EntityFrameworkCore;

/// <summary>Options of <see cref="BimtekStore"/>.</summary>
public sealed class BimtekPersistenceOptions
{
    /// <summary>Gets or sets whether the store keeps NIKs (encrypted with the host's
    /// <see cref="PersonalData.IPersonalDataProtector"/>, which must then be registered). Off by default: the NIP is the
    /// key and no more identity is stored.</summary>
    public bool StoreNik { get; set; }

    /// <summary>Gets or sets the key of certificate verification codes (at least 16 bytes), as for
    /// <see cref="Domain.Certificates.CertificateNumberGenerator"/>; <see langword="null"/> for unkeyed codes.</summary>
    public IReadOnlyList<byte>? CertificateVerificationKey { get; set; }
}

namespace Bimtek.Domain.EntityFrameworkCore.PersonalData;

/// <summary>
/// Encrypts personal data the host chose to store beyond the NIP (the NIK), with a key the host holds (e.g. ASP.NET
/// Core Data Protection, a KMS, an HSM). The package never stores a NIK without one.
/// </summary>
/// <remarks>Implementations are thread-safe; <see cref="Unprotect"/> reverses <see cref="Protect"/> and throws when the
/// ciphertext was not made with the host's key.</remarks>
public interface IPersonalDataProtector
{
    /// <summary>Encrypts.</summary>
    /// <param name="plaintext">The bytes to protect.</param>
    /// <returns>The ciphertext.</returns>
    byte[] Protect(byte[] plaintext);

    /// <summary>Decrypts.</summary>
    /// <param name="ciphertext">Bytes from <see cref="Protect"/>.</param>
    /// <returns>The plaintext.</returns>
    byte[] Unprotect(byte[] ciphertext);
}

using Bimtek.Domain.Common;

namespace Bimtek.Domain.EntityFrameworkCore.Records;

/// <summary>Personal data beyond the NIP, kept apart so a host's retention rules can clear it: the NIK only when the host
/// opted in, and then only as ciphertext from the host's protector.</summary>
internal sealed class PersonalDataRecord
{
    public Nip Nip { get; set; }

    public string? Email { get; set; }

    public byte[]? NikCiphertext { get; set; }
}

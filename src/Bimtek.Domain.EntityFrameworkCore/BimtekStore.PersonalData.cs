using System.Text;
using Bimtek.Domain.Common;
using Bimtek.Domain.EntityFrameworkCore.Records;
using Bimtek.Domain.Participants;

namespace Bimtek.Domain.EntityFrameworkCore;

/// <summary>Personal data beyond the NIP: the NIK (opt-in, encrypted by the host's protector).</summary>
public sealed partial class BimtekStore
{
    /// <summary>Stores an official's NIK, encrypted with the host's <see cref="PersonalData.IPersonalDataProtector"/>.</summary>
    /// <param name="nip">The official.</param>
    /// <param name="nik">The NIK.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when it is committed.</returns>
    /// <exception cref="InvalidOperationException">The host did not opt in (<see cref="BimtekPersistenceOptions.StoreNik"/>).</exception>
    public async Task SaveNikAsync(Nip nip, Nik nik, CancellationToken cancellationToken = default)
    {
        var protector = NikProtector();
        if (nip.IsDefault || nik.IsDefault)
        {
            throw new ArgumentException("The NIP and the NIK are not default values.", nip.IsDefault ? nameof(nip) : nameof(nik));
        }

        var ciphertext = protector.Protect(Encoding.ASCII.GetBytes(nik.ToUnmaskedString()));
        var record = await _context.Set<PersonalDataRecord>().FindAsync([nip], cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            _context.Add(new PersonalDataRecord { Nip = nip, NikCiphertext = ciphertext });
        }
        else
        {
            record.NikCiphertext = ciphertext;
        }

        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads an official's NIK back, decrypted with the host's protector.</summary>
    /// <param name="nip">The official.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The NIK, or <see langword="null"/> when none is stored.</returns>
    /// <exception cref="InvalidOperationException">The host did not opt in.</exception>
    public async Task<Nik?> FindNikAsync(Nip nip, CancellationToken cancellationToken = default)
    {
        var protector = NikProtector();
        var record = await _context.Set<PersonalDataRecord>().FindAsync([nip], cancellationToken).ConfigureAwait(false);
        return record?.NikCiphertext is { } ciphertext ? Nik.Parse(Encoding.ASCII.GetString(protector.Unprotect(ciphertext))) : null;
    }

    private PersonalData.IPersonalDataProtector NikProtector() => _options.StoreNik && _protector is not null
        ? _protector
        : throw new InvalidOperationException("NIKs are stored only when the host opts in: set BimtekPersistenceOptions.StoreNik and register an IPersonalDataProtector.");
}

using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Bimtek.Domain.EntityFrameworkCore;

/// <summary>Development on record elsewhere (e.g. SIASN's riwayat kursus), stored to be counted by the ledger's queries.</summary>
public sealed partial class BimtekStore
{
    /// <summary>
    /// Stores development records (e.g. read by <c>SiasnRiwayatReader</c>) so that <see cref="ShortfallsAsync"/> and
    /// <see cref="EarnedByAsync"/> count them, as a <see cref="DevelopmentLedger"/> given the same records does.
    /// Every record is added: to refresh an import, use <see cref="ReplaceDevelopmentRecordsAsync"/>.
    /// </summary>
    /// <param name="records">The records, none repeating a stored one or a certificate of this package.</param>
    /// <param name="cancellationToken">Cancels the save (nothing is stored).</param>
    /// <returns>A task that completes when they are committed.</returns>
    /// <exception cref="ArgumentException">A record is <see langword="null"/>.</exception>
    public async Task AddDevelopmentRecordsAsync(IEnumerable<DevelopmentRecord> records, CancellationToken cancellationToken = default)
    {
        var list = Checked(records);
        await SaveDetachedAsync(list, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces, in one transaction, the stored records of one source for some officials with the records given: what a
    /// new read of SIASN for an agency's staff does, so a course is never counted twice after a refresh. Records of other
    /// sources and of other officials stay as they are.
    /// </summary>
    /// <param name="source">The source replaced (<see cref="DevelopmentRecord.Source"/>, e.g. <c>SIASN</c>).</param>
    /// <param name="officials">The officials whose records of that source are replaced (those with no record now
    /// included, so a record withdrawn at the source goes).</param>
    /// <param name="records">The new records, each of that source and of one of those officials.</param>
    /// <param name="cancellationToken">Cancels the replacement (nothing changes).</param>
    /// <returns>A task that completes when the replacement is committed.</returns>
    /// <exception cref="ArgumentException">The source is blank, or a record is <see langword="null"/>, of another source
    /// or of an official not listed (the message masks the NIP).</exception>
    public async Task ReplaceDevelopmentRecordsAsync(
        string source, IEnumerable<Nip> officials, IEnumerable<DevelopmentRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(officials);
        var replaced = officials.ToHashSet();
        var list = Checked(records);
        foreach (var record in list)
        {
            if (!string.Equals(record.Source, source, StringComparison.Ordinal))
            {
                throw new ArgumentException($"A record of source '{record.Source}' is among those replacing source '{source}'.", nameof(records));
            }

            if (!replaced.Contains(record.Holder))
            {
                throw new ArgumentException($"A record of {record.Holder.ToMaskedString()} is given, but that official is not among those replaced.", nameof(records));
            }
        }

        await InTransactionAsync(
            async () =>
            {
                foreach (var chunk in replaced.Order().Chunk(OfficialsPerQuery))
                {
                    await _context.Set<DevelopmentRecord>()
                        .Where(r => r.Source == source && chunk.Contains(r.Holder))
                        .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                }

                await SaveDetachedAsync(list, cancellationToken).ConfigureAwait(false);
                return list.Count;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads an official's stored development records, by year, in the order they were stored.</summary>
    /// <param name="nip">The official.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The records (empty when none).</returns>
    public async Task<IReadOnlyList<DevelopmentRecord>> DevelopmentRecordsAsync(Nip nip, CancellationToken cancellationToken = default)
    {
        var rows = await _context.Set<DevelopmentRecord>().AsNoTracking().Where(r => r.Holder == nip)
            .OrderBy(r => r.Year).ThenBy(r => EF.Property<long>(r, "Id"))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.AsReadOnly();
    }

    private static List<DevelopmentRecord> Checked(IEnumerable<DevelopmentRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToList();
        if (list.Any(r => r is null))
        {
            throw new ArgumentException("A development record is null.", nameof(records));
        }

        return list;
    }

    // Copies are stored, so each record given is one row even when one object is given twice (the ledger would count it
    // twice too), and the caller's objects are never tracked; the copies are detached once saved.
    private async Task SaveDetachedAsync(List<DevelopmentRecord> records, CancellationToken cancellationToken)
    {
        var entries = records.Select(r => _context.Add(new DevelopmentRecord(r.Holder, r.Year, r.Jp, r.Source))).ToList();
        try
        {
            await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var entry in entries)
            {
                entry.State = EntityState.Detached;
            }
        }
    }
}

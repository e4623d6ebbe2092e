using System.Text.Json;
using Bimtek.Domain.Common;
using Bimtek.Domain.EntityFrameworkCore.Bulk;
using Bimtek.Domain.EntityFrameworkCore.Records;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Microsoft.EntityFrameworkCore;

namespace Bimtek.Domain.EntityFrameworkCore;

/// <summary>Rosters: saved with optimistic concurrency, their status history appended on every save.</summary>
public sealed partial class BimtekStore
{
    /// <summary>
    /// Saves a roster: a new one is inserted; one loaded by <see cref="FindRosterAsync"/> is updated only if no one else
    /// saved it since (its version is checked), and every move made on it since it was loaded or last saved adds a line
    /// to its status history (<see cref="RosterHistoryAsync"/>).
    /// </summary>
    /// <param name="roster">The roster.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when it is committed.</returns>
    /// <exception cref="BimtekConcurrencyException">Someone else saved the roster since it was loaded, or a roster with
    /// this session id is stored but this one was not loaded from it. Nothing was written; load it again.</exception>
    public async Task SaveRosterAsync(SessionRoster roster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roster);
        if (!_loadedRosters.TryGetValue(roster, out var record))
        {
            if (_insertedRosters.TryGetValue(roster, out var inserted))
            {
                record = await ReloadInsertedAsync(roster, inserted, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                if (await _context.Set<RosterRecord>().AnyAsync(r => r.SessionId == roster.SessionId, cancellationToken).ConfigureAwait(false))
                {
                    throw new BimtekConcurrencyException(
                        $"The roster of session {roster.SessionId} is already stored: load it with FindRosterAsync and change that one, so no one else's change is overwritten.");
                }

                await InsertRosterAsync(roster, cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        var loadedVersion = record.Version;
        record.Version++;
        var movesStaged = StageEntries(roster, record);
        try
        {
            await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            record.MovesSaved = movesStaged;
        }
        catch (DbUpdateException ex)
        {
            // EF may write a new entry before it checks the roster's version: a clash on an entry's key is then the
            // same lost-update race, told apart by the version now stored.
            _context.ChangeTracker.Clear();
            _loadedRosters.Remove(roster);
            var stored = await _context.Set<RosterRecord>().AsNoTracking().Where(r => r.SessionId == roster.SessionId)
                .Select(r => (int?)r.Version).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (ex is DbUpdateConcurrencyException || stored != (loadedVersion == 0 ? null : loadedVersion))
            {
                throw new BimtekConcurrencyException(
                    $"The roster of session {roster.SessionId} was changed by someone else after it was loaded (version {loadedVersion}, now {stored?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "deleted"}); nothing was saved. Load it again and repeat the change.",
                    ex);
            }

            throw;
        }
    }

    /// <summary>Loads a roster; saving it later checks that no one else saved it in between.</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The roster, behaving as the one saved, or <see langword="null"/>.</returns>
    public async Task<SessionRoster?> FindRosterAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        var record = await _context.Set<RosterRecord>().Include(r => r.Entries)
            .SingleOrDefaultAsync(r => r.SessionId == sessionId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return null;
        }

        var settings = new EnrolmentSettings(
            record.Capacity,
            record.WaitlistPolicy,
            JsonSerializer.Deserialize<Dictionary<string, int>>(record.ProvinceQuotas)!.ToDictionary(q => RegionCode.Parse(q.Key), q => q.Value),
            record.CutOffSupplied ? record.CancellationCutOff : null,
            record.PositionPriority is null ? null : JsonSerializer.Deserialize<List<string>>(record.PositionPriority)!.Select(Enum.Parse<PositionKind>).ToList());
        var entries = record.Entries.OrderBy(e => e.Arrival).Select(e => Enrolment.Restore(
            new Nomination(
                new Participant(e.Nip, e.Name, new Position(e.PositionKind, e.PositionTitle), new Agency(e.AgencyName, e.AgencyRegion, e.AgencyLevel)),
                record.SessionId,
                new Agency(e.NominatedByName, e.NominatedByRegion, e.NominatedByLevel),
                e.SubmittedAt),
            e.Status,
            e.EnrolledAt,
            e.ChangedAt));
        var roster = SessionRoster.Restore(record.SessionId, record.SessionStart, settings, entries);
        _loadedRosters.AddOrUpdate(roster, record);
        return roster;
    }

    /// <summary>Reads a roster's status history, oldest first: each status an entry was saved in, and since when.</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The history (empty when the roster is unknown).</returns>
    /// <remarks>Every move is a line (<see cref="SessionRoster.Moves"/>), also several moves of one entry between two
    /// saves; lines are in the order the moves happened.</remarks>
    public async Task<IReadOnlyList<EnrolmentStatusChange>> RosterHistoryAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        var rows = await _context.Set<EnrolmentChangeRecord>().AsNoTracking().Where(c => c.SessionId == sessionId)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(c => new EnrolmentStatusChange(c.Nip, c.Status, c.At)).ToList().AsReadOnly();
    }

    // A new roster: its row through EF, its entries and history in bulk (BulkInsert), in one transaction. None of it
    // stays tracked; a later save of the same roster object reads the row back first (ReloadInsertedAsync).
    private async Task InsertRosterAsync(SessionRoster roster, CancellationToken cancellationToken)
    {
        var record = NewRosterRecord(roster);
        record.Version = 1;
        var entries = new List<EnrolmentRecord>(roster.Entries.Count);
        var arrivals = new Dictionary<Enrolment, int>(roster.Entries.Count, ReferenceEqualityComparer.Instance);
        for (var arrival = 0; arrival < roster.Entries.Count; arrival++)
        {
            entries.Add(NewEntry(roster.SessionId, arrival, roster.Entries[arrival]));
            arrivals[roster.Entries[arrival]] = arrival;
        }

        var moves = roster.Moves;
        var moved = moves.Select(m => m.Enrolment).ToHashSet(ReferenceEqualityComparer.Instance);
        var history = roster.Entries.Where(e => !moved.Contains(e))
            .Select(e => History(roster.SessionId, arrivals[e], e.Participant.Nip, e.Status, e.ChangedAt))
            .Concat(moves.Select(m => History(roster.SessionId, arrivals[m.Enrolment], m.Enrolment.Participant.Nip, m.Status, m.At)))
            .ToList();
        try
        {
            await InTransactionAsync(
                async () =>
                {
                    var entry = _context.Add(record);
                    try
                    {
                        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        entry.State = EntityState.Detached;
                    }

                    await BulkInsert.InsertAsync(_context, entries, cancellationToken).ConfigureAwait(false);
                    return await BulkInsert.InsertAsync(_context, history, cancellationToken).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException ex)
        {
            throw new BimtekConcurrencyException(
                $"The roster of session {roster.SessionId} was stored by someone else meanwhile; nothing was saved. Load it with FindRosterAsync and repeat the change.",
                ex);
        }

        _insertedRosters.AddOrUpdate(roster, new InsertedRoster(record.Version, moves.Count));
    }

    // The row of a roster this store inserted, read back (tracked) for a further save of the same roster object; refused
    // if someone else saved it since.
    private async Task<RosterRecord> ReloadInsertedAsync(SessionRoster roster, InsertedRoster inserted, CancellationToken cancellationToken)
    {
        var record = await _context.Set<RosterRecord>().Include(r => r.Entries)
            .SingleOrDefaultAsync(r => r.SessionId == roster.SessionId, cancellationToken).ConfigureAwait(false);
        if (record is null || record.Version != inserted.Version)
        {
            _insertedRosters.Remove(roster);
            throw new BimtekConcurrencyException(
                $"The roster of session {roster.SessionId} was changed by someone else after it was saved (version {inserted.Version}, now {record?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "deleted"}); nothing was saved. Load it again and repeat the change.");
        }

        record.MovesSaved = inserted.MovesSaved;
        _insertedRosters.Remove(roster);
        _loadedRosters.AddOrUpdate(roster, record);
        return record;
    }

    private static RosterRecord NewRosterRecord(SessionRoster roster) => new()
    {
        SessionId = roster.SessionId,
        SessionStart = roster.SessionStart,
        Capacity = roster.Settings.Capacity,
        WaitlistPolicy = roster.Settings.WaitlistPolicy,
        CancellationCutOff = roster.Settings.CancellationCutOff,
        CutOffSupplied = roster.Settings.CancellationCutOffProvenance == Provenance.HostSupplied,
        ProvinceQuotas = JsonSerializer.Serialize(roster.Settings.ProvinceQuotas.ToDictionary(q => q.Key.ToString(), q => q.Value)),
        PositionPriority = roster.Settings.PositionPriorityProvenance == Provenance.HostSupplied
            ? JsonSerializer.Serialize(roster.Settings.PositionPriority.Select(p => p.ToString()))
            : null,
    };

    // Updates the entry rows and appends the status history: every move the roster made since it was loaded or last
    // saved (SessionRoster.Moves), so several moves of one entry between two saves are each kept, in order. An entry new
    // to storage or changed without a move on this roster object (one the host restored itself) gets a line of its
    // current status.
    private int StageEntries(SessionRoster roster, RosterRecord record)
    {
        var stored = record.Entries.ToDictionary(e => e.Arrival);
        var moves = roster.Moves;
        var pending = moves.Skip(record.MovesSaved).ToList();
        var moved = pending.Select(m => m.Enrolment).ToHashSet(ReferenceEqualityComparer.Instance);
        var arrivals = new Dictionary<Enrolment, int>(ReferenceEqualityComparer.Instance);
        for (var arrival = 0; arrival < roster.Entries.Count; arrival++)
        {
            var entry = roster.Entries[arrival];
            arrivals[entry] = arrival;
            if (stored.TryGetValue(arrival, out var row))
            {
                if (row.Status == entry.Status && row.ChangedAt == entry.ChangedAt && row.EnrolledAt == entry.EnrolledAt)
                {
                    continue;
                }

                row.Status = entry.Status;
                row.EnrolledAt = entry.EnrolledAt;
                row.ChangedAt = entry.ChangedAt;
            }
            else
            {
                record.Entries.Add(NewEntry(roster.SessionId, arrival, entry));
            }

            if (!moved.Contains(entry))
            {
                AddHistory(roster.SessionId, arrival, entry.Participant.Nip, entry.Status, entry.ChangedAt);
            }
        }

        foreach (var move in pending)
        {
            AddHistory(roster.SessionId, arrivals[move.Enrolment], move.Enrolment.Participant.Nip, move.Status, move.At);
        }

        return moves.Count;
    }

    private void AddHistory(string sessionId, int arrival, Nip nip, EnrolmentStatus status, NodaTime.Instant at) =>
        _context.Add(History(sessionId, arrival, nip, status, at));

    private static EnrolmentChangeRecord History(string sessionId, int arrival, Nip nip, EnrolmentStatus status, NodaTime.Instant at) =>
        new() { SessionId = sessionId, Arrival = arrival, Nip = nip, Status = status, At = at };

    // What a roster inserted by this store was saved as: its version and how many of its moves are in the history.
    private sealed record InsertedRoster(int Version, int MovesSaved);

    private static EnrolmentRecord NewEntry(string sessionId, int arrival, Enrolment entry) => new()
    {
        SessionId = sessionId,
        Arrival = arrival,
        Nip = entry.Participant.Nip,
        Name = entry.Participant.Name,
        PositionKind = entry.Participant.Position.Kind,
        PositionTitle = entry.Participant.Position.Title,
        AgencyName = entry.Participant.Agency.Name,
        AgencyRegion = entry.Participant.Agency.Region,
        AgencyLevel = entry.Participant.Agency.Level,
        NominatedByName = entry.Nomination.NominatedBy.Name,
        NominatedByRegion = entry.Nomination.NominatedBy.Region,
        NominatedByLevel = entry.Nomination.NominatedBy.Level,
        SubmittedAt = entry.Nomination.SubmittedAt,
        Status = entry.Status,
        EnrolledAt = entry.EnrolledAt,
        ChangedAt = entry.ChangedAt,
    };
}

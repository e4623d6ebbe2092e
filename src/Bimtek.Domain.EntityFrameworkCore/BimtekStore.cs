using System.Runtime.CompilerServices;
using Bimtek.Domain.EntityFrameworkCore.PersonalData;
using Bimtek.Domain.EntityFrameworkCore.Records;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Bimtek.Domain.EntityFrameworkCore;

/// <summary>
/// Saves and loads the package's aggregates through a context that has the Bimtek mapping
/// (<see cref="BimtekDbContext"/>, or a host's own with <see cref="BimtekModelBuilderExtensions.ApplyBimtekConfiguration"/>).
/// </summary>
/// <remarks>
/// <para>One store per context and unit of work (scoped), like the context itself; not thread-safe. Each save method
/// commits its own work (inside the caller's transaction when one is open).</para>
/// <para>Programmes and schedules are stored as documents in the core's strict JSON form (<see cref="BimtekJson"/>) and
/// read back through it, so what loads is what the core would read from a file.</para>
/// </remarks>
public sealed partial class BimtekStore
{
    private readonly DbContext _context;
    private readonly BimtekPersistenceOptions _options;
    private readonly IPersonalDataProtector? _protector;
    private readonly ConditionalWeakTable<SessionRoster, RosterRecord> _loadedRosters = [];
    private readonly ConditionalWeakTable<SessionRoster, InsertedRoster> _insertedRosters = [];

    /// <summary>Creates a store.</summary>
    /// <param name="context">A context with the Bimtek mapping.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <param name="protector">Encrypts NIKs; required when <see cref="BimtekPersistenceOptions.StoreNik"/> is on.</param>
    /// <exception cref="InvalidOperationException">NIKs are to be stored but no protector was given.</exception>
    public BimtekStore(DbContext context, BimtekPersistenceOptions? options = null, IPersonalDataProtector? protector = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _options = options ?? new BimtekPersistenceOptions();
        _protector = protector;
        if (_options.StoreNik && protector is null)
        {
            throw new InvalidOperationException(
                "BimtekPersistenceOptions.StoreNik is on but no IPersonalDataProtector is registered: a NIK is never stored unencrypted.");
        }
    }

    /// <summary>Saves a programme (inserted, or replacing the stored one with the same code).</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when it is committed.</returns>
    public async Task SaveProgrammeAsync(Programme programme, CancellationToken cancellationToken = default)
    {
        await StageProgrammeAsync(programme, cancellationToken).ConfigureAwait(false);
        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Loads a programme by code.</summary>
    /// <param name="code">The programme's code.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The programme, or <see langword="null"/> when none has that code.</returns>
    /// <exception cref="BimtekJsonException">The stored document is no longer a valid programme (edited by hand).</exception>
    public async Task<Programme?> FindProgrammeAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var record = await _context.Set<ProgrammeRecord>().AsNoTracking()
            .SingleOrDefaultAsync(p => p.Code == code, cancellationToken).ConfigureAwait(false);
        return record is null ? null : BimtekJson.DeserializeProgramme(record.Document, Source("programme", code));
    }

    /// <summary>Saves a schedule under a name the host chooses (e.g. <c>2020-june-as-run</c>), with its programme.</summary>
    /// <param name="name">The schedule's name.</param>
    /// <param name="schedule">The schedule.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when both are committed.</returns>
    public async Task SaveScheduleAsync(string name, Schedule schedule, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(schedule);
        await StageProgrammeAsync(schedule.Programme, cancellationToken).ConfigureAwait(false);
        var document = BimtekJson.SerializeSchedule(schedule);
        var record = await _context.Set<ScheduleRecord>().FindAsync([name], cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            _context.Add(new ScheduleRecord { Name = name, ProgrammeCode = schedule.Programme.Code, SessionCount = schedule.Sessions.Count, Document = document });
        }
        else
        {
            record.ProgrammeCode = schedule.Programme.Code;
            record.SessionCount = schedule.Sessions.Count;
            record.Document = document;
        }

        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Loads a schedule by name, with its programme.</summary>
    /// <param name="name">The schedule's name.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The schedule, or <see langword="null"/> when none has that name.</returns>
    /// <exception cref="BimtekJsonException">The stored document is no longer a valid schedule.</exception>
    public async Task<Schedule?> FindScheduleAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var record = await _context.Set<ScheduleRecord>().AsNoTracking()
            .SingleOrDefaultAsync(s => s.Name == name, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return null;
        }

        var programme = await FindProgrammeAsync(record.ProgrammeCode, cancellationToken).ConfigureAwait(false);
        return BimtekJson.DeserializeSchedule(
            record.Document, Source("schedule", name), code => string.Equals(code, programme?.Code, StringComparison.Ordinal) ? programme : null);
    }

    private async Task StageProgrammeAsync(Programme programme, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var document = BimtekJson.SerializeProgramme(programme);
        var record = await _context.Set<ProgrammeRecord>().FindAsync([programme.Code], cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            _context.Add(new ProgrammeRecord { Code = programme.Code, Title = programme.Title, Status = programme.Status, Document = document });
        }
        else
        {
            record.Title = programme.Title;
            record.Status = programme.Status;
            record.Document = document;
        }
    }

    private static string Source(string kind, string key) => $"stored {kind} '{key}'";

    // Joins the caller's transaction when one is open; otherwise opens, commits (or rolls back) its own.
    private async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (_context.Database.CurrentTransaction is not null)
        {
            return await work().ConfigureAwait(false);
        }

        await using var transaction = await _context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work().ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }
}

using System.Data.Common;
using Bimtek.Domain.Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bimtek.Domain.EntityFrameworkCore.Certificates;

/// <summary>
/// Certificate serials from the database: one counter row per (centre, year, programme), raised inside the caller's
/// open transaction. The row stays locked until that transaction ends, so concurrent issuers of one series queue; a
/// rollback returns the number. Gapless and unique when the certificate is saved in the same transaction
/// (<see cref="BimtekStore.IssueCertificateAsync"/> does both).
/// </summary>
/// <remarks>Runs one statement (an upsert with <c>RETURNING</c>, PostgreSQL 9.5+ and SQLite 3.35+). Not thread-safe,
/// like the context it uses.</remarks>
public sealed class DatabaseCertificateSequence : ICertificateSequence
{
    private const string Upsert =
        "INSERT INTO bimtek_certificate_counters (centre, year, programme_code, last) VALUES (@centre, @year, @programme, 1) "
        + "ON CONFLICT (centre, year, programme_code) DO UPDATE SET last = bimtek_certificate_counters.last + 1 RETURNING last";

    private readonly DbContext _context;

    /// <summary>Creates the sequence on a context with the Bimtek mapping.</summary>
    /// <param name="context">The context; its current transaction is used.</param>
    public DatabaseCertificateSequence(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
    }

    /// <inheritdoc />
    /// <remarks>Synchronous because the core's <see cref="ICertificateSequence"/> is: the core does no I/O and its
    /// <see cref="CertificateIssuer"/> is a pure, synchronous decision. An asynchronous host takes the number with
    /// <see cref="TakeNextAsync"/> instead (as <see cref="BimtekStore.IssueCertificateAsync"/> does).</remarks>
    /// <exception cref="InvalidOperationException">No transaction is open: a number taken outside the certificate's
    /// transaction could be lost (a gap) if the certificate is not saved.</exception>
    public int TakeNext(CertificateSeries series)
    {
        using var command = Command(series);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Takes the next serial of a series without blocking a thread on the database: the same statement and
    /// guarantees as <see cref="TakeNext"/>.</summary>
    /// <param name="series">The series (centre, year, programme).</param>
    /// <param name="cancellationToken">Cancels the statement (the transaction then rolls back: no number is used).</param>
    /// <returns>The serial, 1 or more, never returned before for this series.</returns>
    /// <exception cref="ArgumentException"><paramref name="series"/> is <c>default</c>.</exception>
    /// <exception cref="InvalidOperationException">No transaction is open.</exception>
    public async Task<int> TakeNextAsync(CertificateSeries series, CancellationToken cancellationToken = default)
    {
        await using var command = Command(series);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private DbCommand Command(CertificateSeries series)
    {
        if (series.IsDefault)
        {
            throw new ArgumentException("The series is the default CertificateSeries.", nameof(series));
        }

        var transaction = _context.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Take a certificate number inside the transaction that saves the certificate (BimtekStore.IssueCertificateAsync opens one).");
        var command = _context.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = Upsert;
        Add(command, "@centre", series.Centre.Value);
        Add(command, "@year", series.Year);
        Add(command, "@programme", series.ProgrammeCode);
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

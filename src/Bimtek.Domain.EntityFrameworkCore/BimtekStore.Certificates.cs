using System.Data.Common;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.EntityFrameworkCore.Certificates;
using Bimtek.Domain.EntityFrameworkCore.Conversion;
using Bimtek.Domain.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;

namespace Bimtek.Domain.EntityFrameworkCore;

/// <summary>Certificates (number and certificate committed together) and the JP ledger as a database query.</summary>
public sealed partial class BimtekStore
{
    // Officials judged per query when a staff list is given: well under every provider's parameter limit.
    private const int OfficialsPerQuery = 500;

    /// <summary>
    /// Issues a certificate with <see cref="CertificateIssuer"/> and a number from <see cref="DatabaseCertificateSequence"/>,
    /// in one transaction: the number and the certificate are committed together or not at all, so a failure loses no
    /// certificate reported issued and never uses a number twice.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="centre">The issuing centre.</param>
    /// <param name="completion">The participant's completion, decided by the package.</param>
    /// <param name="issuedOn">The date of issue.</param>
    /// <param name="cancellationToken">Cancels the issue (nothing is committed).</param>
    /// <returns>The issue: the certificate, or why it was withheld (with the rules of <see cref="CertificateIssuer"/>,
    /// including <see cref="CertificateRuleCodes.AlreadyIssued"/> from the stored certificates).</returns>
    public Task<CertificateIssue> IssueCertificateAsync(
        Programme programme, CentreCode centre, ParticipantCompletion completion, LocalDate issuedOn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(completion);
        return InTransactionAsync(
            async () =>
            {
                var nip = completion.Nip;
                var previous = await _context.Set<Certificate>().AsNoTracking()
                    .Where(c => c.Holder == nip && c.ProgrammeCode == programme.Code)
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                // The issuer is a pure, synchronous decision and asks for a number only when it issues. It decides once
                // with a sequence that only notes the series asked for; only then is the number taken, asynchronously,
                // and the same decision made again with it. A withheld certificate takes no number at all.
                var key = _options.CertificateVerificationKey?.ToArray();
                var probe = new SeriesProbe();
                var issue = new CertificateIssuer(new CertificateNumberGenerator(probe, key)).Issue(programme, centre, completion, issuedOn, previous);
                if (probe.Asked is { } series)
                {
                    var serial = await new DatabaseCertificateSequence(_context).TakeNextAsync(series, cancellationToken).ConfigureAwait(false);
                    issue = new CertificateIssuer(new CertificateNumberGenerator(new TakenSerial(series, serial), key))
                        .Issue(programme, centre, completion, issuedOn, previous);
                }

                if (issue.Certificate is { } certificate)
                {
                    var entry = _context.Add(certificate);
                    try
                    {
                        await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        entry.State = EntityState.Detached;
                    }
                }

                return issue;
            },
            cancellationToken);
    }

    /// <summary>Finds a certificate by number.</summary>
    /// <param name="number">The certificate number.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The certificate, or <see langword="null"/>.</returns>
    public Task<Certificate?> FindCertificateAsync(string number, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        return _context.Set<Certificate>().AsNoTracking().SingleOrDefaultAsync(c => c.Number == number, cancellationToken);
    }

    /// <summary>The JP an official earned in a year (by certificates issued that year and development on record
    /// elsewhere for that year, see <see cref="AddDevelopmentRecordsAsync"/>), summed in the database.</summary>
    /// <param name="nip">The official.</param>
    /// <param name="year">The year.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The JP (zero when none).</returns>
    public async Task<LessonHours> EarnedByAsync(Nip nip, int year, CancellationToken cancellationToken = default)
    {
        var rows = await LedgerQueryAsync(year, null, [nip], cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? LessonHours.Zero : LessonHours.FromJp(rows[0].Jp);
    }

    /// <summary>
    /// The officials short of the yearly minimum, and by how much, ordered by NIP: <see cref="DevelopmentLedger.Shortfalls"/>
    /// computed by the database (JP of certificates and of development records summed per official in SQL; no row is
    /// loaded). It counts what a <see cref="DevelopmentLedger"/> built from the stored certificates and records counts.
    /// </summary>
    /// <param name="year">The year.</param>
    /// <param name="officials">The officials to judge (e.g. an agency's staff list), so that those with no certificate
    /// appear; <see langword="null"/> judges those with a certificate or record that year.</param>
    /// <param name="minimum">The minimum; <see langword="null"/> for <see cref="DevelopmentLedger.MinimumJpPerYear"/>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The shortfalls.</returns>
    public async Task<IReadOnlyList<DevelopmentShortfall>> ShortfallsAsync(
        int year, IEnumerable<Nip>? officials = null, LessonHours? minimum = null, CancellationToken cancellationToken = default)
    {
        var floor = (minimum ?? DevelopmentLedger.MinimumJpPerYear).Value;
        var result = new List<DevelopmentShortfall>();
        if (officials is null)
        {
            foreach (var (nip, jp) in await LedgerQueryAsync(year, floor, null, cancellationToken).ConfigureAwait(false))
            {
                result.Add(Shortfall(nip, jp));
            }

            return result.AsReadOnly();
        }

        var judged = officials.Distinct().Order().ToList();
        foreach (var chunk in judged.Chunk(OfficialsPerQuery))
        {
            var earned = (await LedgerQueryAsync(year, null, chunk, cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Nip, r => r.Jp);
            foreach (var nip in chunk)
            {
                var jp = earned.GetValueOrDefault(nip);
                if (jp < floor)
                {
                    result.Add(Shortfall(nip, jp));
                }
            }
        }

        return result.AsReadOnly();

        DevelopmentShortfall Shortfall(Nip nip, int jp) => new(nip, year, LessonHours.FromJp(jp), LessonHours.FromJp(floor - jp));
    }

    // SELECT holder, SUM(jp) over one year's certificates and development records, optionally below a floor or for some
    // officials only.
    private async Task<List<(Nip Nip, int Jp)>> LedgerQueryAsync(int year, int? below, IReadOnlyCollection<Nip>? only, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2099);
        var postgres = _context.Database.IsNpgsql();
        var connection = _context.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await _context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = _context.Database.CurrentTransaction?.GetDbTransaction();
            var first = new LocalDate(year, 1, 1);
            var last = new LocalDate(year, 12, 31);
            Add(command, "@from", postgres ? first : SqliteNodaTimeConverters.Text(first));
            Add(command, "@to", postgres ? last : SqliteNodaTimeConverters.Text(last));
            var filter = string.Empty;
            if (only is not null)
            {
                var names = only.Select((nip, i) => Add(command, $"@n{i}", nip.ToUnmaskedString())).ToList();
                filter = $" AND holder IN ({string.Join(", ", names)})";
            }

            var having = below is null ? string.Empty : " HAVING SUM(jp) < @below";
            if (below is { } floor)
            {
                Add(command, "@below", floor);
            }

            Add(command, "@year", year);

            // As DevelopmentLedger: a certificate counts in the year of its issue, a record from elsewhere in its own
            // year, and every row is added (UNION ALL: two equal rows are two courses).
            command.CommandText = "SELECT holder, SUM(jp) FROM ("
                + "SELECT holder, jp FROM bimtek_certificates WHERE issued_on >= @from AND issued_on <= @to" + filter
                + " UNION ALL SELECT holder, jp FROM bimtek_development_records WHERE year = @year" + filter
                + ") AS earned GROUP BY holder" + having + " ORDER BY holder";
            var rows = new List<(Nip, int)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((Nip.Parse(reader.GetString(0)), Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
            }

            return rows;
        }
        finally
        {
            if (opened)
            {
                await _context.Database.CloseConnectionAsync().ConfigureAwait(false);
            }
        }
    }

    private static string Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return name;
    }

    // Notes the series the issuer asks a number of, without taking one.
    private sealed class SeriesProbe : ICertificateSequence
    {
        public CertificateSeries? Asked { get; private set; }

        public int TakeNext(CertificateSeries series)
        {
            Asked = series;
            return 1;
        }
    }

    // The serial already taken from the database for one series, handed out once.
    private sealed class TakenSerial(CertificateSeries series, int serial) : ICertificateSequence
    {
        private bool _used;

        public int TakeNext(CertificateSeries asked)
        {
            if (_used || asked != series)
            {
                throw new InvalidOperationException($"The issuer asked again for a number of {asked}, after one of {series} was taken.");
            }

            _used = true;
            return serial;
        }
    }
}

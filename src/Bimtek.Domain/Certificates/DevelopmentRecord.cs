using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Certificates;

/// <summary>
/// Competency development an official already has on record elsewhere (e.g. SIASN's riwayat kursus), counted in the
/// <see cref="DevelopmentLedger"/> beside this package's certificates.
/// </summary>
/// <remarks>Immutable. <see cref="ToString"/> shows the masked NIP only.</remarks>
public sealed class DevelopmentRecord
{
    private const int MinYear = 1900;
    private const int MaxYear = 9999;

    /// <summary>Creates a record.</summary>
    /// <param name="holder">The official.</param>
    /// <param name="year">The year it counts in, 1900–9999 (as SIASN's <c>tahunKursus</c>).</param>
    /// <param name="jp">The lesson hours.</param>
    /// <param name="source">Where the record comes from (e.g. <c>SIASN</c>), for reports; no personal data.</param>
    /// <exception cref="ArgumentException">The NIP is <c>default</c> or the source is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 1900 or after 9999.</exception>
    public DevelopmentRecord(Nip holder, int year, LessonHours jp, string source)
    {
        if (holder.IsDefault)
        {
            throw new ArgumentException("The holder's NIP is the default Nip.", nameof(holder));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(source);

        // A year no course can have would also make the ledger, which counts by year, size itself to the gap.
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"A development record's year must be {MinYear}–{MaxYear}.");
        }

        Holder = holder;
        Year = year;
        Jp = jp;
        Source = source;
    }

    /// <summary>Gets the official.</summary>
    public Nip Holder { get; }

    /// <summary>Gets the year the record counts in.</summary>
    public int Year { get; }

    /// <summary>Gets the lesson hours.</summary>
    public LessonHours Jp { get; }

    /// <summary>Gets where the record comes from.</summary>
    public string Source { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Source} {Year}: {Holder}, {Jp}";
}

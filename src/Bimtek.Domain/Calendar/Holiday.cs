using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Calendar;

/// <summary>
/// One national non-working date of the holiday list: a national holiday, a collective-leave day or a polling day,
/// with its name and the decree behind it.
/// </summary>
/// <remarks>
/// <para>The embedded list holds, for each year from 2020 to 2026, the <em>final</em> list in force (after every
/// amending decree); <see cref="Decree"/> names the decree that set the date as it stands in that list (the year's
/// original SKB 3 Menteri, the amendment that added or moved it, or the Keppres of a polling day).</para>
/// <para>Immutable; compared by reference.</para>
/// </remarks>
public sealed class Holiday
{
    /// <summary>Creates a holiday entry.</summary>
    /// <param name="date">The date.</param>
    /// <param name="kind"><see cref="NonWorkingDayKind.NationalHoliday"/>, <see cref="NonWorkingDayKind.CollectiveLeave"/> or <see cref="NonWorkingDayKind.ElectionDay"/>.</param>
    /// <param name="name">The name in Indonesian, as the decree words it.</param>
    /// <param name="decree">The decree that set the date.</param>
    /// <param name="englishName">The name in English, if any.</param>
    /// <param name="provenance">Whether the entry is sourced, assumed or supplied by the host.</param>
    /// <exception cref="ArgumentException">The kind is not a holiday kind, or a name or the decree is blank.</exception>
    public Holiday(LocalDate date, NonWorkingDayKind kind, string name, string decree, string? englishName = null, Provenance provenance = Provenance.HostSupplied)
    {
        if (kind is not (NonWorkingDayKind.NationalHoliday or NonWorkingDayKind.CollectiveLeave or NonWorkingDayKind.ElectionDay))
        {
            throw new ArgumentException($"A holiday is a national holiday, collective leave or an election day, not {kind}.", nameof(kind));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(decree);
        Date = date;
        Kind = kind;
        Name = name;
        Decree = decree;
        EnglishName = string.IsNullOrWhiteSpace(englishName) ? null : englishName;
        Provenance = provenance;
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets whether it is a national holiday, collective leave or a polling day.</summary>
    public NonWorkingDayKind Kind { get; }

    /// <summary>Gets the name in Indonesian, e.g. <c>Hari Raya Idul Fitri 1441 H (hari kedua)</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the name in English, e.g. <c>Eid al-Fitr (day 2)</c>, or <see langword="null"/>.</summary>
    public string? EnglishName { get; }

    /// <summary>Gets the decree that set this date, e.g. <c>SKB 3 Menteri 2020 (728/2019; 213/2019; 01/2019)</c>
    /// (numbers of the Minister of Religious Affairs; of Manpower; of PANRB).</summary>
    public string Decree { get; }

    /// <summary>Gets whether the entry is sourced (every embedded one is), assumed or supplied by the host.</summary>
    public Provenance Provenance { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Date:yyyy-MM-dd} {Name} ({Kind}; {Decree})";
}

using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Calendar;

/// <summary>
/// The civil-service working day on some weekdays over a period: the hours, in the local time of the zone the worker
/// is in, and the midday break (Ishoma; on Friday the longer break for Friday prayers), with the decree behind it.
/// </summary>
/// <remarks>
/// <para>The embedded rules (<c>seeds/calendars/working-hours.csv</c>): Keppres 68/1995 until 2023-04-12,
/// Monday–Thursday 07:30–16:00 with a 12:00–13:00 break and Friday 07:30–16:30 with 11:30–13:00 (sourced); from
/// 2023-04-12 Perpres 21/2023 with the same timetable (assumed: the Perpres sets the 07:30 start, 37.5 hours a week
/// and 60/90-minute breaks, and leaves the timetable to each agency); and the Ramadan hours of each year 2020–2026
/// (<see cref="WorkingHoursOccasion.Ramadan"/>), Monday–Thursday 08:00–15:00 with 12:00–12:30 and Friday 08:00–15:30 with
/// 11:30–12:30, each with its circular where one was found (see <c>seeds/calendars/SOURCES.md</c>).</para>
/// <para>Scope: a rule with no <see cref="Region"/> is national. Keppres 68/1995 binds central agencies (and DKI
/// Jakarta); regional governments set their own hours, so such a rule read for a region carries
/// <see cref="RegionalProvenance"/> (<see cref="ProvenanceFor"/>). A host gives a province's or kabupaten/kota's own
/// hours as a rule with <see cref="Region"/> set; the most specific rule in force wins (kabupaten/kota, then province,
/// then national), and within one scope a Ramadan rule wins over the regular one.</para>
/// <para>The period runs from <see cref="EffectiveFrom"/> (inclusive) to <see cref="EffectiveUntil"/> (exclusive);
/// <see langword="null"/> ends are open. Immutable; compared by reference.</para>
/// </remarks>
public sealed class WorkingHoursRule
{
    private readonly IsoDayOfWeek[] _days;
    private readonly LocalTimeRange[] _workingRanges;

    /// <summary>Creates a rule.</summary>
    /// <param name="days">The weekdays it covers; at least one, none twice.</param>
    /// <param name="hours">The working day, from the start of work to its end, in local time.</param>
    /// <param name="breakTime">The break, strictly inside <paramref name="hours"/>, or <see langword="null"/> for none.</param>
    /// <param name="decree">The decree or document the rule comes from.</param>
    /// <param name="provenance">Whether the rule is sourced, assumed or supplied by the host.</param>
    /// <param name="effectiveFrom">The first date the rule applies, or <see langword="null"/> for always.</param>
    /// <param name="effectiveUntil">The first date it no longer applies (exclusive), or <see langword="null"/> for open.</param>
    /// <exception cref="ArgumentException">The days are empty, repeated or invalid; the break is not inside the hours;
    /// the decree is blank; or the period is empty.</exception>
    public WorkingHoursRule(
        IEnumerable<IsoDayOfWeek> days,
        LocalTimeRange hours,
        LocalTimeRange? breakTime,
        string decree,
        Provenance provenance = Provenance.HostSupplied,
        LocalDate? effectiveFrom = null,
        LocalDate? effectiveUntil = null)
        : this(days, hours, breakTime, decree, provenance, effectiveFrom, effectiveUntil, null, WorkingHoursOccasion.Regular, null)
    {
    }

    // The seeds' and ScopedTo/DuringRamadan's constructor: every field, checked as the public one checks its own.
    internal WorkingHoursRule(
        IEnumerable<IsoDayOfWeek> days,
        LocalTimeRange hours,
        LocalTimeRange? breakTime,
        string decree,
        Provenance provenance,
        LocalDate? effectiveFrom,
        LocalDate? effectiveUntil,
        RegionCode? region,
        WorkingHoursOccasion occasion,
        Provenance? regionalProvenance)
    {
        if (region is { IsDefault: true })
        {
            throw new ArgumentException($"Working-hours rule '{decree}': the region is the default code; give a province or kabupaten/kota, or null for national.", nameof(region));
        }

        if (!Enum.IsDefined(occasion))
        {
            throw new ArgumentOutOfRangeException(nameof(occasion), occasion, "Not a WorkingHoursOccasion value.");
        }

        Region = region;
        Occasion = occasion;
        RegionalProvenance = regionalProvenance ?? provenance;
        ArgumentNullException.ThrowIfNull(days);
        ArgumentException.ThrowIfNullOrWhiteSpace(decree);
        _days = [.. days.Order()];
        if (_days.Length == 0 || _days.Any(d => d is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday) || _days.Distinct().Count() != _days.Length)
        {
            throw new ArgumentException($"Working-hours rule '{decree}': give each weekday at most once, Monday to Sunday, and at least one.", nameof(days));
        }

        if (hours == default)
        {
            throw new ArgumentException($"Working-hours rule '{decree}': the working hours are the empty default range.", nameof(hours));
        }

        if (breakTime is { } pause && (pause.Start <= hours.Start || pause.End >= hours.End))
        {
            throw new ArgumentException($"Working-hours rule '{decree}': the break {pause} must lie strictly inside the hours {hours}.", nameof(breakTime));
        }

        Common.Period.ThrowIfEmpty(effectiveFrom, effectiveUntil, $"Working-hours rule '{decree}'", nameof(effectiveUntil));

        Hours = hours;
        Break = breakTime;
        Decree = decree;
        Provenance = provenance;
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
        _workingRanges = breakTime is { } b
            ? [new LocalTimeRange(hours.Start, b.Start), new LocalTimeRange(b.End, hours.End)]
            : [hours];
        Days = Array.AsReadOnly(_days);
        WorkingRanges = Array.AsReadOnly(_workingRanges);
    }

    /// <summary>Gets the weekdays the rule covers, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> Days { get; }

    /// <summary>Gets the working day from the start of work to its end, break included, in local time.</summary>
    public LocalTimeRange Hours { get; }

    /// <summary>Gets the midday break (Ishoma; on Friday it covers Friday prayers), or <see langword="null"/>.</summary>
    public LocalTimeRange? Break { get; }

    /// <summary>Gets the decree or document the rule comes from, e.g. <c>Keppres 68/1995</c>.</summary>
    public string Decree { get; }

    /// <summary>Gets whether the rule is sourced, assumed or supplied by the host.</summary>
    public Provenance Provenance { get; }

    /// <summary>Returns the same rule as a province's or kabupaten/kota's own hours: where it is in force it wins over the
    /// national rules (Ramadan's included) for that region's agencies.</summary>
    /// <param name="region">The province or kabupaten/kota, not the default code.</param>
    /// <returns>The scoped rule; its provenance is this rule's.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is the default code.</exception>
    public WorkingHoursRule ScopedTo(RegionCode region) =>
        new(_days, Hours, Break, Decree, Provenance, EffectiveFrom, EffectiveUntil, region, Occasion, null);

    /// <summary>Returns the same rule as Ramadan hours: in force, it wins over the regular rule of the same scope.</summary>
    /// <returns>The Ramadan rule.</returns>
    public WorkingHoursRule DuringRamadan() =>
        new(_days, Hours, Break, Decree, Provenance, EffectiveFrom, EffectiveUntil, Region, WorkingHoursOccasion.Ramadan, RegionalProvenance);

    /// <summary>Gets the province or kabupaten/kota whose own hours these are, or <see langword="null"/> for a national rule.</summary>
    public RegionCode? Region { get; }

    /// <summary>Gets whether the rule is for the regular week or for Ramadan.</summary>
    public WorkingHoursOccasion Occasion { get; }

    /// <summary>Gets the provenance of a national rule read for a regional agency outside DKI Jakarta: Keppres 68/1995
    /// binds central agencies, so its timetable is <see cref="Provenance.Assumed"/> for regional governments, which set
    /// their own hours. Equal to <see cref="Provenance"/> for a rule scoped to a region.</summary>
    public Provenance RegionalProvenance { get; }

    /// <summary>Gets the provenance of the rule as read for an agency of <paramref name="region"/>.</summary>
    /// <param name="region">The region of the agency, or <see langword="null"/> for a central agency.</param>
    /// <returns><see cref="Provenance"/> for a central agency, an agency in DKI Jakarta (province 31) or a rule scoped to a
    /// region; otherwise <see cref="RegionalProvenance"/>.</returns>
    public Provenance ProvenanceFor(RegionCode? region) =>
        Region is not null || region is not { } r || r.ProvincePart == JakartaProvincePart ? Provenance : RegionalProvenance;

    /// <summary>Gets whether the rule is national or scoped to <paramref name="region"/> or its province.</summary>
    /// <param name="region">A province or kabupaten/kota, or <see langword="null"/> for a central agency.</param>
    /// <returns>Whether the rule can apply there.</returns>
    public bool CoversRegion(RegionCode? region) =>
        Region is not { } own || (region is { } r && (own == r || own == r.Province));

    // DKI Jakarta: Keppres 68/1995 binds its government as well as the central agencies.
    private const int JakartaProvincePart = 31;

    /// <summary>Gets the first date the rule applies, or <see langword="null"/> for always.</summary>
    public LocalDate? EffectiveFrom { get; }

    /// <summary>Gets the first date the rule no longer applies (exclusive), or <see langword="null"/> for open.</summary>
    public LocalDate? EffectiveUntil { get; }

    /// <summary>Gets the working time of a day: <see cref="Hours"/> without <see cref="Break"/>, in order.</summary>
    public IReadOnlyList<LocalTimeRange> WorkingRanges { get; }

    /// <summary>Gets the working time of one day, breaks excluded (7.5 hours every weekday under Keppres 68/1995).</summary>
    public Duration WorkingTime => _workingRanges.Aggregate(Duration.Zero, (sum, r) => sum + r.Duration);

    /// <summary>Counts the whole lesson hours (JP) that fit in one day under the rule, each working range on its own so
    /// that no lesson straddles the break: 10 JP Monday–Thursday and 9 JP on Friday at 45 minutes under Keppres 68/1995.</summary>
    /// <param name="lessonHourLength">The length of one JP; positive.</param>
    /// <returns>The lesson hours.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lessonHourLength"/> is not positive.</exception>
    public LessonHours CountLessonHours(Duration lessonHourLength) =>
        LessonHours.Sum(_workingRanges.Select(r => LessonHours.FitIn(r.Duration, lessonHourLength)));

    /// <summary>Gets whether the rule is in force on <paramref name="date"/>, whatever its weekday.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <see cref="EffectiveFrom"/> ≤ date &lt; <see cref="EffectiveUntil"/>.</returns>
    public bool IsInForceOn(LocalDate date) => Common.Period.Contains(EffectiveFrom, EffectiveUntil, date);

    /// <summary>Gets whether the rule is in force on at least one day of <paramref name="period"/>, e.g. of a year.</summary>
    /// <param name="period">The dates, both ends inclusive.</param>
    /// <returns>Whether <see cref="EffectiveFrom"/> ≤ the period's end and the period's start &lt; <see cref="EffectiveUntil"/>.</returns>
    public bool IsInForceDuring(DateInterval period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return (EffectiveFrom is not { } from || from <= period.End) && (EffectiveUntil is not { } until || period.Start < until);
    }

    /// <summary>Gets whether the rule sets the hours of <paramref name="date"/>: in force, and covering its weekday.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the rule applies.</returns>
    public bool AppliesTo(LocalDate date) => IsInForceOn(date) && Array.IndexOf(_days, date.DayOfWeek) >= 0;

    /// <inheritdoc />
    public override string ToString() =>
        $"{string.Join("/", _days.Select(d => d.ToString()[..3]))} {string.Join(", ", _workingRanges)} ({Decree}, {Provenance}{(Occasion == WorkingHoursOccasion.Ramadan ? ", Ramadan" : "")}{(Region is { } r ? $", {r}" : "")})";

    // The rank of the rule among those in force for a region: the most specific scope first, Ramadan over regular.
    internal int Specificity => ((Region is not { } own ? 0 : own.Level == RegionLevel.Province ? 1 : 2) * 2) + (Occasion == WorkingHoursOccasion.Ramadan ? 1 : 0);
}

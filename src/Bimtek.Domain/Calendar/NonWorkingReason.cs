using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Calendar;

/// <summary>One reason a date is not a working day: a holiday with its decree, a host closure, or the weekend.</summary>
/// <remarks>Immutable; compared by reference.</remarks>
public sealed class NonWorkingReason
{
    private NonWorkingReason(NonWorkingDayKind kind, string name, string? englishName, string? decree, Provenance provenance, Holiday? holiday, CalendarClosure? closure)
    {
        Kind = kind;
        Name = name;
        EnglishName = englishName;
        Decree = decree;
        Provenance = provenance;
        Holiday = holiday;
        Closure = closure;
    }

    /// <summary>Gets the kind of reason.</summary>
    public NonWorkingDayKind Kind { get; }

    /// <summary>Gets the name in Indonesian: the holiday's name, the closure's reason, or the weekday (<c>Sabtu</c>, <c>Minggu</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the name in English, or <see langword="null"/> (a host closure has only its reason).</summary>
    public string? EnglishName { get; }

    /// <summary>
    /// Gets the decree behind the reason: the holiday's decree, or for the weekend the decree of the working-hours rules
    /// in force (which set a five-day week); <see langword="null"/> for a host closure.
    /// </summary>
    public string? Decree { get; }

    /// <summary>Gets whether the reason is sourced, assumed or supplied by the host.</summary>
    public Provenance Provenance { get; }

    /// <summary>Gets the holiday entry, when <see cref="Kind"/> is a national kind; otherwise <see langword="null"/>.</summary>
    public Holiday? Holiday { get; }

    /// <summary>Gets the host closure, when <see cref="Kind"/> is <see cref="NonWorkingDayKind.HostClosure"/>; otherwise <see langword="null"/>.</summary>
    public CalendarClosure? Closure { get; }

    internal static NonWorkingReason For(Holiday holiday) =>
        new(holiday.Kind, holiday.Name, holiday.EnglishName, holiday.Decree, holiday.Provenance, holiday, null);

    internal static NonWorkingReason For(CalendarClosure closure) =>
        new(NonWorkingDayKind.HostClosure, closure.Reason, null, null, Provenance.HostSupplied, null, closure);

    internal static NonWorkingReason Weekend(IsoDayOfWeek day, string decree, Provenance provenance) =>
        new(NonWorkingDayKind.Weekend, IndonesianName(day), day.ToString(), decree, provenance, null, null);

    private static string IndonesianName(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "Senin",
        IsoDayOfWeek.Tuesday => "Selasa",
        IsoDayOfWeek.Wednesday => "Rabu",
        IsoDayOfWeek.Thursday => "Kamis",
        IsoDayOfWeek.Friday => "Jumat",
        IsoDayOfWeek.Saturday => "Sabtu",
        _ => "Minggu",
    };

    /// <summary>Describes reasons for a message, in both languages: kind, name and decree of each, joined by semicolons.</summary>
    internal static RuleText Describe(IEnumerable<NonWorkingReason> reasons)
    {
        var list = reasons.ToList();
        return new RuleText(
            string.Join("; ", list.Select(r => r.Describe(RuleLanguage.Indonesian))),
            string.Join("; ", list.Select(r => r.Describe(RuleLanguage.English))));
    }

    private string Describe(System.Globalization.CultureInfo culture)
    {
        var name = RuleLanguage.IsIndonesian(culture) ? Name : EnglishName ?? Name;
        var kind = RuleTerms.Name(Kind, culture);
        return Decree is null ? $"{kind}: {name}" : $"{kind}: {name} ({Decree})";
    }

    /// <inheritdoc />
    public override string ToString() => Decree is null ? $"{Kind}: {Name}" : $"{Kind}: {Name} ({Decree})";
}

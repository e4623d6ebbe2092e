using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Assessments;

/// <summary>Choices for an evaluation report.</summary>
public sealed class ReportOptions
{
    /// <summary>The default options: sessions' regions as the target, top 3 needs, the ASN and the programme's technical frameworks.</summary>
    public static readonly ReportOptions Default = new();

    /// <summary>Creates options.</summary>
    /// <param name="targetRegions">The regions the programme aims at (e.g. every kabupaten/kota of a phase's target
    /// level); <see langword="null"/> takes the regions the schedule's sessions serve. Provinces' targets are its
    /// members in each province; classes and centres always aim at their sessions' regions.</param>
    /// <param name="topNeeds">How many needs a row lists, 0–50.</param>
    /// <param name="frameworks">The frameworks gaps are read in; <see langword="null"/> takes ASN managerial,
    /// ASN socio-cultural and the programme's technical competencies.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topNeeds"/> is outside 0–50.</exception>
    public ReportOptions(IReadOnlyCollection<RegionCode>? targetRegions = null, int topNeeds = 3, IReadOnlyList<CompetencyFramework>? frameworks = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(topNeeds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(topNeeds, 50);
        TargetRegions = targetRegions;
        TopNeeds = topNeeds;
        Frameworks = frameworks;
    }

    /// <summary>Gets the programme's target regions, or <see langword="null"/> for the sessions' regions.</summary>
    public IReadOnlyCollection<RegionCode>? TargetRegions { get; }

    /// <summary>Gets how many needs a row lists.</summary>
    public int TopNeeds { get; }

    /// <summary>Gets the frameworks gaps are read in, or <see langword="null"/> for the defaults.</summary>
    public IReadOnlyList<CompetencyFramework>? Frameworks { get; }
}

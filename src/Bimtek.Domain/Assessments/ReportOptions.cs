using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;

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

    /// <summary>
    /// Options whose target is every region the scheduled phases aim at: for each phase with a session, every autonomous
    /// kabupaten/kota (or every province, for a provincial phase) on the phase's first day — the set the schedule's
    /// coverage rule checks against. So a round that reached 239 of 514 kabupaten/kota reports 46.5 %.
    /// </summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="regions">The region directory.</param>
    /// <param name="topNeeds">How many needs a row lists, 0–50.</param>
    /// <returns>The options.</returns>
    public static ReportOptions ForScheduledPhases(Schedule schedule, IRegionDirectory regions, int topNeeds = 3)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(regions);
        var target = new HashSet<RegionCode>();
        foreach (var phaseId in schedule.Sessions.Select(s => s.PhaseId).Distinct(StringComparer.Ordinal))
        {
            var phase = schedule.Programme.FindPhase(phaseId);
            if (phase is null)
            {
                continue;
            }

            target.UnionWith(phase.TargetLevel == RegionLevel.Regency
                ? regions.GetRegencies(phase.Start).Where(r => r.IsAutonomous).Select(r => r.Code)
                : regions.GetProvinces(phase.Start).Select(p => p.Code));
        }

        return new ReportOptions(target, topNeeds);
    }

    /// <summary>Gets the programme's target regions, or <see langword="null"/> for the sessions' regions.</summary>
    public IReadOnlyCollection<RegionCode>? TargetRegions { get; }

    /// <summary>Gets how many needs a row lists.</summary>
    public int TopNeeds { get; }

    /// <summary>Gets the frameworks gaps are read in, or <see langword="null"/> for the defaults.</summary>
    public IReadOnlyList<CompetencyFramework>? Frameworks { get; }
}

using Bimtek.Domain.Centres;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;

namespace Bimtek.Domain.Scheduling;

/// <summary>Rules about who is invited where: target regions valid (integrity), each once per phase (8), at the centre
/// serving their province unless reassigned (11), and every target region covered (12).</summary>
internal static class CoverageChecks
{
    private const int ListedMissing = 20;

    public static void Run(ScheduleFacts facts)
    {
        var reassigned = facts.Schedule.Reassignments.Select(r => (r.Region, r.Centre)).ToHashSet();
        var assigned = new Dictionary<(string Phase, RegionCode Region), TrainingSession>();
        var sessions = facts.Schedule.Sessions;
        for (var s = 0; s < sessions.Count; s++)
        {
            var session = sessions[s];
            var phase = facts.PhaseOf(session);
            if (phase is null || session.Days.Count == 0)
            {
                continue;
            }

            var date = session.Days.Min(d => d.Date);
            for (var r = 0; r < session.Regions.Count; r++)
            {
                var code = session.Regions[r];
                var at = $"Sessions[{s}].Regions[{r}]";
                var atStart = Resolve(facts.Regions, code, phase.TargetLevel, phase.Start);
                if (atStart is null || Resolve(facts.Regions, code, phase.TargetLevel, date) is null)
                {
                    facts.Report(UnknownRegion, at, code.ToString(), ("Session", session.Id), ("Region", code.ToString()), ("Date", date), ("Phase", phase.Id));
                    continue;
                }

                var target = atStart.Value;

                if (!assigned.TryAdd((phase.Id, target), session))
                {
                    facts.Report(RegionAssignedTwice, at, code.ToString(), ("Region", code.ToString()), ("Phase", phase.Id), ("Session", session.Id), ("OtherSession", assigned[(phase.Id, target)].Id));
                }

                // A central phase is delivered by the organiser for everyone; the service areas apply to centre delivery.
                if (phase.Delivery == PhaseDelivery.ThroughServingCentres
                    && facts.Centres.FindServiceArea(code, date) is { } area
                    && area.Centre != session.Centre
                    && !IsReassigned(facts.Regions, reassigned, code, phase.TargetLevel, date, session.Centre))
                {
                    facts.Report(WrongCentre, at, code.ToString(), ("Region", code.ToString()), ("Session", session.Id), ("Centre", session.Centre.Value), ("ServingCentre", area.Centre.Value), ("Date", date));
                }
            }
        }

        // A schedule may plan one phase of a programme; the phases it plans must be covered. A schedule with no session
        // at all plans nothing, so every phase is reported.
        var planned = facts.Schedule.Sessions.Count == 0
            ? facts.Schedule.Programme.Phases
            : facts.Schedule.Sessions.Select(facts.PhaseOf).OfType<Phase>().Distinct();
        foreach (var phase in planned)
        {
            var missing = Targets(facts.Regions, phase).Where(code => !assigned.ContainsKey((phase.Id, code))).ToList();
            if (missing.Count > 0)
            {
                var listed = string.Join(", ", missing.Take(ListedMissing)) + (missing.Count > ListedMissing ? $" … (+{missing.Count - ListedMissing})" : string.Empty);
                var count = missing.Count;
                facts.Report(RegionNotCovered, "Sessions", count, ("Phase", phase.Id), ("Count", count), ("Regions", listed), ("Missing", missing.Select(m => m.ToString()).ToList()));
            }
        }
    }

    // The region a code names on a date, at the phase's level: old codes follow their recoding.
    private static RegionCode? Resolve(IRegionDirectory regions, RegionCode code, RegionLevel level, NodaTime.LocalDate date) =>
        code.IsDefault || code.Level != level ? null
        : level == RegionLevel.Regency ? regions.FindRegency(code, date)?.Code
        : regions.FindProvince(code, date)?.Code;

    // A reassignment names the region or its province, maybe by its new code while the session still uses the old one
    // (91.01 Merauke is 93.01 in Papua Selatan since UU 14/2022): matching the code as written alone reported WrongCentre
    // for a recorded reassignment, so the region and province in force on the date are tried as well.
    private static bool IsReassigned(IRegionDirectory regions, HashSet<(RegionCode Region, CentreCode Centre)> reassigned, RegionCode code, RegionLevel level, NodaTime.LocalDate date, CentreCode centre)
    {
        if (reassigned.Count == 0)
        {
            return false;
        }

        var region = Resolve(regions, code, level, date) ?? code;
        var province = regions.FindProvince(code, date)?.Code ?? code.Province;
        return reassigned.Contains((code, centre)) || reassigned.Contains((code.Province, centre))
            || reassigned.Contains((region, centre)) || reassigned.Contains((province, centre));
    }

    // Kabupaten/kota phases target the autonomous ones: Jakarta's administrative units have no agency of their own.
    private static IEnumerable<RegionCode> Targets(IRegionDirectory regions, Phase phase) =>
        phase.TargetLevel == RegionLevel.Regency
            ? regions.GetRegencies(phase.Start).Where(r => r.IsAutonomous).Select(r => r.Code)
            : regions.GetProvinces(phase.Start).Select(p => p.Code);
}

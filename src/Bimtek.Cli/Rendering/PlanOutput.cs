using System.Globalization;
using Bimtek.Cli.Text;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace Bimtek.Cli.Rendering;

/// <summary>A plan for people (its classes by date, the cost in words, the shortfalls, the verdict) or for pipelines (JSON).</summary>
internal static class PlanOutput
{
    public static void Write(TextWriter output, PlanningRequest request, PlanResult plan, PlanSummary summary, List<ViolationOutput.Violation> violations, bool json, IRegionDirectory regions, CliText text)
    {
        var perRegion = request.Phase.ParticipantsPerRegion;

        // By date, then centre: the order a planner reads a timetable in.
        var sessions = plan.Schedule.Sessions
            .Select(s => new SessionItem(
                s.Id,
                s.Centre.Value,
                s.Days.Min(d => d.Date),
                s.Days.Max(d => d.Date),
                s.Days.Count,
                s.Mode,
                [.. s.Regions.Select(r => r.ToString())],
                s.Regions.Count * perRegion,
                Zones(s, regions)))
            .OrderBy(s => s.Start).ThenBy(s => s.Centre, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var shortfalls = plan.Shortfalls.Select(v => new { code = v.Code, severity = v.Severity.ToString().ToLowerInvariant(), message = RuleMessages.Of(v, text), details = MaskedDetails.Of(v.Details, text) }).ToList();
        if (json)
        {
            JsonOutput.Write(output, new
            {
                programme = request.Programme.Code,
                phase = request.Phase.Id,
                complete = plan.IsComplete,
                sessions,
                cost = CostItem.From(summary, plan.Cost),
                shortfalls,
                unplannedRegions = plan.UnplannedRegions.Select(r => r.ToString()).ToList(),
                violations,
            });
            return;
        }

        var table = TableOutput.Table(text.PlanTitle(request.Programme.Code, request.Phase.Id, request.ClassCapacity, text.Name(request.Mode)), text.PlanHeaders);
        foreach (var s in sessions)
        {
            var dates = s.Start == s.End ? Iso(s.Start) : $"{Iso(s.Start)} – {s.End:MM-dd} ({text.Days(s.Days)})";
            table.AddRow(
                dates,
                Markup.Escape(s.Id),
                Markup.Escape(s.Centre),
                s.Regions.Count.ToString(CultureInfo.InvariantCulture),
                s.Participants.ToString(CultureInfo.InvariantCulture),
                string.Join(", ", s.Zones));
        }

        TableOutput.Write(output, table);
        output.WriteLine(text.PlanCost(summary));
        foreach (var (shortfall, violation) in shortfalls.Zip(plan.Shortfalls))
        {
            output.WriteLine($"{text.Severity(violation.Severity)} {shortfall.code}");
            output.WriteLine($"  {shortfall.message}");
        }

        if (plan.UnplannedRegions.Count > 0)
        {
            output.WriteLine(text.NotPlanned(plan.UnplannedRegions.Count, $"{string.Join(", ", plan.UnplannedRegions.Take(20))}{(plan.UnplannedRegions.Count > 20 ? " …" : string.Empty)}"));
        }

        output.Write(text.ValidatorOnPlan);
        if (violations.Count > 0)
        {
            output.WriteLine();
            foreach (var v in violations)
            {
                output.WriteLine($"  {ViolationOutput.Severity(v, text)} {v.Code}: {v.Message}");
            }
        }

        ViolationOutput.WriteVerdict(output, violations, text);
    }

    /// <summary>The zones a session's people are on: for an online session each region's, in a fixed order (WIB, WITA, WIT).</summary>
    public static IReadOnlyList<string> Zones(TrainingSession session, IRegionDirectory regions)
    {
        var date = session.Days.Min(d => d.Date);
        return [.. session.Regions.Where(_ => session.IsOnline)
            .Select(r => r.Level == RegionLevel.Regency ? regions.FindRegency(r, date)?.ZoneLabel : regions.FindProvince(r, date)?.ZoneLabel)
            .OfType<IndonesianTimeZone>()
            .Distinct()
            .Order()
            .Select(z => z.ToString())];
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>One class of <c>plan --json</c> (<c>schemas/plan.schema.json</c>).</summary>
    private sealed record SessionItem(string Id, string Centre, LocalDate Start, LocalDate End, int Days, SessionMode Mode, IReadOnlyList<string> Regions, int Participants, IReadOnlyList<string> Zones);

    /// <summary>The cost of <c>plan --json</c>: the planner's breakdown and the planner's words' figures.</summary>
    private sealed record CostItem(
        int Classes,
        int ClassLowerBound,
        int ClassDays,
        LocalDate? FirstDay,
        LocalDate? LastDay,
        int DaysWithClasses,
        int Participants,
        int ProvinceSplits,
        int MixedZoneClasses,
        int MakespanDays,
        int PeakClassesPerDay,
        int LargestClass,
        long Objective)
    {
        public static CostItem From(PlanSummary summary, PlanCost cost) => new(
            cost.Classes,
            cost.ClassLowerBound,
            cost.ClassDays,
            summary.FirstDay,
            summary.LastDay,
            summary.DaysWithClasses,
            summary.Participants,
            cost.ProvinceSplits,
            cost.MixedZoneClasses,
            cost.MakespanDays,
            cost.PeakClassesPerDay,
            cost.LargestClass,
            cost.Objective);
    }
}

using Bimtek.Cli.Text;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Spectre.Console;

namespace Bimtek.Cli.Rendering;

/// <summary>A plan for people (a table of classes per centre, the costs, the shortfalls, the verdict) or for pipelines.</summary>
internal static class PlanOutput
{
    public static void Write(TextWriter output, PlanningRequest request, PlanResult plan, List<ViolationOutput.Violation> violations, bool json, IRegionDirectory regions, CliText text)
    {
        var perRegion = request.Phase.ParticipantsPerRegion;
        var sessions = plan.Schedule.Sessions.Select(s => new
        {
            id = s.Id,
            centre = s.Centre.Value,
            start = s.Days.Min(d => d.Date),
            end = s.Days.Max(d => d.Date),
            days = s.Days.Count,
            mode = s.Mode.ToString(),
            regions = s.Regions.Select(r => r.ToString()).ToList(),
            participants = s.Regions.Count * perRegion,
            zones = Zones(s, regions),
        }).ToList();
        var shortfalls = plan.Shortfalls.Select(v => new { code = v.Code, severity = v.Severity.ToString().ToLowerInvariant(), message = RuleMessages.Of(v, text), details = v.Details }).ToList();
        if (json)
        {
            JsonOutput.Write(output, new
            {
                programme = request.Programme.Code,
                phase = request.Phase.Id,
                complete = plan.IsComplete,
                sessions,
                cost = plan.Cost,
                shortfalls,
                unplannedRegions = plan.UnplannedRegions.Select(r => r.ToString()).ToList(),
                violations,
            });
            return;
        }

        var table = TableOutput.Table(text.PlanTitle(request.Programme.Code, request.Phase.Id, request.ClassCapacity, text.Name(request.Mode)), text.PlanHeaders);
        foreach (var centre in sessions.GroupBy(s => s.centre))
        {
            foreach (var s in centre)
            {
                var dates = s.start == s.end ? $"{s.start:yyyy-MM-dd}" : $"{s.start:yyyy-MM-dd} – {s.end:MM-dd} ({text.Days(s.days)})";
                table.AddRow(Markup.Escape(s.centre), Markup.Escape(s.id[(s.centre.Length + 1)..]), dates, s.regions.Count.ToString(Culture), s.participants.ToString(Culture), Markup.Escape(s.zones));
            }
        }

        TableOutput.Write(output, table);
        output.WriteLine(text.PlanCost(plan.Cost));
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

    private static readonly IFormatProvider Culture = System.Globalization.CultureInfo.InvariantCulture;

    // The clocks a session's people are on: the centre's, and for an online session each region's.
    private static string Zones(TrainingSession session, IRegionDirectory regions)
    {
        var date = session.Days.Min(d => d.Date);
        var labels = session.Regions.Where(_ => session.IsOnline)
            .Select(r => r.Level == RegionLevel.Regency ? regions.FindRegency(r, date)?.ZoneLabel : regions.FindProvince(r, date)?.ZoneLabel)
            .OfType<IndonesianTimeZone>()
            .Distinct()
            .Order();
        return string.Join(", ", labels);
    }
}

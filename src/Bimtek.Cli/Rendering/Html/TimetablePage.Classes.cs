using System.Globalization;
using System.Text;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using NodaTime;
using NodaTime.Text;

namespace Bimtek.Cli.Rendering.Html;

/// <summary>Each class: its facts, its regions by province, and its agenda in the centre's time beside its participants' zones.</summary>
internal static partial class TimetablePage
{
    private static readonly LocalTimePattern HourMinute = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    private static void WriteClasses(StringBuilder html, Page page)
    {
        html.Append("<section id=\"classes\"><h2>").Append(H(page.Words.Classes)).Append("</h2>\n");
        var ordered = page.Input.Schedule.Sessions.OrderBy(Start).ThenBy(s => s.Centre.Value, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal);
        foreach (var session in ordered)
        {
            WriteClass(html, page, session);
        }

        html.Append("</section>\n");
    }

    private static void WriteClass(StringBuilder html, Page page, TrainingSession session)
    {
        var centre = page.Centres.FindCentre(session.Centre);
        var zones = PlanOutput.Zones(session, page.Regions);
        html.Append("<article class=\"class c").Append(page.Colour(session.Centre)).Append("\" id=\"").Append(Anchor(session.Id)).Append("\" data-session=\"").Append(H(session.Id)).Append("\">\n")
            .Append("<h3>").Append(H(session.Id)).Append("</h3>\n<dl>")
            .Append("<dt>").Append(H(page.Words.Centre)).Append("</dt><dd>").Append(H(centre is null ? session.Centre.Value : $"{centre.Code} {centre.Name} ({centre.ZoneLabel})")).Append("</dd>")
            .Append("<dt>").Append(H(page.Words.Dates)).Append("</dt><dd>").Append(H(DateSpan(page, session))).Append("</dd>")
            .Append("<dt>").Append(H(page.Words.Mode)).Append("</dt><dd>").Append(H(page.Text.Name(session.Mode))).Append("</dd>")
            .Append("<dt>").Append(H(page.Words.Participants)).Append("</dt><dd>").Append(PlanSummary.ParticipantsOf(session, page.PerRegion).ToString("#,0", page.Text.Culture)).Append("</dd>")
            .Append("<dt>").Append(H(page.Words.Zones)).Append("</dt><dd>").Append(H(zones.Count == 0 ? "–" : string.Join(", ", zones))).Append("</dd>")
            .Append("</dl>\n");
        if (page.Violations.TryGetValue(session.Id, out var violations))
        {
            html.Append("<p class=\"flag\">⚠ ").Append(H(page.Words.Violations)).Append(": ");
            html.AppendJoin(", ", violations.Select(v => $"<a href=\"#{v.Anchor}\"><code>{H(v.Code)}</code></a>"));
            html.Append("</p>\n");
        }

        html.Append("<details class=\"regions\" open><summary>").Append(H(page.Words.RegionsByProvince)).Append(" (").Append(session.Regions.Count.ToString(CultureInfo.InvariantCulture)).Append(")</summary>\n<table><tbody>\n");
        foreach (var (province, regions) in ByProvince(page, session))
        {
            html.Append("<tr><th>").Append(H(province)).Append("</th><td>").Append(H(string.Join(", ", regions))).Append("</td></tr>\n");
        }

        html.Append("</tbody></table></details>\n");
        WriteAgenda(html, page, session, centre?.TimeZone, zones);
        html.Append("</article>\n");
    }

    private static void WriteAgenda(StringBuilder html, Page page, TrainingSession session, DateTimeZone? centreZone, IReadOnlyList<string> zones)
    {
        if (session.Days.All(d => d.Items.Count == 0))
        {
            return;
        }

        var others = zones.Select(z => Enum.Parse<IndonesianTimeZone>(z)).ToList();
        var centreLabel = page.Centres.FindCentre(session.Centre)?.ZoneLabel;
        html.Append("<table class=\"agenda\"><caption>").Append(H(page.Words.Agenda)).Append("</caption>\n<thead><tr><th>").Append(H(page.Words.Day)).Append("</th><th>")
            .Append(H(page.Words.Item)).Append("</th><th>").Append(H(page.Words.CentreTime)).Append(centreLabel is { } cl ? $" ({cl})" : string.Empty).Append("</th>");
        foreach (var zone in others)
        {
            html.Append("<th>").Append(H(zone.ToString())).Append(' ').Append(H(page.Words.ParticipantsTime)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var day in session.Days.OrderBy(d => d.Date))
        {
            foreach (var item in day.Items.OrderBy(i => i.Start))
            {
                html.Append("<tr><td>").Append(H(Iso(day.Date))).Append("</td><td>").Append(H(ItemName(page, item))).Append("</td><td>")
                    .Append(H(Range(item.Start, item.End))).Append("</td>");
                foreach (var zone in others)
                {
                    html.Append("<td>").Append(H(centreZone is null ? "–" : Shifted(day.Date, item, centreZone, zone.GetZone()))).Append("</td>");
                }

                html.Append("</tr>\n");
            }
        }

        html.Append("</tbody></table>\n");
    }

    private static string ItemName(Page page, AgendaItem item) =>
        item.ModuleCode is { } module ? $"{module} ({item.Jp.Value.ToString(CultureInfo.InvariantCulture)} JP)" : page.Text.Name(item.Kind);

    // The same instants on another zone's clock: a virtual class is one moment for everyone.
    private static string Shifted(LocalDate date, AgendaItem item, DateTimeZone from, DateTimeZone to)
    {
        var start = date.At(item.Start).InZoneLeniently(from).ToInstant();
        var end = start.Plus(item.Length);
        return Range(start.InZone(to).TimeOfDay, end.InZone(to).TimeOfDay);
    }

    private static string Range(LocalTime start, LocalTime end) => $"{HourMinute.Format(start)}–{HourMinute.Format(end)}";

    // "32 Jawa Barat": Kabupaten Bandung (32.04), Kota Bandung (32.73), … in code order.
    private static List<(string Province, List<string> Regions)> ByProvince(Page page, TrainingSession session)
    {
        var date = Start(session);
        return [.. session.Regions
            .GroupBy(r => r.Province)
            .OrderBy(g => g.Key.ToString(), StringComparer.Ordinal)
            .Select(g => (
                $"{g.Key} {page.Regions.FindProvince(g.Key, date)?.Name ?? string.Empty}".TrimEnd(),
                g.OrderBy(r => r.ToString(), StringComparer.Ordinal).Select(r => RegionName(page, r, date)).ToList()))];
    }

    private static string RegionName(Page page, RegionCode code, LocalDate date) => code.Level == RegionLevel.Regency
        ? page.Regions.FindRegency(code, date) is { } regency ? $"{regency.FullName} ({code})" : code.ToString()
        : page.Regions.FindProvince(code, date)?.FullName ?? code.ToString();
}

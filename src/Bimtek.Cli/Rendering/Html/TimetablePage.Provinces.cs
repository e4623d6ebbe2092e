using System.Globalization;
using System.Text;

namespace Bimtek.Cli.Rendering.Html;

/// <summary>The map's fallback: every province in its centre's colour, with how many of its kabupaten/kota are in a class and which.</summary>
internal static partial class TimetablePage
{
    private static void WriteProvinces(StringBuilder html, Page page)
    {
        if (page.Input.Summary.FirstDay is not { } date)
        {
            return;
        }

        var classesOf = page.Input.Schedule.Sessions
            .SelectMany(s => s.Regions.Select(r => (Province: r.Province, Region: r, Session: s.Id)))
            .GroupBy(x => x.Province)
            .ToDictionary(g => g.Key, g => g.ToList());
        html.Append("<section id=\"provinces\"><h2>").Append(H(page.Words.ProvinceTable)).Append("</h2>\n<p class=\"hint\">").Append(H(page.Words.ProvinceTableNote)).Append("</p>\n")
            .Append("<table class=\"provinces\"><thead><tr><th>").Append(H(page.Words.Province)).Append("</th><th>").Append(H(page.Words.Centre)).Append("</th><th>")
            .Append(H(page.Words.Regions)).Append("</th><th>").Append(H(page.Words.Classes)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var province in page.Regions.GetProvinces(date))
        {
            var centre = page.Centres.FindServiceArea(province.Code, date)?.Centre;
            var planned = classesOf.GetValueOrDefault(province.Code) ?? [];
            var autonomous = page.Regions.GetRegencies(province.Code, date).Count(r => r.IsAutonomous);
            var sessions = planned.Select(p => p.Session).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            html.Append("<tr class=\"").Append(centre is { } c ? $"c{page.Colour(c)}" : "none").Append(planned.Count == 0 ? " unplanned" : string.Empty)
                .Append("\" data-province=\"").Append(H(province.Code.ToString())).Append("\"><th>").Append(H($"{province.Code} {province.Name}")).Append("</th><td>")
                .Append(H(centre?.Value ?? "–")).Append("</td><td>")
                .Append(planned.Select(p => p.Region).Distinct().Count().ToString(CultureInfo.InvariantCulture)).Append(" / ").Append(autonomous.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td>");
            if (sessions.Count == 0)
            {
                html.Append(H(page.Words.NotPlanned));
            }
            else
            {
                html.AppendJoin(", ", sessions.Select(s => $"<a href=\"#{Anchor(s)}\">{H(s)}</a>"));
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n</section>\n");
    }
}

using System.Globalization;
using System.Text;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Cli.Rendering.Html;

/// <summary>The timeline: every day from the first class to the last across, centres down, a class a block over its days.</summary>
internal static partial class TimetablePage
{
    private static void WriteTimeline(StringBuilder html, Page page)
    {
        html.Append("<section id=\"timeline\"><h2>").Append(H(page.Words.Timeline)).Append("</h2>\n<p class=\"hint no-print\">").Append(H(page.Words.TimelineHint)).Append("</p>\n");
        if (page.Input.Summary.FirstDay is not { } first || page.Input.Summary.LastDay is not { } last)
        {
            html.Append("</section>\n");
            return;
        }

        var days = Enumerable.Range(0, Period.DaysBetween(first, last) + 1).Select(first.PlusDays).ToList();
        var closed = days.ToDictionary(d => d, d => NonWorking(page, d));
        html.Append("<div class=\"scroll\"><table class=\"timeline\">\n<thead><tr><th class=\"centre\">").Append(H(page.Words.Centre)).Append("</th>");
        foreach (var day in days)
        {
            var reasons = closed[day];
            html.Append("<th class=\"day").Append(reasons is null ? string.Empty : " closed").Append('"')
                .Append(reasons is null ? string.Empty : $" title=\"{H(reasons)}\"").Append('>')
                .Append("<span class=\"dow\">").Append(H(page.Text.ShortDayName(day.DayOfWeek))).Append("</span><br>")
                .Append(day.ToString("dd MMM", page.Text.Culture));
            if (reasons is not null)
            {
                html.Append("<br><span class=\"reason\">").Append(H(reasons)).Append("</span>");
            }

            html.Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var centre in page.CentresShown)
        {
            var lanes = Lanes([.. page.Input.Schedule.Sessions.Where(s => s.Centre == centre.Code).OrderBy(s => Start(s)).ThenBy(s => s.Id, StringComparer.Ordinal)]);
            for (var lane = 0; lane < lanes.Count; lane++)
            {
                html.Append("<tr class=\"lane\" data-centre=\"").Append(H(centre.Code.Value)).Append("\">");
                if (lane == 0)
                {
                    html.Append("<th class=\"centre c").Append(page.Colour(centre.Code)).Append('"')
                        .Append(lanes.Count > 1 ? $" rowspan=\"{lanes.Count}\"" : string.Empty).Append('>')
                        .Append("<strong>").Append(H(centre.Code.Value)).Append("</strong><br>").Append(H(centre.Name))
                        .Append(" <span class=\"zone\">").Append(H(centre.ZoneLabel.ToString())).Append("</span></th>");
                }

                WriteLane(html, page, days, closed, lanes[lane]);
                html.Append("</tr>\n");
            }
        }

        html.Append("</tbody></table></div>\n</section>\n");
    }

    private static void WriteLane(StringBuilder html, Page page, List<LocalDate> days, Dictionary<LocalDate, string?> closed, List<TrainingSession> sessions)
    {
        var index = 0;
        foreach (var session in sessions)
        {
            var start = days.IndexOf(Start(session));
            for (; index < start; index++)
            {
                EmptyCell(html, closed[days[index]]);
            }

            var span = days.IndexOf(End(session)) - start + 1;
            var participants = PlanSummary.ParticipantsOf(session, page.PerRegion);
            html.Append("<td class=\"block c").Append(page.Colour(session.Centre)).Append('"').Append(span > 1 ? $" colspan=\"{span}\"" : string.Empty)
                .Append(" data-session=\"").Append(H(session.Id)).Append("\" title=\"").Append(H(RegionsTooltip(page, session))).Append("\">")
                .Append("<a href=\"#").Append(Anchor(session.Id)).Append("\"><strong>").Append(H(session.Id)).Append("</strong></a><br>")
                .Append(H(DateSpan(page, session))).Append("<br>")
                .Append(H($"{session.Regions.Count.ToString(CultureInfo.InvariantCulture)} {page.Words.Regions.ToLower(page.Text.Culture)} · {participants.ToString("#,0", page.Text.Culture)} {page.Words.Participants.ToLower(page.Text.Culture)}"));
            if (page.Violations.TryGetValue(session.Id, out var violations))
            {
                html.Append("<br><a class=\"flag\" href=\"#").Append(violations[0].Anchor).Append("\">⚠ ").Append(violations.Count.ToString(CultureInfo.InvariantCulture)).Append(' ')
                    .Append(H(page.Words.Violations.ToLower(page.Text.Culture))).Append("</a>");
            }

            html.Append("</td>");
            index = start + span;
        }

        for (; index < days.Count; index++)
        {
            EmptyCell(html, closed[days[index]]);
        }
    }

    private static void EmptyCell(StringBuilder html, string? reasons) =>
        html.Append(reasons is null ? "<td></td>" : $"<td class=\"closed\" title=\"{H(reasons)}\"></td>");

    // Classes of one centre that overlap in time go on separate lanes (a centre may run classes in parallel).
    private static List<List<TrainingSession>> Lanes(List<TrainingSession> sessions)
    {
        var lanes = new List<List<TrainingSession>>();
        foreach (var session in sessions)
        {
            var lane = lanes.FirstOrDefault(l => End(l[^1]) < Start(session));
            if (lane is null)
            {
                lanes.Add([session]);
            }
            else
            {
                lane.Add(session);
            }
        }

        return lanes;
    }

    // The names of what closes a day nationwide (a weekend, a holiday, collective leave), or null for a working day.
    // A province's own closure is not shaded: it closes that province, not the day.
    private static string? NonWorking(Page page, LocalDate day)
    {
        if (page.Calendar.Covers(day.Year) && page.Calendar.TryGetDay(day, null, out var calendarDay))
        {
            return calendarDay.IsWorkingDay ? null : string.Join(" · ", calendarDay.Reasons.Select(r =>
                r.Kind == NonWorkingDayKind.Weekend ? page.Words.Weekend : page.Text.Pick(r.Name, r.EnglishName)));
        }

        return day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? page.Words.Weekend : null;
    }

    private static string RegionsTooltip(Page page, TrainingSession session) =>
        string.Join("\n", ByProvince(page, session).Select(p => $"{p.Province}: {string.Join(", ", p.Regions)}"));

    private static string DateSpan(Page page, TrainingSession session)
    {
        var (start, end) = (Start(session), End(session));
        return start == end ? Iso(start) : $"{Iso(start)} – {Iso(end)} ({page.Text.Days(session.Days.Count)})";
    }

    private static LocalDate Start(TrainingSession session) => session.Days.Min(d => d.Date);

    private static LocalDate End(TrainingSession session) => session.Days.Max(d => d.Date);
}

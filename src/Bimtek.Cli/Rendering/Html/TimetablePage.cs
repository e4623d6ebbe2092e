using System.Net;
using System.Reflection;
using System.Text;
using Bimtek.Cli.Text;
using Bimtek.Domain;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using FluentValidation.Results;
using NodaTime;
using NodaTime.Text;

namespace Bimtek.Cli.Rendering.Html;

/// <summary>
/// The timetable page of <c>plan --html</c> and <c>validate --html</c>: one self-contained HTML file (styles and script
/// inline, no request to any network, prints on A4 landscape) with the timeline of the phase (days across, centres
/// down, non-working days shaded and named), each class with its regions by province and its agenda in the centre's
/// time beside its participants' zones, the cost in a planner's words, the shortfalls and every violation linked to
/// the class it concerns, and a coloured province table (no map: no province boundaries under an open licence were
/// found that could be embedded here).
/// </summary>
/// <remarks>
/// Stable hooks for tests and for people's own styling: <c>data-session</c> on every class block and section,
/// <c>data-centre</c> on every timeline row, <c>data-code</c> on every violation and shortfall, and
/// <c>data-script="ok"</c> on <c>body</c> once the page's script has run without an error.
/// </remarks>
internal static partial class TimetablePage
{
    public static string Render(CliContext context, Input input, CliText text)
    {
        var page = new Page(input, PageText.Of(text), text, context.Get<IRegionDirectory>(), context.Get<ICentreDirectory>(), context.Get<IWorkingCalendar>());
        var html = new StringBuilder(64 * 1024);
        var title = $"{page.Words.Title}: {input.Schedule.Programme.Code} · {input.Phase}";
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(page.Words.Lang).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(H(title)).Append("</title>\n<style>\n").Append(Resource("timetable.css")).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1>").Append(H(title)).Append("</h1>\n<p class=\"summary\" id=\"cost\">").Append(H(text.PlanCost(input.Summary))).Append("</p>\n")
            .Append("<button type=\"button\" class=\"no-print\" id=\"print\">").Append(H(page.Words.Print)).Append("</button></header>\n");
        WriteTimeline(html, page);
        WriteFindings(html, page);
        WriteClasses(html, page);
        WriteProvinces(html, page);
        html.Append("<footer>").Append(H(page.Words.Generated)).Append(" · ").Append(H(input.Schedule.Programme.Title)).Append("</footer>\n");
        html.Append("<script>\n").Append(Resource("timetable.js")).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteFindings(StringBuilder html, Page page)
    {
        html.Append("<section id=\"findings\"><h2>").Append(H(page.Words.Shortfalls)).Append("</h2>\n");
        if (page.Input.Shortfalls.Count == 0)
        {
            html.Append("<p class=\"ok\">").Append(H(page.Words.NoShortfall)).Append("</p>\n");
        }
        else
        {
            html.Append("<ul class=\"findings\">\n");
            foreach (var shortfall in page.Input.Shortfalls)
            {
                Finding(html, page, shortfall.Code, shortfall.Severity, RuleMessages.Of(shortfall, page.Text), shortfall.Details);
            }

            html.Append("</ul>\n");
        }

        html.Append("<h2>").Append(H(page.Words.Violations)).Append("</h2>\n");
        if (page.Input.Verdict.Errors.Count == 0)
        {
            html.Append("<p class=\"ok\" id=\"no-violation\">").Append(H(page.Words.NoViolation)).Append("</p>\n");
        }
        else
        {
            html.Append("<ul class=\"findings\" id=\"violations\">\n");
            foreach (var (failure, index) in page.Input.Verdict.Errors.Select((f, i) => (f, i)))
            {
                Finding(html, page, failure.ErrorCode, failure.Severity, RuleMessages.Of(failure, page.Text), failure.GetDetails(), failure.PropertyName, $"violation-{index + 1}");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static void Finding(StringBuilder html, Page page, string code, FluentValidation.Severity severity, string message, IReadOnlyDictionary<string, object?> details, string? path = null, string? id = null)
    {
        var sessions = Concerned(page, details, path);
        html.Append("<li").Append(id is null ? string.Empty : $" id=\"{id}\"").Append(" class=\"finding ").Append(severity.ToString().ToLowerInvariant()).Append("\" data-code=\"").Append(H(code)).Append('"')
            .Append(sessions.Count > 0 ? $" data-sessions=\"{H(string.Join(' ', sessions))}\"" : string.Empty).Append('>')
            .Append("<span class=\"severity\">").Append(H(page.Text.Severity(severity))).Append("</span> <code>").Append(H(code)).Append("</code> ")
            .Append(H(message));
        if (sessions.Count > 0)
        {
            html.Append(" <span class=\"concerns\">").Append(H(page.Words.ConcernsClass)).Append(' ');
            html.AppendJoin(", ", sessions.Select(s => $"<a href=\"#{Anchor(s)}\">{H(s)}</a>"));
            html.Append("</span>");
        }

        html.Append("</li>\n");
    }

    // The violations of each class, by the anchors of their list items: a class's block and card link back to them.
    private static Dictionary<string, List<(string Anchor, string Code)>> ViolationsByClass(Page page) =>
        page.Input.Verdict.Errors
            .SelectMany((f, i) => Concerned(page, f.GetDetails(), f.PropertyName).Select(s => (Session: s, Anchor: $"violation-{i + 1}", Code: f.ErrorCode)))
            .GroupBy(x => x.Session, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => (x.Anchor, x.Code)).ToList(), StringComparer.Ordinal);

    // The classes a finding concerns: the sessions its details name, else the one its path points at (Sessions[3]).
    private static List<string> Concerned(Page page, IReadOnlyDictionary<string, object?> details, string? path)
    {
        var ids = page.Input.Schedule.Sessions.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var named = details.Values.OfType<string>().Where(ids.Contains)
            .Concat(details.Values.Where(v => v is not string).OfType<IEnumerable<string>>().SelectMany(v => v).Where(ids.Contains))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (named.Count == 0 && path is not null && path.StartsWith("Sessions[", StringComparison.Ordinal))
        {
            var end = path.IndexOf(']', StringComparison.Ordinal);
            if (end > 9 && int.TryParse(path.AsSpan(9, end - 9), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                && index < page.Input.Schedule.Sessions.Count)
            {
                named.Add(page.Input.Schedule.Sessions[index].Id);
            }
        }

        return named;
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Bimtek.Cli.Rendering.Html.{name}")
            ?? throw new InvalidOperationException($"The page resource {name} is not embedded in the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string H(string text) => WebUtility.HtmlEncode(text);

    private static string Anchor(string sessionId) => "class-" + string.Concat(sessionId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_'));

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>What a page shows.</summary>
    /// <param name="Schedule">The classes (planned, or read from a file).</param>
    /// <param name="Phase">The phase or phases shown, for the title.</param>
    /// <param name="Summary">The cost in a planner's words.</param>
    /// <param name="Shortfalls">What the planner could not do (none for a schedule read from a file).</param>
    /// <param name="Verdict">The validator's findings.</param>
    internal sealed record Input(Schedule Schedule, string Phase, PlanSummary Summary, IReadOnlyList<RuleViolation> Shortfalls, ValidationResult Verdict);

    /// <summary>The page's input with the directories it looks things up in.</summary>
    private sealed record Page(Input Input, PageText Words, CliText Text, IRegionDirectory Regions, ICentreDirectory Centres, IWorkingCalendar Calendar)
    {
        public IReadOnlyDictionary<string, int> PerRegion { get; } = Input.Schedule.Programme.Phases.ToDictionary(p => p.Id, p => p.ParticipantsPerRegion);

        public Dictionary<string, List<(string Anchor, string Code)>> Violations => field ??= ViolationsByClass(this);

        // Centres in a fixed order (the directory's), each with its colour on the page.
        public IReadOnlyList<TrainingCentre> CentresShown { get; } =
            [.. Centres.Centres.Where(c => Input.Schedule.Sessions.Any(s => s.Centre == c.Code))];

        public int Colour(CentreCode centre)
        {
            var index = Centres.Centres.Select(c => c.Code).ToList().IndexOf(centre);
            return index < 0 ? 0 : (index % 8) + 1;
        }
    }
}

using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Bimtek.Cli.Tests.Html;

/// <summary>The timetable page of <c>plan --html</c> and <c>validate --html</c>, as written and as headless Chromium renders it.</summary>
public sealed class TimetablePageTests : IDisposable
{
    private static readonly string AsRun = Repository.File("seeds", "programmes", "kemenperin-2020-new-normal-as-run-schedule.json");
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("bimtek-page-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void PlanHtml_TheJune2020Plan_RendersInChromiumWithEveryClassAndCentreAndNoError()
    {
        var page = Write("plan.html", "plan", "--html");
        var plan = CliRunner.Json("plan", "--json");

        var (dom, log) = Chromium.DumpDom(page);
        var document = Parse(dom);

        document.Body!.GetAttribute("data-script").Should().Be("ok", "the page's script ran without an error");
        log.Should().NotContain("CONSOLE", "the page logs nothing, so any console line is an error or a warning");
        var sessions = plan.GetProperty("sessions").EnumerateArray().ToList();
        sessions.Should().HaveCount(10);
        foreach (var session in sessions)
        {
            var id = session.GetProperty("id").GetString()!;
            document.QuerySelectorAll($"td.block[data-session='{id}']").Should().ContainSingle(id);
            document.QuerySelector($"article.class[data-session='{id}']")!.TextContent.Should().Contain(session.GetProperty("start").GetString());
        }

        foreach (var centre in sessions.Select(s => s.GetProperty("centre").GetString()).Distinct())
        {
            document.QuerySelectorAll($"tr.lane[data-centre='{centre}']").Should().NotBeEmpty(centre);
        }

        document.QuerySelector("#no-violation").Should().NotBeNull();
        document.QuerySelector("#cost")!.TextContent.Should().Contain("the fewest possible: 10");
        document.QuerySelectorAll("th.day.closed").Select(d => d.TextContent).Should().Contain(t => t.Contains("weekend", StringComparison.Ordinal));

        // The README's picture is this page at this size (docs/images/timetable-june-2020.png).
        var png = Path.Combine(_directory.FullName, "plan.png");
        Chromium.Screenshot(page, png, 1600, 1150).Should().NotContain("CONSOLE");
        File.ReadAllBytes(png).Take(8).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
    }

    [Fact]
    public void ValidateHtml_TheAsRunSchedule_RendersEveryViolationLinkedToItsClass()
    {
        var page = Write("validate.html", "validate", "--schedule", AsRun, "--html");
        var violations = JsonDocument.Parse(CliRunner.Run("validate", "--schedule", AsRun, "--json").Output).RootElement.GetProperty("violations").EnumerateArray().ToList();

        var (dom, log) = Chromium.DumpDom(page);
        var document = Parse(dom);

        document.Body!.GetAttribute("data-script").Should().Be("ok");
        log.Should().NotContain("CONSOLE");
        var shown = document.QuerySelectorAll("#violations li.finding").ToList();
        shown.Select(v => v.GetAttribute("data-code")).Should().Equal(violations.Select(v => v.GetProperty("code").GetString()));
        foreach (var (item, violation) in shown.Zip(violations))
        {
            item.TextContent.Should().Contain(violation.GetProperty("message").GetString());
            if (violation.GetProperty("details").TryGetProperty("Session", out var session))
            {
                var link = item.QuerySelector($"a[href='#class-{session.GetString()}']");
                link.Should().NotBeNull(violation.GetProperty("code").GetString());
                document.GetElementById($"class-{session.GetString()}").Should().NotBeNull();
                document.QuerySelector($"td.block[data-session='{session.GetString()}'] a.flag")!.GetAttribute("href").Should().Be($"#{item.Id}", "the class links back to its violation");
            }
        }
    }

    [Fact]
    public void PlanHtml_IsSelfContainedAndPrintsOnA4Landscape()
    {
        var html = File.ReadAllText(Write("plan.html", "plan", "--html"));
        var document = Parse(html);

        document.QuerySelectorAll("link, img, iframe, script[src]").Should().BeEmpty();
        html.Should().NotContain("http://").And.NotContain("https://").And.NotContain("url(");
        document.QuerySelector("style")!.TextContent.Should().Contain("@page { size: A4 landscape;");
        document.DocumentElement.GetAttribute("lang").Should().Be("en");
    }

    [Fact]
    public void PlanHtml_PrintedInChromium_IsOnA4LandscapePages()
    {
        var page = Write("plan.html", "plan", "--html");
        var pdf = Path.Combine(_directory.FullName, "plan.pdf");

        Chromium.PrintToPdf(page, pdf);

        // A4 landscape is 297 × 210 mm = 841.9 × 595.3 pt; Chromium writes it as 841.92 × 594.96.
        var boxes = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(pdf, System.Text.Encoding.Latin1), @"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]")
            .Select(m => (Width: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Height: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        boxes.Should().NotBeEmpty().And.OnlyContain(b => Math.Abs(b.Width - 841.9) < 1 && Math.Abs(b.Height - 595.3) < 1);
    }

    [Fact]
    public void PlanHtml_LangId_IsInIndonesianAndShowsTheAgendaBesideParticipantZones()
    {
        var document = Parse(File.ReadAllText(Write("plan.html", "plan", "--lang", "id", "--html")));

        document.DocumentElement.GetAttribute("lang").Should().Be("id");
        document.QuerySelector("h1")!.TextContent.Should().StartWith("Jadwal");
        var surabaya = document.QuerySelector("article.class[data-session='BDI-SBY-kabupaten-kota-01']")!;
        var headers = surabaya.QuerySelectorAll("table.agenda th").Select(h => h.TextContent).ToList();
        headers.Should().Contain("Waktu balai (WIB)").And.Contain("WITA waktu peserta");
        surabaya.QuerySelector("details.regions")!.TextContent.Should().Contain("63 Kalimantan Selatan").And.Contain("(63.01)");
        document.QuerySelector("td.block[data-session='BDI-SBY-kabupaten-kota-01']")!.GetAttribute("title").Should().Contain("35 Jawa Timur:");
    }

    [Fact]
    public void PlanHtml_ProvinceTable_ColoursEveryProvinceAndNamesItsClasses()
    {
        var document = Parse(File.ReadAllText(Write("plan.html", "plan", "--html")));

        var provinces = document.QuerySelectorAll("table.provinces tr[data-province]").ToList();
        provinces.Should().HaveCount(34);
        provinces.Should().OnlyContain(p => p.ClassList.Any(c => c.StartsWith('c')));
        provinces.Single(p => p.GetAttribute("data-province") == "32").TextContent.Should().Contain("BDI-JKT-kabupaten-kota-01").And.Contain("27 / 27");

        // DKI Jakarta's six kabupaten/kota are administrative, not autonomous: none is invited.
        provinces.Single(p => p.GetAttribute("data-province") == "31").TextContent.Should().Contain("0 / 0").And.Contain("not in any class");
    }

    private string Write(string name, params string[] args)
    {
        var path = Path.Combine(_directory.FullName, name);
        var (exit, _, error) = CliRunner.Run([.. args, path]);
        exit.Should().BeOneOf([0, 1], error);
        return path;
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}

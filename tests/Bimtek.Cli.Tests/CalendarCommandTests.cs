namespace Bimtek.Cli.Tests;

public class CalendarCommandTests
{
    [Fact]
    public void Calendar_Json_ListsTheNonWorkingDaysWithTheirDecrees()
    {
        var report = CliRunner.Json("calendar", "--year", "2020", "--json");

        report.GetProperty("year").GetInt32().Should().Be(2020);
        report.GetProperty("timeZone").GetString().Should().Be("Asia/Jakarta");
        report.GetProperty("zone").GetString().Should().Be("WIB");
        report.GetProperty("workingDays").GetInt32().Should().Be(243);
        var days = report.GetProperty("nonWorkingDays").EnumerateArray().ToDictionary(d => d.GetProperty("date").GetString()!);
        days.Should().HaveCount(22);
        var idulFitri = days["2020-05-25"];
        idulFitri.GetProperty("weekday").GetString().Should().Be("monday");
        idulFitri.GetProperty("kind").GetString().Should().Be("nationalHoliday");
        idulFitri.GetProperty("decree").GetString().Should().Be("SKB 3 Menteri 2020 (728/2019; 213/2019; 01/2019)");
        idulFitri.GetProperty("provenance").GetString().Should().Be("sourced");
        days["2020-05-24"].GetProperty("weekend").GetBoolean().Should().BeTrue();
        days["2020-12-09"].GetProperty("kind").GetString().Should().Be("electionDay");
        days["2020-12-31"].GetProperty("kind").GetString().Should().Be("collectiveLeave");
    }

    [Fact]
    public void Calendar_Json_GivesTheWeekdayWindowsOfEachRuleInForce()
    {
        var hours = CliRunner.Json("calendar", "--year", "2023", "--zone", "WIT", "--json");

        hours.GetProperty("timeZone").GetString().Should().Be("Asia/Jayapura");
        hours.GetProperty("utcOffset").GetString().Should().Be("+09");
        var rules = hours.GetProperty("workingHours").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("decree").GetString()).Should().Equal("Keppres 68/1995", "Keppres 68/1995", "Perpres 21/2023", "Perpres 21/2023", "SE MenPANRB 6/2023", "SE MenPANRB 6/2023"); // the last two: Ramadan 1444 H
        rules.Select(r => r.GetProperty("provenance").GetString()).Should().Equal("sourced", "sourced", "assumed", "assumed", "sourced", "sourced");
        var friday = rules[1];
        friday.GetProperty("days").EnumerateArray().Select(d => d.GetString()).Should().Equal("friday");
        friday.GetProperty("windows").EnumerateArray().Select(w => w.GetProperty("start").GetString() + "-" + w.GetProperty("end").GetString())
            .Should().Equal("07:30-11:30", "13:00-16:30");
        friday.GetProperty("break").GetProperty("start").GetString().Should().Be("11:30");
        friday.GetProperty("lessonHours").GetInt32().Should().Be(9);
        friday.GetProperty("effectiveUntil").GetString().Should().Be("2023-04-12");
    }

    [Theory]
    [InlineData("Asia/Jayapura", "Asia/Jayapura")]
    [InlineData("wita", "Asia/Makassar")]
    [InlineData("Asia/Pontianak", "Asia/Pontianak")]
    public void Calendar_Zone_AcceptsLabelsAndIanaIds(string zone, string expected)
    {
        CliRunner.Json("calendar", "--year", "2020", "--zone", zone, "--json").GetProperty("timeZone").GetString().Should().Be(expected);
    }

    [Fact]
    public void Calendar_Table_ShowsHolidaysAndHours()
    {
        var (exit, output, _) = CliRunner.Run("calendar", "--year", "2020");

        exit.Should().Be(0);
        output.Should().Contain("2020-05-25").And.Contain("Keppres 22/2020").And.Contain("07:30–11:30").And.Contain("Keppres 68/1995");
    }

    [Theory]
    [InlineData("--year", "2019")]
    [InlineData("--year", "2027")]
    [InlineData("--year", "20x0")]
    [InlineData("--year", "2020", "--zone", "UTC")]
    [InlineData("--year", "2020", "--zone", "Europe/London")]
    [InlineData("--year")]
    public void Calendar_BadArguments_ExitWith2AndOneLine(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(["calendar", .. args]);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.TrimEnd().Should().NotContain("\n").And.StartWith("bimtek: ").And.Contain(args[^1]);
    }

    [Fact]
    public void Calendar_WithoutYear_ExitsWith2()
    {
        var (exit, _, error) = CliRunner.Run("calendar", "--json");

        exit.Should().Be(2);
        error.Should().Contain("--year");
    }
}

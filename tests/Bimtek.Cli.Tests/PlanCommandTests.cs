namespace Bimtek.Cli.Tests;

public class PlanCommandTests
{
    [Fact]
    public void Plan_WithNoOptions_PlansThe2020KabupatenKotaRoundAndFindsNoRuleBroken()
    {
        var (exit, output, _) = CliRunner.Run("plan");

        exit.Should().Be(0);
        output.Should().Contain("KEMENPERIN-2020-NEW-NORMAL · kabupaten-kota · 500 per class")
            .And.Contain("BDI-SBY").And.Contain("2020-06-02 – 06-03 (2 days)").And.Contain("WIB, WITA")
            .And.Contain("10 class(es) (the fewest possible: 10)").And.Contain("0 province(s) split across classes")
            .And.Contain("Validator on the plan: No rule broken.");
    }

    [Fact]
    public void Plan_Json_ListsSessionsWithCentreDatesAndRegionCodes()
    {
        var json = CliRunner.Json("plan", "--json");

        var sessions = json.GetProperty("sessions").EnumerateArray().ToList();
        sessions.Should().HaveCount(10);
        sessions.SelectMany(s => s.GetProperty("regions").EnumerateArray().Select(r => r.GetString())).Should().HaveCount(508).And.Contain("91.01");
        sessions.Select(s => s.GetProperty("centre").GetString()).Distinct().Should().HaveCount(7);
        sessions[0].GetProperty("start").GetString().Should().MatchRegex(@"^2020-06-\d\d$");
        json.GetProperty("violations").GetArrayLength().Should().Be(0);
        json.GetProperty("cost").GetProperty("objective").GetInt64().Should().Be(10_001_212);
    }

    [Fact]
    public void Plan_Out_WritesTheScheduleThatValidateReads()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.json");
        try
        {
            CliRunner.Run("plan", "--out", path).ExitCode.Should().Be(0);

            var (exit, output, _) = CliRunner.Run("validate", "--schedule", path);
            exit.Should().Be(0);
            output.Should().Contain("No rule broken.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Plan_TooShortAPhaseOrTooSmallAClass_ReportsTheShortfallAndExitsWith1()
    {
        var (exit, output, _) = CliRunner.Run("plan", "--capacity", "5");

        exit.Should().Be(1);
        output.Should().Contain("Planning.RegionLargerThanClass").And.Contain("sends 7 participants, more than a class holds (5)");
    }

    [Theory]
    [InlineData("--phase", "kecamatan", "has no such phase; its phases are provinsi, kabupaten-kota")]
    [InlineData("--capacity", "0", "is not a whole number from 1 to 100000")]
    [InlineData("--centre", "BDI JKT", "is not a centre code such as BDI-JKT")]
    public void Plan_BadArguments_ExitWith2AndOneLine(string option, string value, string message)
    {
        // The provinsi phase is delivered centrally, so it takes --centre (and checks it).
        var (exit, _, error) = option == "--centre" ? CliRunner.Run("plan", "--phase", "provinsi", option, value) : CliRunner.Run("plan", option, value);

        exit.Should().Be(2);
        error.Should().Contain(message);
    }

    [Fact]
    public void Plan_ACentralPhaseWithoutItsCentre_AsksForIt()
    {
        var (exit, _, error) = CliRunner.Run("plan", "--phase", "provinsi");

        exit.Should().Be(2);
        error.Should().Contain("delivered centrally");
        CliRunner.Run("plan", "--phase", "provinsi", "--centre", "BDI-XYZ").Error.Should().Contain("BDI-XYZ is not in the centre directory");
        CliRunner.Run("plan", "--phase", "provinsi", "--centre", "BDI-JKT", "--capacity", "100").ExitCode.Should().Be(0);
    }
}

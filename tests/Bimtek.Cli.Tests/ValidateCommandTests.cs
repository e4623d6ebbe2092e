using System.Text.Json;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Cli.Tests;

public class ValidateCommandTests
{
    private static readonly string AsRun = Path.Combine(Repository.Root, "seeds", "programmes", "kemenperin-2020-new-normal-as-run-schedule.json");

    [Fact]
    public void Validate_TheAsRun2020Schedule_ListsItsViolationsAndExitsWith1()
    {
        var (exit, output, _) = CliRunner.Run("validate", "--schedule", AsRun);

        exit.Should().Be(1);
        output.Should().Contain(ScheduleRuleCodes.OutsideWorkingHours).And.Contain(ScheduleRuleCodes.RegionNotCovered).And.Contain("Session=BDI-SBY-2020-06");
    }

    [Fact]
    public void Validate_Json_HasTheDocumentedShapeInTheLanguageAsked()
    {
        var (exit, output, _) = CliRunner.Run("validate", "--schedule", AsRun, "--json", "--lang", "id");

        exit.Should().Be(1);
        var violations = JsonDocument.Parse(output).RootElement.GetProperty("violations").EnumerateArray().ToList();
        violations.Select(v => v.GetProperty("code").GetString()).Should().BeEquivalentTo([ScheduleRuleCodes.OutsideWorkingHours, ScheduleRuleCodes.RegionNotCovered]);
        violations.Should().OnlyContain(v => v.GetProperty("severity").GetString() == "error");
        violations.Single(v => v.GetProperty("code").GetString() == ScheduleRuleCodes.RegionNotCovered)
            .GetProperty("message").GetString().Should().StartWith("Tahap kabupaten-kota: 269 daerah sasaran");
    }

    [Fact]
    public void Validate_AMalformedSchedule_ExitsWith2NamingTheFileAndPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"schedule-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, File.ReadAllText(AsRun).Replace("\"mode\": \"virtual\"", "\"mode\": \"zoom\"", StringComparison.Ordinal));
        try
        {
            var (exit, output, error) = CliRunner.Run("validate", "--schedule", path);

            exit.Should().Be(2);
            output.Should().BeEmpty();
            error.Trim().Should().StartWith($"bimtek: {path}: $.sessions[0].mode: expected one of").And.NotContain("\n");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--lang", "fr")]
    [InlineData("--schedule", "/nonexistent/schedule.json")]
    public void Validate_BadArguments_ExitWith2(params string[] args)
    {
        string[] all = args[0] == "--schedule" ? ["validate", .. args] : ["validate", "--schedule", AsRun, .. args];

        CliRunner.Run(all).ExitCode.Should().Be(2);
    }

    [Fact]
    public void Rules_ListsEveryRuleInBothLanguages()
    {
        var en = JsonDocument.Parse(CliRunner.Run("rules", "--json").Output).RootElement.GetProperty("rules");
        var id = JsonDocument.Parse(CliRunner.Run("rules", "--json", "--lang", "id").Output).RootElement.GetProperty("rules");

        en.GetArrayLength().Should().Be(Domain.RuleCatalogue.All.Count);
        en.EnumerateArray().Select(r => r.GetProperty("code").GetString()).Should().Contain(ScheduleRuleCodes.InstructorDoubleBooked);
        id.EnumerateArray().First(r => r.GetProperty("code").GetString() == ScheduleRuleCodes.RegionNotCovered)
            .GetProperty("message").GetString().Should().StartWith("Tahap {Phase}");
    }
}

using System.Text.Json;
using Bimtek.Domain.Assessments;

namespace Bimtek.Cli.Tests;

public class ReportCommandTests
{
    private static readonly string Root = Repository.Root;
    private static readonly string AsRun = Path.Combine(Root, "seeds", "programmes", "kemenperin-2020-new-normal-as-run-schedule.json");
    private static readonly string SampleCsv = Path.Combine(Root, "samples", "results", "kemenperin-2020-synthetic-results.csv");
    private static readonly string SampleJson = Path.Combine(Root, "samples", "results", "kemenperin-2020-synthetic-results.json");

    [Fact]
    public void Report_TheSyntheticSample_TotalsAsWorkedOut()
    {
        var root = CliRunner.Json("report", "--schedule", AsRun, "--results", SampleCsv, "--json");

        root.GetProperty("rowsRead").GetInt32().Should().Be(10);
        root.GetProperty("rowsRefused").GetInt32().Should().Be(0);
        var totals = root.GetProperty("totals");
        totals.GetProperty("participants").GetInt32().Should().Be(10);
        totals.GetProperty("regionsTargeted").GetInt32().Should().Be(508); // autonomous kabupaten/kota on 1 June 2020
        totals.GetProperty("completed").GetInt32().Should().Be(8);
        totals.GetProperty("testPairs").GetInt32().Should().Be(9); // one row has no post-test
        totals.GetProperty("undefinedGains").GetInt32().Should().Be(1); // one pre-test of 100
        totals.GetProperty("passed").GetInt32().Should().Be(9); // only 55 fails
        totals.GetProperty("grades").EnumerateArray().Select(g => g.GetProperty("count").GetInt32()).Should().Equal(1, 1, 2, 2, 4); // bands from their lower bounds: 55 | 65 | 70, 72 | 80.01, 88 | 90, 90.01, 91.5, 95
        root.GetProperty("classes").EnumerateArray().Select(c => c.GetProperty("key").GetString())
            .Should().Equal("BDI-DPS-2020-06", "BDI-YOG-2020-06", "BDI-PDG-2020-06", "BDI-SBY-2020-06");
        root.GetProperty("violations").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("code").GetString().Should().Be(AssessmentRuleCodes.ResultTestUnpaired);
    }

    [Fact]
    public void Report_CsvAndJson_GiveTheSameReport()
    {
        var fromCsv = CliRunner.Json("report", "--schedule", AsRun, "--results", SampleCsv, "--json");
        var fromJson = CliRunner.Json("report", "--schedule", AsRun, "--results", SampleJson, "--json");

        fromJson.GetProperty("totals").GetRawText().Should().Be(fromCsv.GetProperty("totals").GetRawText());
    }

    [Fact]
    public void Report_Tables_NameEveryScope()
    {
        var (exit, output, _) = CliRunner.Run("report", "--schedule", AsRun, "--results", SampleCsv);

        exit.Should().Be(0);
        output.Should().Contain("Classes").And.Contain("Centres").And.Contain("Provinces").And.Contain("Programme").And.Contain("BDI-SBY");
        output.Should().NotContain("197001012000031001");
    }

    [Fact]
    public void Report_BadRows_AreReportedByLine_TheRestCounted_Exit1()
    {
        var path = Temp(".csv",
            "nip,session,region,pre_test,post_test\n"
            + "197001012000031001,BDI-DPS-2020-06,51.01,40,70\n"
            + "197001012000031002,BDI-DPS-2020-06,51.71,40\n"
            + "\"197001012000031003\",BDI-NOPE,51.71,40,70\n"
            + "1970010120000310,BDI-DPS-2020-06,51.71,40,170\n");
        try
        {
            var (exit, output, _) = CliRunner.Run("report", "--schedule", AsRun, "--results", path, "--json", "--lang", "id");

            exit.Should().Be(1);
            var root = JsonDocument.Parse(output).RootElement;
            root.GetProperty("totals").GetProperty("participants").GetInt32().Should().Be(1);
            root.GetProperty("violations").EnumerateArray().Select(v => (v.GetProperty("line").GetInt32(), v.GetProperty("code").GetString()))
                .Should().Equal(
                    (3, AssessmentRuleCodes.ResultRowMalformed),
                    (4, AssessmentRuleCodes.ResultSessionUnknown),
                    (5, AssessmentRuleCodes.ResultNipInvalid),
                    (5, AssessmentRuleCodes.ResultOutOfRange));
            root.GetProperty("violations")[0].GetProperty("message").GetString().Should().StartWith("Baris 3");
            output.Should().NotContain("197001012000031003").And.NotContain("1970010120000310");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Report_JsonRowsThatAreNotObjects_AreReportedByPosition()
    {
        var path = Temp(".json", "[{\"nip\":\"197001012000031001\",\"session\":\"BDI-DPS-2020-06\",\"region\":\"51.01\",\"preTest\":40,\"postTest\":70}, 42, {\"nip\":\"197001012000031002\",\"colour\":\"red\"}]");
        try
        {
            var (exit, output, _) = CliRunner.Run("report", "--schedule", AsRun, "--results", path, "--json");

            exit.Should().Be(1);
            var violations = JsonDocument.Parse(output).RootElement.GetProperty("violations").EnumerateArray().ToList();
            violations.Select(v => (v.GetProperty("line").GetInt32(), v.GetProperty("code").GetString())).Should().Equal(
                (2, AssessmentRuleCodes.ResultRowMalformed),
                (3, AssessmentRuleCodes.ResultRowMalformed));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(".csv", "nip,session\n1,2\n", "lacks 'region'")]
    [InlineData(".csv", "nip,session,region,score\n", "unknown column(s) 'score'")]
    [InlineData(".csv", "", "no header")]
    [InlineData(".json", "{\"nip\": 1}", "JSON array")]
    [InlineData(".json", "[{", "is not JSON")]
    [InlineData(".txt", "nip", ".csv or .json")]
    public void Report_AnUnreadableResultsFile_ExitsWith2(string extension, string content, string expected)
    {
        var path = Temp(extension, content);
        try
        {
            var (exit, _, error) = CliRunner.Run("report", "--schedule", AsRun, "--results", path);

            exit.Should().Be(2);
            error.Should().Contain(expected);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Temp(string extension, string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"results-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }
}

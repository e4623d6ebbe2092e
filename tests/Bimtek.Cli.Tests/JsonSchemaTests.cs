using System.Text.Json;
using Json.Schema;

namespace Bimtek.Cli.Tests;

/// <summary>Every command's JSON output is described by its schema in <c>schemas/</c>, checked against real output.</summary>
public class JsonSchemaTests
{
    private static readonly string Schedule = Repository.File("seeds", "programmes", "kemenperin-2020-new-normal-as-run-schedule.json");

    // Built once: a schema's $id is registered when it is built, and the registry refuses the same $id twice.
    private static readonly Dictionary<string, JsonSchema> Schemas = Directory.GetFiles(Repository.File("schemas"), "*.schema.json")
        .ToDictionary(f => Path.GetFileName(f).Replace(".schema.json", string.Empty, StringComparison.Ordinal), f => JsonSchema.FromText(File.ReadAllText(f)));

    public static TheoryData<string, string[]> Outputs => new()
    {
        { "plan", ["plan", "--json"] },
        { "plan", ["plan", "--capacity", "5", "--json"] },
        { "validate", ["validate", "--schedule", Schedule, "--json"] },
        { "regions", ["regions", "--as-of", "2020-06-08", "--json"] },
        { "regions", ["regions", "--province", "91", "--as-of", "2024-01-01", "--json"] },
        { "centres", ["centres", "--as-of", "2020-06-08", "--json"] },
        { "calendar", ["calendar", "--year", "2020", "--json"] },
        { "rules", ["rules", "--json"] },
        { "programme", ["programme", "--json"] },
        { "report", ["report", "--schedule", Schedule, "--results", Repository.File("samples", "results", "kemenperin-2020-synthetic-results.csv"), "--json", "--include-empty"] },
        { "attendance", ["attendance", "--schedule", Schedule, "--logs", Repository.File("seeds", "attendance", "synthetic-attendance-log.csv"), "--json"] },
        { "attendance", ["attendance", "--schedule", Schedule, "--logs", Repository.File("samples", "meetings", "zoom-classic.csv"), "--roster", Repository.File("samples", "meetings", "roster.csv"), "--json"] },
        { "invites", ["invites", "--schedule", Schedule, "--by", "province", "--out", Path.Combine(Path.GetTempPath(), "bimtek-schema-invites-" + Environment.ProcessId), "--json"] },
        { "siasn-payloads", ["siasn", "payloads", "--schedule", Schedule, "--certificates", Repository.File("samples", "siasn", "certificates.csv"), "--mapping", Repository.File("samples", "siasn", "mapping.json"), "--json"] },
        { "siasn-ledger", ["siasn", "ledger", "--response", Repository.File("samples", "siasn", "riwayat-kursus.json"), "--certificates", Repository.File("samples", "siasn", "certificates.csv"), "--json"] },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void JsonOutput_MatchesItsSchema(string schemaName, string[] args)
    {
        var schema = Schemas[schemaName];
        var (_, output, error) = CliRunner.Run(args);
        error.Should().BeEmpty();

        using var document = JsonDocument.Parse(output);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        result.IsValid.Should().BeTrue(string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    [Fact]
    public void EveryCommandWithJson_HasASchema()
    {
        var commands = Outputs.Select(row => (string)row[0]).Distinct();

        Schemas.Keys.Should().BeEquivalentTo(commands);
    }

    [Fact]
    public void PlanJson_WritesEnumsAsTheScheduleFilesDoAndListsAsArrays()
    {
        var session = CliRunner.Json("plan", "--json").GetProperty("sessions")[0];

        session.GetProperty("mode").GetString().Should().Be("virtual");
        session.GetProperty("zones").ValueKind.Should().Be(JsonValueKind.Array);
        session.GetProperty("zones").EnumerateArray().Select(z => z.GetString()).Should().Equal("WIB", "WITA");
        File.ReadAllText(Schedule).Should().Contain("\"mode\": \"virtual\"");
    }

    [Fact]
    public void CalendarAndRegionsJson_WriteValuesInCamelCase()
    {
        var day = CliRunner.Json("calendar", "--year", "2020", "--json").GetProperty("nonWorkingDays")[0];
        day.GetProperty("weekday").GetString().Should().Be("wednesday");
        day.GetProperty("kind").GetString().Should().Be("nationalHoliday");

        CliRunner.Json("regions", "--province", "32", "--as-of", "2020-06-08", "--json").GetProperty("regions")[0].GetProperty("kind").GetString().Should().Be("kabupaten");
    }
}

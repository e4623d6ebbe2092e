using System.Text.Json;
using Bimtek.Cli.Rendering;
using Bimtek.Cli.Text;
using Bimtek.Domain.Common;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Cli.Tests;

/// <summary>Issue 17: <c>--json</c> prints a finding's details masked the way its message is: an instructor id that is a
/// civil servant's NIP (a realistic id) never reaches a pipeline's log whole.</summary>
public class JsonDetailMaskingTests
{
    private const string InstructorNip = "196608011988031001";
    private static readonly string AsRun = Path.Combine(Repository.Root, "seeds", "programmes", "kemenperin-2020-new-normal-as-run-schedule.json");

    [Fact]
    public void ValidateJson_WhenAnUnlistedInstructorIdIsANip_MasksItInTheDetailsAsInTheMessage()
    {
        var path = Path.Combine(Path.GetTempPath(), $"schedule-{Guid.NewGuid():N}.json");
        var text = File.ReadAllText(AsRun);
        var at = text.IndexOf("\"kapusdiklat\"", text.IndexOf("\"sessions\"", StringComparison.Ordinal), StringComparison.Ordinal);
        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), $"\"{InstructorNip}\"", text.AsSpan(at + "\"kapusdiklat\"".Length)));
        try
        {
            var (exit, output, _) = CliRunner.Run("validate", "--schedule", path, "--json");

            exit.Should().Be(1);
            output.Should().NotContain(InstructorNip).And.Contain("1966************01");
            var violations = JsonDocument.Parse(output).RootElement.GetProperty("violations").EnumerateArray().ToList();
            violations.Should().Contain(v => v.GetProperty("details").ValueKind == JsonValueKind.Object
                && v.GetProperty("details").EnumerateObject().Any(d => d.Value.ToString().Contains("1966************01", StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MaskedDetails_MasksTextsListsAndIdentities_AndKeepsNumbersAndDates()
    {
        var nip = Nip.Parse(InstructorNip);
        var details = new Dictionary<string, object?>
        {
            ["Instructor"] = InstructorNip,
            ["Sessions"] = new[] { "S1", $"x{InstructorNip}" },
            ["Contact"] = "amir@example.go.id",
            ["Nip"] = nip,
            ["Text"] = new RuleText($"id {InstructorNip}", $"en {InstructorNip}"),
            ["Count"] = 3,
            ["Date"] = new NodaTime.LocalDate(2020, 6, 15),
            ["Mode"] = SessionMode.Virtual,
        };

        var masked = MaskedDetails.Of(details, CliText.English)!;

        masked["Instructor"].Should().Be("1966************01");
        masked["Sessions"].Should().BeEquivalentTo(new object?[] { "S1", "x1966************01" });
        masked["Contact"].Should().Be("(e-mail)");
        masked["Nip"].Should().Be("1966************01");
        masked["Text"].Should().Be("en 1966************01");
        masked["Count"].Should().Be(3);
        masked["Date"].Should().Be(new NodaTime.LocalDate(2020, 6, 15));
        masked["Mode"].Should().Be(SessionMode.Virtual);
    }
}

using System.Text.Json.Nodes;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;

namespace Bimtek.Domain.Tests.Serialization;

public class ScheduleJsonTests
{
    private static readonly Programme NewNormal = EmbeddedProgrammes.Load(EmbeddedProgrammes.NewNormal2020);
    private static readonly string Json = BimtekJson.SerializeSchedule(EmbeddedProgrammes.LoadAsRunSchedule(EmbeddedProgrammes.NewNormal2020));

    [Fact]
    public void RoundTrip_OfTheAsRunSchedule_IsUnchanged()
    {
        var schedule = BimtekJson.DeserializeSchedule(Json, "schedule.json", Find);

        BimtekJson.SerializeSchedule(schedule).Should().Be(Json);
        schedule.Sessions[1].Days[0].Items[2].End.Should().Be(new NodaTime.LocalTime(10, 30));
    }

    [Fact]
    public void Serialize_WritesTimesAsHoursAndMinutes()
    {
        var item = JsonNode.Parse(Json)!["sessions"]![0]!["days"]![0]!["items"]![2]!;

        item["start"]!.GetValue<string>().Should().Be("09:00");
        item["kind"]!.GetValue<string>().Should().Be("teaching");
        item["jp"]!.GetValue<int>().Should().Be(2);
    }

    [Theory]
    [InlineData("programme", "\"NOPE\"", "$.programme")]
    [InlineData("sessions[0].centre", "\"B\"", "$.sessions[0].centre")]
    [InlineData("sessions[0].mode", "\"online\"", "$.sessions[0].mode")]
    [InlineData("sessions[0].regions[3]", "\"51.0\"", "$.sessions[0].regions[3]")]
    [InlineData("sessions[0].days[1].date", "\"2020-06-31\"", "$.sessions[0].days[1].date")]
    [InlineData("sessions[0].days[0].items[2].start", "\"9am\"", "$.sessions[0].days[0].items[2].start")]
    [InlineData("sessions[0].days[0].items[2].jp", "0", "$.sessions[0].days[0].items[2].jp")]
    [InlineData("sessions[0].days[0].items[0].minutes", "-5", "$.sessions[0].days[0].items[0].minutes")]
    [InlineData("sessions[0].days[0].items[0].start", "\"23:50\"", "$.sessions[0].days[0].items[0]")]
    [InlineData("sessions[0].days[0].items[2].kind", "\"lecture\"", "$.sessions[0].days[0].items[2].kind")]
    public void Deserialize_WhenAValueIsMalformed_NamesItsPath(string target, string badValue, string path)
    {
        var node = JsonNode.Parse(Json)!;
        Set(node, target, JsonNode.Parse(badValue));

        var act = () => BimtekJson.DeserializeSchedule(node.ToJsonString(), "schedule.json", Find);

        var error = act.Should().Throw<BimtekJsonException>().Which;
        error.JsonPath.Should().Be(path);
        error.Message.Should().StartWith($"schedule.json: {path}: ");
    }

    private static Programme? Find(string code) => code == NewNormal.Code ? NewNormal : null;

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var node = root;
        var steps = path.Replace("]", string.Empty, StringComparison.Ordinal).Split('.');
        for (var s = 0; s < steps.Length; s++)
        {
            var parts = steps[s].Split('[');
            var last = s == steps.Length - 1;
            if (parts.Length == 1)
            {
                if (last)
                {
                    node[parts[0]] = value;
                    return;
                }

                node = node[parts[0]]!;
                continue;
            }

            var index = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            if (last)
            {
                node[parts[0]]![index] = value;
                return;
            }

            node = node[parts[0]]![index]!;
        }
    }
}

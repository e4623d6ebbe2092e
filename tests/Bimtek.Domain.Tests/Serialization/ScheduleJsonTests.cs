using System.Text.Json.Nodes;
using Bimtek.Domain.Common;
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

    [Fact]
    public void RoundTrip_OfASessionsParticipants_KeepsTheirNips()
    {
        var node = JsonNode.Parse(Json)!;
        node["sessions"]![0]!["participants"] = new JsonArray("19660801 198803 1 001", "197501022000031002");

        var schedule = BimtekJson.DeserializeSchedule(node.ToJsonString(), "schedule.json", Find);

        schedule.Sessions[0].Participants.Should().Equal(Nip.Parse("196608011988031001"), Nip.Parse("197501022000031002"));
        JsonNode.Parse(BimtekJson.SerializeSchedule(schedule))!["sessions"]![0]!["participants"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().Equal("196608011988031001", "197501022000031002");
    }

    [Fact]
    public void Deserialize_WhenAParticipantIsNoNip_NamesItsPathAndNeverEchoesTheDigits()
    {
        var node = JsonNode.Parse(Json)!;
        node["sessions"]![0]!["participants"] = new JsonArray("196608011988031001", "196602301988031001");

        var act = () => BimtekJson.DeserializeSchedule(node.ToJsonString(), "schedule.json", Find);

        var error = act.Should().Throw<BimtekJsonException>().Which;
        error.JsonPath.Should().Be("$.sessions[0].participants[1]");
        error.Message.Should().Contain("not a NIP").And.NotContain("196602301988031001").And.NotContain("19660230");
    }

    private static Programme? Find(string code) => code == NewNormal.Code ? NewNormal : null;

    internal static void Set(JsonNode root, string path, JsonNode? value)
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

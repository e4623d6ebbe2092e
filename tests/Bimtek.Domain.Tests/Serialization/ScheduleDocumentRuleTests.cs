using System.Text.Json.Nodes;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;

namespace Bimtek.Domain.Tests.Serialization;

// What a schedule document maps to and the exact error each bad document gets (path and reason).
public class ScheduleDocumentRuleTests
{
    private static readonly Programme NewNormal = EmbeddedProgrammes.Load(EmbeddedProgrammes.NewNormal2020);
    private static readonly string Json = BimtekJson.SerializeSchedule(EmbeddedProgrammes.LoadAsRunSchedule(EmbeddedProgrammes.NewNormal2020));

    [Theory]
    [InlineData("programme", "$.programme")]
    [InlineData("sessions", "$.sessions")]
    [InlineData("sessions[1]", "$.sessions[1]")]
    [InlineData("sessions[0].id", "$.sessions[0].id")]
    [InlineData("sessions[0].phase", "$.sessions[0].phase")]
    [InlineData("sessions[0].regions", "$.sessions[0].regions")]
    [InlineData("sessions[0].days", "$.sessions[0].days")]
    [InlineData("sessions[0].days[1]", "$.sessions[0].days[1]")]
    [InlineData("sessions[0].days[0].items", "$.sessions[0].days[0].items")]
    [InlineData("sessions[0].days[0].items[1]", "$.sessions[0].days[0].items[1]")]
    public void Deserialize_WhenARequiredValueIsNull_NamesItsPath(string target, string path)
    {
        var node = JsonNode.Parse(Json)!;
        ScheduleJsonTests.Set(node, target, null);

        ShouldFail(node, path, "must not be null");
    }

    [Fact]
    public void Deserialize_WhenNoProgrammeHasTheCode_SaysSo()
    {
        var node = JsonNode.Parse(Json)!;
        node["programme"] = "NOPE";

        ShouldFail(node, "$.programme", "no programme with code 'NOPE' is available (give its file)");
    }

    [Fact]
    public void Deserialize_WhenTheResolverThrows_NamesTheProgrammeAndKeepsTheCause()
    {
        var cause = new InvalidOperationException("disk gone");

        var act = () => BimtekJson.DeserializeSchedule(Json, "schedule.json", _ => throw cause);

        var error = act.Should().Throw<BimtekJsonException>().Which;
        error.JsonPath.Should().Be("$.programme");
        error.Reason.Should().Be($"the programme resolver failed for code '{NewNormal.Code}' (InvalidOperationException: disk gone)");
        error.InnerException.Should().BeSameAs(cause);
    }

    [Fact]
    public void Deserialize_WhenTheResolverThrowsADocumentError_PassesItOnUnwrapped()
    {
        var own = new BimtekJsonException("programme.json", "$.code", "must not be null");

        var act = () => BimtekJson.DeserializeSchedule(Json, "schedule.json", _ => throw own);

        act.Should().Throw<BimtekJsonException>().Which.Should().BeSameAs(own);
    }

    [Fact]
    public void RoundTrip_KeepsInstructorsReassignmentsPlatformCapacityAndItemInstructors()
    {
        var node = WithInstructors();
        var first = node["sessions"]![0]!;
        var reassignment = new JsonObject { ["region"] = "51.01", ["centre"] = "BDI-DPS", ["reason"] = "pemekaran wilayah" };
        var capacity = new JsonObject { ["centre"] = "BDI-DPS", ["rooms"] = 1 };
        node["reassignments"] = new JsonArray(reassignment.DeepClone());
        node["platformCapacity"] = new JsonArray(capacity.DeepClone());
        first["days"]![0]!["items"]![2]!["instructors"] = new JsonArray("I-1");

        var schedule = BimtekJson.DeserializeSchedule(node.ToJsonString(), "schedule.json", Find);
        var written = JsonNode.Parse(BimtekJson.SerializeSchedule(schedule))!;

        schedule.Instructors.Should().HaveCount(8);
        schedule.Instructors[6].Modules.Should().Equal("M1");
        schedule.Reassignments.Should().ContainSingle().Which.Reason.Should().Be("pemekaran wilayah");
        schedule.PlatformCapacity.Should().ContainSingle().Which.Rooms.Should().Be(1);
        schedule.Sessions[0].Days[0].Items[2].Instructors.Should().Equal("I-1");
        JsonNode.DeepEquals(written["instructors"]![6], InstructorOne()).Should().BeTrue();
        written["instructors"]![7]!.AsObject().Select(p => p.Key).Should().Equal("id", "name");
        JsonNode.DeepEquals(written["reassignments"], new JsonArray(reassignment)).Should().BeTrue();
        JsonNode.DeepEquals(written["platformCapacity"], new JsonArray(capacity)).Should().BeTrue();
        JsonNode.DeepEquals(written["sessions"]![0]!["days"]![0]!["items"]![2]!["instructors"], new JsonArray("I-1")).Should().BeTrue();
    }

    [Fact]
    public void Serialize_OmitsWhatIsEmpty()
    {
        var node = JsonNode.Parse(Json)!;
        node.AsObject().Remove("instructors");

        var written = JsonNode.Parse(BimtekJson.SerializeSchedule(BimtekJson.DeserializeSchedule(node.ToJsonString(), null, Find)))!;

        written.AsObject().Select(p => p.Key).Should().Equal("programme", "sessions");
        written["sessions"]![0]!.AsObject().ContainsKey("participants").Should().BeFalse();
        written["sessions"]![0]!["days"]![0]!["items"]![1]!.AsObject().ContainsKey("instructors").Should().BeFalse();
    }

    [Fact]
    public void Deserialize_WhenAnInstructorIsListedTwice_SaysWhich()
    {
        var node = WithInstructors();
        node["instructors"]![7]!["id"] = "I-1";

        ShouldFail(node, "$.instructors", "instructor 'I-1' is listed twice; list each instructor once");
    }

    [Theory]
    [InlineData("instructors[7]", "$.instructors[7]")]
    [InlineData("instructors[7].id", "$.instructors[7].id")]
    [InlineData("instructors[7].name", "$.instructors[7].name")]
    [InlineData("instructors[6].modules[0]", "$.instructors[6].modules[0]")]
    public void Deserialize_WhenAnInstructorValueIsNull_NamesItsPath(string target, string path)
    {
        var node = WithInstructors();
        ScheduleJsonTests.Set(node, target, null);

        ShouldFail(node, path, "must not be null");
    }

    [Theory]
    [InlineData("2020-06-01T00:00:00Z")]
    [InlineData("2020-05-01T00:00:00Z")]
    public void Deserialize_WhenAnAvailabilityDoesNotEndAfterItStarts_NamesIt(string end)
    {
        var node = WithInstructors();
        node["instructors"]![6]!["availability"]![0]!["end"] = end;

        ShouldFail(node, "$.instructors[6].availability[0]", "an availability interval must end after it starts");
    }

    [Fact]
    public void Deserialize_WhenAReassignmentOrItsReasonIsNull_NamesIt()
    {
        var node = JsonNode.Parse(Json)!;
        var first = node["sessions"]![0]!;
        var reassignment = new JsonObject { ["region"] = first["regions"]![0]!.GetValue<string>(), ["centre"] = first["centre"]!.GetValue<string>(), ["reason"] = null };
        node["reassignments"] = new JsonArray(reassignment);
        ShouldFail(node, "$.reassignments[0].reason", "must not be null");

        node["reassignments"] = new JsonArray(reassignment.DeepClone(), null);
        node["reassignments"]![0]!["reason"] = "pemekaran";
        ShouldFail(node, "$.reassignments[1]", "must not be null");
    }

    [Fact]
    public void Deserialize_WhenACentreHasNoPlatformRoom_NamesIt()
    {
        var node = JsonNode.Parse(Json)!;
        var centre = node["sessions"]![0]!["centre"]!.GetValue<string>();
        node["platformCapacity"] = new JsonArray(new JsonObject { ["centre"] = centre, ["rooms"] = 2 }, new JsonObject { ["centre"] = centre, ["rooms"] = 0 });

        ShouldFail(node, "$.platformCapacity[1].rooms", "a centre has at least 1 platform room; got 0");

        node["platformCapacity"] = new JsonArray((JsonNode?)null);
        ShouldFail(node, "$.platformCapacity[0]", "must not be null");
    }

    [Theory]
    [InlineData("guessed")]
    [InlineData("")]
    public void Deserialize_WhenAProvenanceStatusIsNeitherSourcedNorAssumed_NamesIt(string status)
    {
        var node = JsonNode.Parse(Json)!;
        node["sessions"]![1]!["provenance"] = new JsonObject
        {
            ["dates"] = new JsonObject { ["status"] = "sourced", ["source"] = "https://example.go.id" },
            ["openedBy"] = new JsonObject { ["value"] = "Kepala BDI", ["status"] = status },
        };

        ShouldFail(node, "$.sessions[1].provenance.openedBy.status", "expected sourced or assumed");
    }

    [Fact]
    public void Deserialize_WhenAnAssumptionIsNull_NamesIt()
    {
        var node = JsonNode.Parse(Json)!;
        node["assumptions"] = new JsonArray("one speaker per module", null);

        ShouldFail(node, "$.assumptions[1]", "must not be null");
    }

    [Fact]
    public void Deserialize_WhenAParticipantIsNull_NamesIt()
    {
        var node = JsonNode.Parse(Json)!;
        node["sessions"]![0]!["participants"] = new JsonArray("196608011988031001", null);

        ShouldFail(node, "$.sessions[0].participants[1]", "must not be null");
    }

    [Theory]
    [InlineData("module", null, "module", "a teaching item names its module")]
    [InlineData("jp", null, "jp", "a teaching item lasts at least 1 JP; got nothing")]
    [InlineData("jp", "0", "jp", "a teaching item lasts at least 1 JP; got 0")]
    [InlineData("minutes", "90", "minutes", "a teaching item lasts its JP; give jp, not minutes")]
    [InlineData("instructors", "[null]", "instructors[0]", "must not be null")]
    public void Deserialize_WhenATeachingItemIsMalformed_NamesItsField(string property, string? value, string field, string reason)
    {
        var node = JsonNode.Parse(Json)!;
        node["sessions"]![1]!["days"]![0]!["items"]![2]![property] = value is null ? null : JsonNode.Parse(value);

        ShouldFail(node, $"$.sessions[1].days[0].items[2].{field}", reason);
    }

    [Fact]
    public void Deserialize_OfABlockOfOneMinute_KeepsIt()
    {
        var node = JsonNode.Parse(Json)!;
        var block = node["sessions"]![0]!["days"]![0]!["items"]![0]!;
        block["minutes"] = 1;

        var item = BimtekJson.DeserializeSchedule(node.ToJsonString(), null, Find).Sessions[0].Days[0].Items[0];

        item.Length.Should().Be(NodaTime.Duration.FromMinutes(1));
    }

    [Theory]
    [InlineData("minutes", null, ".minutes", "lasts at least 1 minute; got nothing")]
    [InlineData("minutes", "0", ".minutes", "lasts at least 1 minute; got 0")]
    [InlineData("module", "\"M1\"", "", "has no module or jp")]
    [InlineData("jp", "2", "", "has no module or jp")]
    public void Deserialize_WhenABlockIsMalformed_NamesIt(string property, string? value, string field, string reason)
    {
        var node = JsonNode.Parse(Json)!;
        var block = node["sessions"]![0]!["days"]![0]!["items"]![0]!;
        var kind = BimtekJson.DeserializeSchedule(Json, null, Find).Sessions[0].Days[0].Items[0].Kind;
        block[property] = value is null ? null : JsonNode.Parse(value);

        ShouldFail(node, $"$.sessions[0].days[0].items[0]{field}", $"a block of kind '{System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString())}' {reason}");
    }

    private static void ShouldFail(JsonNode node, string path, string reason)
    {
        var act = () => BimtekJson.DeserializeSchedule(node.ToJsonString(), "schedule.json", Find);

        var error = act.Should().Throw<BimtekJsonException>().Which;
        error.JsonPath.Should().Be(path);
        error.Reason.Should().Be(reason);
    }

    // The seed's six instructors, then two more: [6] with a module and an availability, [7] with neither.
    private static JsonNode WithInstructors()
    {
        var node = JsonNode.Parse(Json)!;
        var instructors = node["instructors"]!.AsArray();
        instructors.Count.Should().Be(6);
        instructors.Add(InstructorOne());
        instructors.Add(new JsonObject { ["id"] = "I-2", ["name"] = "Instruktur Dua" });
        return node;
    }

    private static JsonObject InstructorOne() => new()
    {
        ["id"] = "I-1",
        ["name"] = "Instruktur Satu",
        ["modules"] = new JsonArray("M1"),
        ["availability"] = new JsonArray(new JsonObject { ["start"] = "2020-06-01T00:00:00Z", ["end"] = "2020-12-31T00:00:00Z" }),
    };

    private static Programme? Find(string code) => code == NewNormal.Code ? NewNormal : null;
}

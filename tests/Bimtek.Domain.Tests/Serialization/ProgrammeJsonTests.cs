using System.Text.Json.Nodes;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;
using Bimtek.Domain.Testing;

namespace Bimtek.Domain.Tests.Serialization;

public class ProgrammeJsonTests
{
    private static readonly string SeedJson = BimtekJson.SerializeProgramme(EmbeddedProgrammes.Load(EmbeddedProgrammes.NewNormal2020));

    [Fact]
    public void RoundTrip_OfTheSeedProgramme_IsUnchanged()
    {
        var original = EmbeddedProgrammes.Load(EmbeddedProgrammes.NewNormal2020);

        var back = BimtekJson.DeserializeProgramme(BimtekJson.SerializeProgramme(original));

        back.Should().BeEquivalentTo(original);
        BimtekJson.SerializeProgramme(back).Should().Be(SeedJson);
    }

    [Fact]
    public void RoundTrip_KeepsStatusAndCancellationReason()
    {
        var programme = new ProgrammeBuilder().Build();
        programme.Cancel("Refocusing").Succeeded.Should().BeTrue();

        var back = BimtekJson.DeserializeProgramme(BimtekJson.SerializeProgramme(programme));

        back.Status.Should().Be(ProgrammeStatus.Cancelled);
        back.CancellationReason.Should().Be("Refocusing");
        back.Should().BeEquivalentTo(programme);
    }

    [Fact]
    public void Serialize_WritesTheDocumentedForm()
    {
        var json = JsonNode.Parse(SeedJson)!;

        json["deliveryMode"]!.GetValue<string>().Should().Be("virtual");
        json["phases"]![1]!["targetLevel"]!.GetValue<string>().Should().Be("regency");
        json["phases"]![1]!["delivery"]!.GetValue<string>().Should().Be("throughServingCentres");
        json["phases"]![1]!["start"]!.GetValue<string>().Should().Be("2020-06-01");
        json["phases"]![1]!["audience"]![0]!["position"]!.GetValue<string>().Should().Be("jptPratama");
        json["curriculum"]![0]!["jp"]!.GetValue<int>().Should().Be(2);
        json["completionPolicy"]!["requiredEvaluations"]![0]!.GetValue<string>().Should().Be("postTest");
    }

    // Each row: the value to replace, the bad raw JSON, the path the error must name.
    public static TheoryData<string, string, string> MalformedDocuments() => new()
    {
        { """$.fiscalYear""", "\"2020\"", "$.fiscalYear" },
        { """$.deliveryMode""", "\"online\"", "$.deliveryMode" },
        { """$.deliveryMode""", "1", "$.deliveryMode" },
        { """$.phases[1].start""", "\"2020-06-31\"", "$.phases[1].start" },
        { """$.phases[0].end""", "\"31/05/2020\"", "$.phases[0].end" },
        { """$.phases[0].targetLevel""", "\"kecamatan\"", "$.phases[0].targetLevel" },
        { """$.phases[1].audience[2].position""", "\"eselon2\"", "$.phases[1].audience[2].position" },
        { """$.curriculum[2].jp""", "-1", "$.curriculum[2].jp" },
        { """$.curriculum[2].jp""", "1.5", "$.curriculum[2].jp" },
        { """$.curriculum[0].title""", "null", "$.curriculum[0].title" },
        { """$.code""", "null", "$.code" },
        { """$.curriculum""", "{}", "$.curriculum" },
        { """$.phases[0].audience""", "null", "$.phases[0].audience" },
        { """$.sources[0]""", "null", "$.sources[0]" },
        { """$.completionPolicy.passMark""", "\"sixty\"", "$.completionPolicy.passMark" },
        { """$.status""", "\"archived\"", "$.status" },
    };

    [Theory]
    [MemberData(nameof(MalformedDocuments))]
    public void Deserialize_WhenAValueIsMalformed_NamesItsPath(string target, string badValue, string expectedPath)
    {
        var json = Replace(SeedJson, target, badValue);

        var act = () => BimtekJson.DeserializeProgramme(json, "programme.json");

        var error = act.Should().Throw<BimtekJsonException>().Which;
        error.JsonPath.Should().Be(expectedPath);
        error.Message.Should().StartWith($"programme.json: {expectedPath}: ");
        error.Reason.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("title", "$", "'title'")]
    [InlineData("phases[0].start", "$.phases[0]", "'start'")]
    [InlineData("curriculum[1].objectives[0].competencies", "$.curriculum[1].objectives[0]", "'competencies'")]
    public void Deserialize_WhenARequiredPropertyIsMissing_NamesIt(string property, string path, string name)
    {
        var json = Remove(SeedJson, property);

        var act = () => BimtekJson.DeserializeProgramme(json);

        var error = act.Should().Throw<BimtekJsonException>().Which;
        error.JsonPath.Should().Be(path);
        error.Reason.Should().Contain("missing required property").And.Contain(name);
    }

    [Fact]
    public void Deserialize_WhenAPropertyIsUnknown_NamesIt()
    {
        var node = JsonNode.Parse(SeedJson)!;
        node["phases"]![0]!["startDate"] = "2020-05-01";

        var act = () => BimtekJson.DeserializeProgramme(node.ToJsonString());

        act.Should().Throw<BimtekJsonException>().Which.Reason.Should().Contain("'startDate'");
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"code\": \"X\",")]
    [InlineData("{\"code\": \"X\" \"title\": \"Y\"}")]
    public void Deserialize_WhenNotAProgrammeObject_FailsClearly(string json)
    {
        var act = () => BimtekJson.DeserializeProgramme(json, "bad.json");

        act.Should().Throw<BimtekJsonException>().Which.Message.Should().StartWith("bad.json: $");
    }

    [Theory]
    [InlineData("$.deliveryMode", "\"Virtual\"", "$.deliveryMode")]
    [InlineData("$.curriculum[0].objectives[0].competencies", "null", "$.curriculum[0].objectives[0].competencies")]
    [InlineData("$.status", "\"cancelled\"", "$")]
    public void Deserialize_IsStrict(string target, string badValue, string path)
    {
        var act = () => BimtekJson.DeserializeProgramme(Replace(SeedJson, target, badValue));

        act.Should().Throw<BimtekJsonException>().Which.JsonPath.Should().Be(path);
    }

    [Fact]
    public void Deserialize_WhenAPropertyNameCaseDiffers_NamesIt()
    {
        var json = SeedJson.Replace("\"fiscalYear\"", "\"FiscalYear\"", StringComparison.Ordinal);

        var act = () => BimtekJson.DeserializeProgramme(json);

        act.Should().Throw<BimtekJsonException>().Which.Reason.Should().Contain("'FiscalYear'");
    }

#if NET9_0_OR_GREATER
    [Fact]
    public void Deserialize_WhenAPropertyRepeats_Fails()
    {
        var json = SeedJson.Replace("\"fiscalYear\": 2020,", "\"fiscalYear\": 2020, \"fiscalYear\": 2021,", StringComparison.Ordinal);

        var act = () => BimtekJson.DeserializeProgramme(json);

        act.Should().Throw<BimtekJsonException>();
    }
#endif

    [Fact]
    public void Deserialize_FromAStreamWithInvalidUtf8_Fails()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(SeedJson);
        var at = Array.IndexOf(bytes, (byte)'K'); // inside the programme code
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28; // an invalid two-byte sequence

        var act = () => BimtekJson.DeserializeProgramme(new MemoryStream(bytes), "broken.json");

        act.Should().Throw<BimtekJsonException>().Which.DocumentName.Should().Be("broken.json");
    }

    [Theory]
    [InlineData("$.phases[1].start", "\"3602041211870001\"")]
    [InlineData("$.deliveryMode", "\"3602041211870001\"")]
    public void Deserialize_WhenAFieldHoldsANik_DoesNotEchoIt(string target, string nik)
    {
        var act = () => BimtekJson.DeserializeProgramme(Replace(SeedJson, target, nik));

        act.Should().Throw<BimtekJsonException>().Which.Message.Should().NotContain("3602041211870001");
    }

    internal static string Replace(string json, string path, string rawValue)
    {
        var root = JsonNode.Parse(json)!;
        var (parent, key) = Locate(root, path.TrimStart('$').TrimStart('.'));
        var value = JsonNode.Parse(rawValue);
        if (key is int index)
        {
            parent.AsArray()[index] = value;
        }
        else
        {
            parent.AsObject()[(string)key] = value;
        }

        return root.ToJsonString();
    }

    internal static string Remove(string json, string path)
    {
        var root = JsonNode.Parse(json)!;
        var (parent, key) = Locate(root, path);
        parent.AsObject().Remove((string)key);
        return root.ToJsonString();
    }

    // "phases[1].audience[2].position" → the parent node and the last key (a name or an index).
    private static (JsonNode Parent, object Key) Locate(JsonNode root, string path)
    {
        var steps = new List<object>();
        foreach (var part in path.Split('.'))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            steps.Add(bracket < 0 ? part : part[..bracket]);
            if (bracket >= 0)
            {
                steps.AddRange(part[bracket..].Split('[', StringSplitOptions.RemoveEmptyEntries).Select(i => (object)int.Parse(i.TrimEnd(']'), System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        var node = root;
        foreach (var step in steps.SkipLast(1))
        {
            node = step is int i ? node[i]! : node[(string)step]!;
        }

        return (node, steps[^1]);
    }
}

using System.Text.Json.Nodes;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;

namespace Bimtek.Domain.Tests.Serialization;

// What a programme document maps to and the exact error each bad document gets (path and reason).
public class ProgrammeDocumentRuleTests
{
    private static readonly string SeedJson = BimtekJson.SerializeProgramme(EmbeddedProgrammes.Load(EmbeddedProgrammes.NewNormal2020));

    [Theory]
    [InlineData("$.code")]
    [InlineData("$.title")]
    [InlineData("$.organiser")]
    [InlineData("$.organiser.unit")]
    [InlineData("$.curriculum")]
    [InlineData("$.curriculum[1]")]
    [InlineData("$.curriculum[1].code")]
    [InlineData("$.curriculum[1].title")]
    [InlineData("$.curriculum[1].objectives")]
    [InlineData("$.curriculum[1].objectives[0]")]
    [InlineData("$.curriculum[1].objectives[0].code")]
    [InlineData("$.curriculum[1].objectives[0].description")]
    [InlineData("$.phases")]
    [InlineData("$.phases[1]")]
    [InlineData("$.phases[1].id")]
    [InlineData("$.phases[1].name")]
    [InlineData("$.phases[1].audience")]
    [InlineData("$.phases[1].audience[0]")]
    [InlineData("$.phases[1].audience[0].title")]
    [InlineData("$.completionPolicy.requiredEvaluations")]
    public void Deserialize_WhenARequiredValueIsNull_NamesItsPath(string path)
    {
        ShouldFail(ProgrammeJsonTests.Replace(SeedJson, path, "null"), path, "must not be null");
    }

    [Theory]
    [InlineData("$.sources")]
    [InlineData("$.assumptions")]
    public void Deserialize_WhenAListedTextIsNull_NamesIt(string list)
    {
        ShouldFail(ProgrammeJsonTests.Replace(SeedJson, list, "[\"ada\", null]"), $"{list}[1]", "must not be null");
    }

    [Fact]
    public void Deserialize_WhenAPhaseOpeningHasNoOfficial_NamesIt()
    {
        var node = JsonNode.Parse(SeedJson)!;
        var phase = node["phases"]![0]!;
        phase["opening"] = new JsonObject { ["date"] = phase["start"]!.GetValue<string>(), ["official"] = null };

        ShouldFail(node.ToJsonString(), "$.phases[0].opening.official", "must not be null");
    }

    [Fact]
    public void Deserialize_WhenTheTotalJpIsNegative_NamesIt()
    {
        ShouldFail(ProgrammeJsonTests.Replace(SeedJson, "$.totalJp", "-1"), "$.totalJp", "lesson hours (JP) are never negative; got -1");
    }

    [Fact]
    public void Deserialize_OfAZeroTotalJp_ReadsZero()
    {
        var programme = BimtekJson.DeserializeProgramme(ProgrammeJsonTests.Replace(SeedJson, "$.totalJp", "0"), "programme.json");

        programme.TotalJp.Value.Should().Be(0);
    }

    [Fact]
    public void RoundTrip_WithoutSourcesOrAssumptions_WritesNeither()
    {
        var json = ProgrammeJsonTests.Remove(ProgrammeJsonTests.Remove(SeedJson, "assumptions"), "sources");

        var programme = BimtekJson.DeserializeProgramme(json, "programme.json");

        programme.Sources.Should().BeEmpty();
        programme.Assumptions.Should().BeEmpty();
        var written = JsonNode.Parse(BimtekJson.SerializeProgramme(programme))!.AsObject();
        written.ContainsKey("sources").Should().BeFalse();
        written.ContainsKey("assumptions").Should().BeFalse();
    }

    private static void ShouldFail(string json, string path, string reason)
    {
        var act = () => BimtekJson.DeserializeProgramme(json, "programme.json");

        var error = act.Should().Throw<BimtekJsonException>().Which;
        error.JsonPath.Should().Be(path);
        error.Reason.Should().Be(reason);
    }
}

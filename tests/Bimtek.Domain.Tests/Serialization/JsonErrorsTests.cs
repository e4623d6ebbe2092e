using Bimtek.Domain.Programmes;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;

namespace Bimtek.Domain.Tests.Serialization;

/// <summary>System.Text.Json's errors, translated: each says what was expected at which path, in words.</summary>
public class JsonErrorsTests
{
    private static readonly Programme NewNormal = EmbeddedProgrammes.Load(EmbeddedProgrammes.NewNormal2020);
    private static readonly string ProgrammeJson = BimtekJson.SerializeProgramme(NewNormal);
    private static readonly string ScheduleJson = BimtekJson.SerializeSchedule(EmbeddedProgrammes.LoadAsRunSchedule(EmbeddedProgrammes.NewNormal2020));

    [Theory]
    [InlineData("$.title", "5", "expected a string")]
    [InlineData("$.sources[0]", "5", "expected a string")]
    [InlineData("$.fiscalYear", "\"2020\"", "expected a whole number")]
    [InlineData("$.curriculum[2].jp", "1.5", "expected a whole number")]
    [InlineData("$.completionPolicy.passMark", "\"sixty\"", "expected a number")]
    [InlineData("$.curriculum", "{}", "expected an array")]
    [InlineData("$.completionPolicy", "5", "expected an object")]
    [InlineData("$.code", "null", "must not be null")]
    [InlineData("$.curriculum[0].title", "null", "must not be null")]
    public void AProgrammeValueOfTheWrongKind_SaysWhatWasExpected(string path, string raw, string reason)
    {
        var error = RefuseProgramme(JsonEdit.Set(ProgrammeJson, path, raw));

        error.JsonPath.Should().Be(path);
        error.Reason.Should().Be(reason);
    }

    [Theory]
    [InlineData("$.phases[1].start", "5", "expected a date (yyyy-MM-dd)")]
    [InlineData("$.phases[1].start", "\"2020-06-31\"", "expected an ISO value (a date such as 2020-06-15, a time such as 07:30); ")]
    public void ADateOfTheWrongKind_SaysWhatWasExpected(string path, string raw, string reason)
    {
        var error = RefuseProgramme(JsonEdit.Set(ProgrammeJson, path, raw));

        error.JsonPath.Should().Be(path);
        error.Reason.Should().StartWith(reason);
    }

    [Theory]
    [InlineData("$.sessions[0].days[0].items[2].jp", "\"two\"", "expected a whole number")]
    [InlineData("$.sessions[0].days[0].items[0].minutes", "true", "expected a whole number")]
    [InlineData("$.sessions[0].seatLimit", "\"thirty\"", "expected a whole number")]
    [InlineData("$.sessions[0].days", "5", "expected an array")]
    [InlineData("$.sessions[0].provenance", "[]", "expected an object")]
    [InlineData("$.sessions[0].days[0]", "[]", "expected an object")]
    public void AScheduleValueOfTheWrongKind_SaysWhatWasExpected(string path, string raw, string reason)
    {
        var error = RefuseSchedule(JsonEdit.Set(ScheduleJson, path, raw));

        error.JsonPath.Should().Be(path);
        error.Reason.Should().Be(reason);
    }

    [Fact]
    public void AMissingRequiredProperty_IsNamed()
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(ProgrammeJson)!.AsObject();
        node.Remove("title");

        var error = RefuseProgramme(node.ToJsonString());

        error.JsonPath.Should().Be("$");
        error.Reason.Should().Be("missing required property 'title'");
    }

    [Fact]
    public void AnUnknownProperty_IsNamedWithAHint()
    {
        var json = ProgrammeJson.Replace("\"fiscalYear\":", "\"year\": 2020, \"fiscalYear\":", StringComparison.Ordinal);

        var error = RefuseProgramme(json);

        error.Reason.Should().Be("unknown property 'year' (check its spelling against the documented form)");
    }

    [Fact]
    public void ANullDocument_ExpectsAnObject()
    {
        var error = RefuseProgramme("null");

        error.JsonPath.Should().Be("$");
        error.Reason.Should().Be("expected an object, got null");
    }

    [Fact]
    public void ASyntaxError_KeepsTheParsersWords_WithoutItsPositionSuffix_AndNamesTheLine()
    {
        var error = RefuseProgramme("{\n  \"code\": \"X\",\n  \"title\": \"Y\" \"fiscalYear\": 2020\n}", "bad.json");

        error.DocumentName.Should().Be("bad.json");
        error.Reason.Should().EndWith(" (line 3)");
        error.Reason.Should().NotContain("Path:").And.NotContain("LineNumber").And.NotContain("BytePosition");
        error.Reason.Should().StartWith("'\"' is invalid after a value");
    }

    private static BimtekJsonException RefuseProgramme(string json, string? source = null)
    {
        var act = () => BimtekJson.DeserializeProgramme(json, source);
        return act.Should().Throw<BimtekJsonException>().Which;
    }

    private static BimtekJsonException RefuseSchedule(string json)
    {
        var act = () => BimtekJson.DeserializeSchedule(json, null, code => code == NewNormal.Code ? NewNormal : null);
        return act.Should().Throw<BimtekJsonException>().Which;
    }
}

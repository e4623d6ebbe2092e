using System.Text.Json;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;
using NodaTime;

namespace Bimtek.Domain.Tests.Serialization;

/// <summary>The value converters of the JSON form: what a good value reads as and writes back, and the exact error for a bad one.</summary>
public class JsonConvertersTests
{
    private const string Item = "$.sessions[0].days[0].items[2]";
    private static readonly Programme NewNormal = EmbeddedProgrammes.Load(EmbeddedProgrammes.NewNormal2020);
    private static readonly string Json = BimtekJson.SerializeSchedule(EmbeddedProgrammes.LoadAsRunSchedule(EmbeddedProgrammes.NewNormal2020));

    [Theory]
    [InlineData("\"8:00\"", "got '8:00'")]
    [InlineData("\"25:00\"", "got '25:00'")]
    [InlineData("\"\"", "got ''")]
    [InlineData("900", "got a number")]
    [InlineData("true", "got a true")]
    public void Time_WhenNotATimeOfDay_IsRefusedWithWhatItGot(string raw, string got)
    {
        var error = Refuse(Item + ".start", raw);

        error.JsonPath.Should().Be(Item + ".start");
        error.Reason.Should().StartWith("expected a time of day such as \"08:00\"; " + got + " (line ");
    }

    [Theory]
    [InlineData("\"09:00\"")]
    [InlineData("\"09:00:00\"")]
    public void Time_ReadsHoursAndMinutesWithOrWithoutSeconds(string raw)
    {
        var schedule = Read(Item + ".start", raw);

        schedule.Sessions[0].Days[0].Items[2].Start.Should().Be(new LocalTime(9, 0));
    }

    [Fact]
    public void Time_WritesHoursAndMinutes_AndSecondsOnlyWhenThereAreAny()
    {
        JsonSerializer.Serialize(new LocalTime(8, 0), BimtekJson.Options).Should().Be("\"08:00\"");
        JsonSerializer.Serialize(new LocalTime(8, 0, 30), BimtekJson.Options).Should().Be("\"08:00:30\"");
        JsonSerializer.Serialize(new LocalTime(8, 0).PlusMilliseconds(250), BimtekJson.Options).Should().Be("\"08:00:00.25\"");
        JsonSerializer.Deserialize<LocalTime>("\"08:00:30\"", BimtekJson.Options).Should().Be(new LocalTime(8, 0, 30));
    }

    [Theory]
    [InlineData("5", "got a number")]
    [InlineData("\"B\"", "got 'B'")]
    [InlineData("\"3602041211870001\"", "got a 16-character value")]
    public void CentreCode_WhenNotACentreCode_IsRefusedWithWhatItGot(string raw, string got)
    {
        var error = Refuse("$.sessions[0].centre", raw);

        error.JsonPath.Should().Be("$.sessions[0].centre");
        error.Reason.Should().StartWith("expected a centre code such as \"BDI-YOG\"; " + got + " (line ");
    }

    [Fact]
    public void RegionCode_WhenNotAString_IsRefusedWithItsKind()
    {
        var error = Refuse("$.sessions[0].regions[3]", "51");

        error.JsonPath.Should().Be("$.sessions[0].regions[3]");
        error.Reason.Should().StartWith("expected a region code string such as \"32\" or \"32.73\"; got a number (line ");
    }

    [Fact]
    public void RegionCode_WhenMalformed_SaysWhy()
    {
        var error = Refuse("$.sessions[0].regions[3]", "\"51.0\"");

        error.JsonPath.Should().Be("$.sessions[0].regions[3]");
        error.Reason.Should().MatchRegex(@"^not a region code: \S.* \(line \d+\)$");
    }

    [Theory]
    [InlineData("\"Teaching\"", "got 'Teaching'")]
    [InlineData("\"TEACHING\"", "got 'TEACHING'")]
    [InlineData("1", "got a number")]
    [InlineData("null", "got a null")]
    public void Enum_WhenNotACamelCaseName_IsRefusedWithTheAllowedNames(string raw, string got)
    {
        var error = Refuse(Item + ".kind", raw);

        error.JsonPath.Should().Be(Item + ".kind");
        error.Reason.Should().MatchRegex(@"^expected one of [a-z]\w*(, [a-z]\w*)+; " + System.Text.RegularExpressions.Regex.Escape(got) + @" \(line \d+\)$");
        error.Reason.Should().MatchRegex(@"[ ,]teaching[,;]");
    }

    [Fact]
    public void Enum_QuotesAtMostFortyCharactersOfAWrongName()
    {
        var forty = new string('x', 40);

        Refuse(Item + ".kind", $"\"{forty}\"").Reason.Should().Contain($"; got '{forty}' (line ");
        Refuse(Item + ".kind", $"\"{forty}y\"").Reason.Should().Contain($"; got '{forty}…' (line ");
    }

    [Fact]
    public void Enum_WritingAnUndefinedValue_IsMisuse()
    {
        var act = () => JsonSerializer.Serialize((SessionMode)99, BimtekJson.Options);

        act.Should().Throw<JsonException>().WithMessage("SessionMode value 99 has no name.*");
    }

    private static BimtekJsonException Refuse(string path, string raw)
    {
        var act = () => Read(path, raw);
        return act.Should().Throw<BimtekJsonException>().Which;
    }

    private static Schedule Read(string path, string raw) =>
        BimtekJson.DeserializeSchedule(JsonEdit.Set(Json, path, raw), "schedule.json", code => code == NewNormal.Code ? NewNormal : null);
}

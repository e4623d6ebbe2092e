using System.Text;
using System.Text.Json;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;
using NodaTime;

namespace Bimtek.Domain.Tests.Serialization;

/// <summary>The reader's options and limits: strict syntax, text values within the limit, arguments checked by name.</summary>
public class BimtekJsonLimitsTests
{
    private static readonly Programme NewNormal = EmbeddedProgrammes.Load(EmbeddedProgrammes.NewNormal2020);
    private static readonly string ProgrammeJson = BimtekJson.SerializeProgramme(NewNormal);
    private static readonly string ScheduleJson = BimtekJson.SerializeSchedule(EmbeddedProgrammes.LoadAsRunSchedule(EmbeddedProgrammes.NewNormal2020));

    [Fact]
    public void Comments_AreSkipped()
    {
        var json = "// programme\n" + ProgrammeJson.Replace("\"fiscalYear\":", "/* year */ \"fiscalYear\":", StringComparison.Ordinal);

        BimtekJson.DeserializeProgramme(json).Should().BeEquivalentTo(NewNormal);
    }

    [Fact]
    public void TrailingCommas_AreRefused()
    {
        var json = ProgrammeJson.TrimEnd().TrimEnd('}').TrimEnd() + ",\n}";

        var act = () => BimtekJson.DeserializeProgramme(json);

        act.Should().Throw<BimtekJsonException>().Which.Reason.Should().MatchRegex(@"\(line \d+\)$");
    }

    [Theory]
    [InlineData(0, 1, 1, 1, "maxJsonBytes")]
    [InlineData(1, 0, 1, 1, "maxCsvBytes")]
    [InlineData(1, 1, 0, 1, "maxCsvLineLength")]
    [InlineData(1, 1, 1, 0, "maxTextLength")]
    public void ReadLimits_MustBePositive_NamedByParameter(long json, long csv, int line, int text, string name)
    {
        var act = () => new ReadLimits(json, csv, line, text);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(name);
    }

    [Fact]
    public void ReadLimits_OfOne_AreAccepted()
    {
        var limits = new ReadLimits(1, 1, 1, 1);

        limits.MaxTextLength.Should().Be(1);
    }

    [Fact]
    public void ReadProgramme_AppliesACustomTextLimit()
    {
        var title = new string('t', 401);
        var json = JsonEdit.Set(ProgrammeJson, "$.title", $"\"{title}\"");

        var act = () => BimtekJson.ReadProgramme(Utf8(json), "p.json", new ReadLimits(maxTextLength: 400));

        var error = act.Should().Throw<BimtekJsonException>().Which;
        error.JsonPath.Should().Be("$.title");
        error.Reason.Should().StartWith("a text of 401 characters longer than the limit of 400 characters");
        BimtekJson.ReadProgramme(Utf8(json), "p.json", ReadLimits.Default).Title.Should().Be(title);
        BimtekJson.ReadProgramme(Utf8(json), "p.json", new ReadLimits(maxTextLength: 401)).Title.Should().Be(title);
    }

    [Fact]
    public void ReadSchedule_AppliesACustomTextLimit_AndTheDefaultWhenNone()
    {
        var json = JsonEdit.Set(ScheduleJson, "$.sessions[0].days[0].items[2].start", "\"09:00:00\"");

        var act = () => BimtekJson.ReadSchedule(Utf8(json), "s.json", Find, null, new ReadLimits(maxTextLength: 6));

        act.Should().Throw<BimtekJsonException>().Which.Reason.Should().Contain("longer than the limit of 6 characters");
        BimtekJson.ReadSchedule(Utf8(json), "s.json", Find, null, null).Sessions.Should().NotBeEmpty();
    }

    [Fact]
    public void ReadSchedule_WhenTheDocumentIsOverItsLimit_IsRefusedAtTheRoot()
    {
        var act = () => BimtekJson.ReadSchedule(Utf8(ScheduleJson), "s.json", Find, null, new ReadLimits(maxJsonBytes: 10));

        act.Should().Throw<BimtekJsonException>().Which.JsonPath.Should().Be("$");
    }

    [Fact]
    public void ReadSchedule_UsesTheGivenLessonLength()
    {
        var standard = BimtekJson.ReadSchedule(Utf8(ScheduleJson), null, Find, null, null);
        var hourLong = BimtekJson.ReadSchedule(Utf8(ScheduleJson), null, Find, Duration.FromMinutes(60), null);

        standard.Sessions[1].Days[0].Items[2].End.Should().Be(new LocalTime(10, 30));
        hourLong.Sessions[1].Days[0].Items[2].End.Should().Be(new LocalTime(11, 0));
    }

    [Fact]
    public void TextLimit_IsInclusive()
    {
        Text(5, "\"abcde\"").Should().Be("abcde");
        var act = () => Text(5, "\"abcdef\"");
        act.Should().Throw<JsonException>().WithMessage("a text of 6 characters longer than the limit of 5 characters");
    }

    [Fact]
    public void TextLimit_CountsDecodedCharacters_NotEscapes()
    {
        Text(5, "\"\\u0041\\u0042\\u0043\\u0044\\u0045\"").Should().Be("ABCDE");
    }

    [Fact]
    public void TextLimit_RefusesAFarLongerValueBeforeDecodingIt_WithoutItsLength()
    {
        var act = () => Text(5, "\"" + new string('a', 31) + "\"");

        act.Should().Throw<JsonException>().WithMessage("a text longer than the limit of 5 characters");
    }

    [Fact]
    public void TextLimit_RefusesANonString()
    {
        var act = () => Text(5, "5");

        act.Should().Throw<JsonException>().WithMessage("The JSON value could not be converted to System.String.*");
    }

    [Fact]
    public void NullArguments_AreNamed()
    {
        Param(() => BimtekJson.SerializeProgramme(null!)).Should().Be("programme");
        Param(() => BimtekJson.SerializeSchedule(null!)).Should().Be("schedule");
        Param(() => BimtekJson.DeserializeProgramme((string)null!, null)).Should().Be("json");
        Param(() => BimtekJson.ReadProgramme(null!, null, ReadLimits.Default)).Should().Be("utf8Json");
        Param(() => BimtekJson.ReadProgramme(Utf8(ProgrammeJson), null, null!)).Should().Be("limits");
        Param(() => BimtekJson.ReadSchedule(null!, null, Find, null, null)).Should().Be("utf8Json");
        Param(() => BimtekJson.ReadSchedule(Utf8(ScheduleJson), null, null!, null, null)).Should().Be("findProgramme");
        Param(() => BimtekJson.DeserializeSchedule(null!, null, Find)).Should().Be("json");
        Param(() => BimtekJson.DeserializeSchedule(ScheduleJson, null, null!)).Should().Be("findProgramme");
    }

    private static string? Param(Action act) => act.Should().Throw<ArgumentNullException>().Which.ParamName;

    private static readonly JsonSerializerOptions LimitOfFive = new() { Converters = { new TextLengthConverter(5) } };

    private static string? Text(int limit, string json)
    {
        limit.Should().Be(5);
        return JsonSerializer.Deserialize<string>(json, LimitOfFive);
    }

    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));

    private static Programme? Find(string code) => code == NewNormal.Code ? NewNormal : null;
}

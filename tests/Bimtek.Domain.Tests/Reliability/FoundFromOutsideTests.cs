using System.Text;
using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Serialization;
using Bimtek.Domain.Testing;
using Bimtek.Domain.Tests.Planning;
using Bimtek.Domain.Tests.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Tests.Reliability;

/// <summary>Each crash found by attacking the package from outside (issue 17), as the rule that now holds.</summary>
public class FoundFromOutsideTests
{
    private static readonly ProgrammeValidator Programmes = new();

    private static Phase WithAudience(params int[] perRegion) => ProgrammeBuilder.Phase(
        "p1",
        new LocalDate(2020, 5, 1),
        new LocalDate(2020, 5, 31),
        audience: perRegion.Select((n, i) => new AudienceMember(PositionKind.Administrator, "Kepala " + i, n)));

    [Fact]
    public void Validate_WhenModulesAddUpPastInt32_ReportsCurriculumJpMismatchWithTheWholeSum()
    {
        var programme = new ProgrammeBuilder().WithCurriculum(ProgrammeBuilder.Module("M1", int.MaxValue), ProgrammeBuilder.Module("M2", 2)).Build();

        var failure = Programmes.Validate(programme).Errors.Should().ContainSingle(e => e.ErrorCode == ProgrammeRuleCodes.CurriculumJpMismatch).Subject;

        ((RuleViolation)failure.CustomState).Details.Should().Contain("Sum", (long)int.MaxValue + 2);
    }

    [Theory]
    [InlineData(int.MaxValue, int.MaxValue, int.MaxValue)]
    [InlineData(int.MinValue, -1, int.MinValue)]
    [InlineData(3, 4, 7)]
    public void ParticipantsPerRegion_AddsAnyAudienceWithoutOverflow_HeldToTheInt32Range(int first, int second, int expected)
    {
        WithAudience(first, second).ParticipantsPerRegion.Should().Be(expected);
    }

    [Fact]
    public void Plan_WhenTheProgrammeBreaksARule_RefusesNamingTheCodeAndPath()
    {
        var programme = new ProgrammeBuilder().WithPhases(WithAudience(-1)).Build();

        var act = () => PlannerReference.Planner.Plan(new PlanningRequest(programme, "p1", 500));

        act.Should().Throw<ArgumentException>()
            .Which.Message.Should().Contain(ProgrammeRuleCodes.AudienceCountNotPositive).And.Contain("Phases[0].Audience[0].PerRegion");
    }

    [Fact]
    public void Plan_WhenARegionSendsInt32MaxParticipants_ReportsItLargerThanAClassInsteadOfOverflowing()
    {
        var programme = new ProgrammeBuilder().WithPhases(WithAudience(int.MaxValue)).Build();

        var plan = PlannerReference.Planner.Plan(new PlanningRequest(programme, "p1", PlanningRequest.MaxClassCapacity));

        plan.Shortfalls.Should().NotBeEmpty().And.OnlyContain(v => v.Rule.Code == PlanningRuleCodes.RegionLargerThanClass);
    }

    [Fact]
    public void PlanningRequest_WhenTheCapacityIsOverTheLimit_Throws()
    {
        var programme = new ProgrammeBuilder().Build();

        var act = () => new PlanningRequest(programme, "p1", PlanningRequest.MaxClassCapacity + 1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("-0")]
    [InlineData("-0.00")]
    public void Score_WrittenAsNegativeZero_IsZeroAndGivesAGain(string written)
    {
        Score.TryParse(written.TrimStart('-'), out _).Should().BeTrue();
        var negativeZero = decimal.Parse(written, System.Globalization.CultureInfo.InvariantCulture);

        var score = Score.Create(negativeZero);

        score.Value.Should().Be(0m);
        LearningGain.Compute(score, Score.Create(50)).Value.Should().Be(0.5m);
        LearningGain.Compute(negativeZero, 50m, 100m).Value.Should().Be(0.5m);
        Percentage.Create(negativeZero).Value.Should().Be(0m);
    }

    public static TheoryData<LocalDate> CalendarEnds => new() { LocalDate.MinIsoValue, new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31), LocalDate.MaxIsoValue };

    [Theory]
    [MemberData(nameof(CalendarEnds))]
    public void Validate_WhenASessionIsDatedAtAnEndOfTheCalendar_ReportsItOutsideThePhaseInsteadOfOverflowing(LocalDate date)
    {
        var session = new SessionBuilder().WithDays(SessionBuilder.Day(date, SessionBuilder.Teach("M1", 22, 0, 2, "W1")));

        var result = ScheduleBuilder.Validator.Validate(new ScheduleBuilder().WithSessions(session).Build());

        result.Errors.Should().Contain(e => e.ErrorCode == ScheduleRuleCodes.OutsidePhaseWindow);
    }

    [Fact]
    public void Validate_WhenTenThousandSessionsBookOneInstructorAtOneInstant_ReportsOneGroup()
    {
        var sessions = Enumerable.Range(0, 10_000)
            .Select(i => new SessionBuilder().WithId($"S{i:D5}").WithAgenda(SessionBuilder.Teach("M1", 9, 0, 2, "W1")).Build())
            .ToArray();

        var result = ScheduleBuilder.Validator.Validate(new ScheduleBuilder().WithSessions(sessions).Build());

        var failure = result.Errors.Should().ContainSingle(e => e.ErrorCode == ScheduleRuleCodes.InstructorDoubleBooked).Subject;
        failure.Details().Should().Contain("Instructor", "W1").And.Contain("Count", 10_000);
        ((string)failure.Details()["Sessions"]!).Split(", ").Should().HaveCount(21, "20 session ids, then an ellipsis");
        result.Errors.Count(e => e.ErrorCode == ScheduleRuleCodes.PlatformRoomsExceeded).Should().Be(1);
    }

    [Fact]
    public void Validate_WhenTwoSeparateClashesBookOneInstructor_ReportsEachGroupOnce()
    {
        var morning = new SessionBuilder().WithId("A").WithAgenda(SessionBuilder.Teach("M1", 9, 0, 2, "W1"));
        var alsoMorning = new SessionBuilder().WithId("B").WithAgenda(SessionBuilder.Teach("M1", 9, 0, 2, "W1"));
        var afternoon = new SessionBuilder().WithId("C").WithAgenda(SessionBuilder.Teach("M1", 13, 0, 2, "W1"));
        var alsoAfternoon = new SessionBuilder().WithId("D").WithAgenda(SessionBuilder.Teach("M1", 13, 0, 2, "W1"));

        var result = ScheduleBuilder.Validator.Validate(new ScheduleBuilder().WithSessions(morning, alsoMorning, afternoon, alsoAfternoon).WithPlatformRooms("BDI-YOG", 4).Build());

        result.Errors.Where(e => e.ErrorCode == ScheduleRuleCodes.InstructorDoubleBooked).Select(e => e.Details()["Sessions"])
            .Should().BeEquivalentTo(["A, B", "C, D"]);
    }

    [Fact]
    public void DeserializeSchedule_WhenPlatformCapacityOrReassignmentsHoldNull_NamesThePath()
    {
        foreach (var (key, value) in new[] { ("platformCapacity", "[null]"), ("reassignments", "[null]") })
        {
            var json = $$"""{ "programme": "KEMENPERIN-2020-NEW-NORMAL", "sessions": [], "{{key}}": {{value}} }""";

            var act = () => BimtekJson.DeserializeSchedule(json, "s.json", Bimtek.Domain.Seeds.EmbeddedProgrammes.Load);

            act.Should().Throw<BimtekJsonException>().Which.JsonPath.Should().Be($"$.{key}[0]");
        }
    }

    [Fact]
    public void ReadJson_WhenResultsHoldInvalidUtf8_RefusesNamingTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes("[\n{\"nip\": \"x\"},\n{\"session\": \"").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"}]")).ToArray();

        var act = () => ResultsFile.ReadJson(new MemoryStream(bytes), "r.json");

        act.Should().Throw<BimtekJsonException>().Which.Reason.Should().Contain("line 3").And.Contain("UTF-8");
    }

    [Fact]
    public void ReadJson_WhenTheRootIsAnObject_NamesThePathAndLine()
    {
        var act = () => ResultsFile.ReadJson(new MemoryStream("{}"u8.ToArray()), "r.json");

        act.Should().Throw<BimtekJsonException>().Which.Message.Should().Contain("r.json: $: line 1");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE }, "UTF-16")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "UTF-16")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0, 0 }, "UTF-32")]
    [InlineData(new byte[] { 0x7B, 0xFF, 0x7D }, "not valid UTF-8")]
    public void EveryReader_RefusesAnotherEncodingAlike(byte[] bytes, string reason)
    {
        var schedule = () => BimtekJson.ReadSchedule(new MemoryStream(bytes), "s.json", _ => null, null, null);
        var programme = () => BimtekJson.DeserializeProgramme(new MemoryStream(bytes), "p.json");
        var results = () => ResultsFile.ReadJson(new MemoryStream(bytes), "r.json");
        var csv = () => new Utf8CsvReader(new MemoryStream(bytes), "log.csv").ReadToEnd();

        schedule.Should().Throw<BimtekJsonException>().Which.Reason.Should().Contain(reason);
        programme.Should().Throw<BimtekJsonException>().Which.Reason.Should().Contain(reason);
        results.Should().Throw<BimtekJsonException>().Which.Reason.Should().Contain(reason);
        csv.Should().Throw<BimtekCsvException>().Which.Reason.Should().Contain(reason);
    }

    [Fact]
    public void EveryJsonReader_SkipsAUtf8ByteOrderMark()
    {
        var json = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("[]"u8.ToArray()).ToArray();

        ResultsFile.ReadJson(new MemoryStream(json), "r.json").Should().BeEmpty();
        new Utf8CsvReader(new MemoryStream([0xEF, 0xBB, 0xBF, (byte)'a']), "log.csv").ReadToEnd().Should().Be("a");
    }

    [Fact]
    public void DeserializeProgramme_WhenATextIsOverTheLimit_NamesThePathAndTheLimit()
    {
        var json = BimtekJson.SerializeProgramme(new ProgrammeBuilder().Build()).Replace("\"TEST-2020\"", $"\"{new string('X', 5_000)}\"", StringComparison.Ordinal);

        var act = () => BimtekJson.DeserializeProgramme(json, "p.json");

        var error = act.Should().Throw<BimtekJsonException>().Which;
        error.JsonPath.Should().Be("$.code");
        error.Reason.Should().Contain("4,096");
    }

    [Fact]
    public void ReadProgramme_WhenTheDocumentIsOverTheLimit_RefusesNamingTheLimit()
    {
        var json = Encoding.UTF8.GetBytes(BimtekJson.SerializeProgramme(new ProgrammeBuilder().Build()));

        var act = () => BimtekJson.ReadProgramme(new MemoryStream(json), "p.json", new ReadLimits(maxJsonBytes: 100));

        act.Should().Throw<BimtekJsonException>().Which.Reason.Should().Contain("limit of 100 bytes");
    }

    [Fact]
    public void DeserializeProgramme_WhenNestedDeeperThanTheCap_RefusesWithAPath()
    {
        var json = "{\"code\":" + new string('[', 100) + new string(']', 100) + "}";

        var act = () => BimtekJson.DeserializeProgramme(json, "p.json");

        act.Should().Throw<BimtekJsonException>();
    }

    [Fact]
    public void Utf8CsvReader_WhenALineIsOverTheLimit_RefusesNamingTheLine()
    {
        var text = "nip,session,join,leave\n" + new string('x', 2_000) + "\n";

        var act = () => new Utf8CsvReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), "log.csv", new ReadLimits(maxCsvLineLength: 1_000)).ReadToEnd();

        var error = act.Should().Throw<BimtekCsvException>().Which;
        error.Line.Should().Be(2);
        error.Reason.Should().Contain("1,000 characters");
    }

    [Fact]
    public void Utf8CsvReader_WhenTheFileIsOverTheLimit_RefusesBeforeReading()
    {
        var act = () => new Utf8CsvReader(new MemoryStream(new byte[2_000]), "log.csv", new ReadLimits(maxCsvBytes: 1_000));

        act.Should().Throw<BimtekCsvException>().Which.Reason.Should().Contain("limit of 1,000 bytes");
    }

    [Fact]
    public void ReadCsv_WhenAnUnbalancedQuoteSwallowsLines_RejectsTheRowSayingHowManyLines()
    {
        var rows = ResultsFile.ReadCsv(["nip", "session", "region"], [new CsvRecord(2, ["x", "S1\n3\n4\n5", "34.01"])], "r.csv");

        rows.Should().ContainSingle().Which.Malformed!.English.Should().Contain("next 3 line(s)");
        var log = AttendanceLogFile.ReadCsv(["nip", "session", "join", "leave"], [new CsvRecord(2, ["x", "S1\r\n3", "j", "l"])], "log.csv");
        log.Rejected.Should().ContainSingle();
    }

    [Fact]
    public void Plan_WhenTheCurriculumCannotFitTheWindow_ReportsItOnceAndPlansNothing()
    {
        var programme = new ProgrammeBuilder().WithCurriculum(ProgrammeBuilder.Module("M1", 5_256_000)).WithTotalJp(5_256_000).Build();

        var plan = PlannerReference.Planner.Plan(new PlanningRequest(programme, "p1", 500));

        plan.Shortfalls.Should().ContainSingle(v => v.Rule.Code == PlanningRuleCodes.CurriculumLongerThanWindow)
            .Which.Details.Should().Contain("Jp", 5_256_000L);
        plan.Schedule.Sessions.Should().BeEmpty();
        plan.IsComplete.Should().BeFalse();
    }
}

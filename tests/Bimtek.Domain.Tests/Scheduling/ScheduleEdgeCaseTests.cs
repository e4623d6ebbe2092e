using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;
using Bimtek.Domain.Testing;
using FluentValidation.TestHelper;
using NodaTime;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;
using static Bimtek.Domain.Testing.ScheduleBuilder;
using static Bimtek.Domain.Testing.SessionBuilder;

namespace Bimtek.Domain.Tests.Scheduling;

/// <summary>Edge cases a review found: each pins the behaviour that was missing.</summary>
public class ScheduleEdgeCaseTests
{
    private static TestValidationResult<Schedule> Validate(SessionBuilder session) =>
        Validator.TestValidate(new ScheduleBuilder().WithSessions(session).CoveringTheRest().Build());

    [Fact]
    public void Validate_WhenAHybridClassStatesOnlyItsSeats_ChecksThem()
    {
        var result = Validate(new SessionBuilder().Hybrid("BDI Yogyakarta", "Aula", capacity: null, seats: 3));

        result.ShouldHaveValidationErrorFor("Sessions[0]").WithErrorCode(ClassOverCapacity);
    }

    [Fact]
    public void Validate_WhenAParticipantIsListedTwice_CountsThemOnce()
    {
        var result = Validate(new SessionBuilder().WithParticipants(1, 1, 2).WithSeatLimit(2));

        result.ShouldNotHaveValidationErrorFor("Sessions[0]");
    }

    [Fact]
    public void Validate_WhenAFridayItemRunsThroughThePrayerBreakAndPastHours_ReportsBoth()
    {
        var friday = new LocalDate(2020, 6, 12);
        var result = Validate(new SessionBuilder().On(friday).WithAgenda(
            Block(AgendaItemKind.PreTest, 8, 0, 30),
            Teach("M1", 8, 30, 2, "W1"),
            Teach("M2", 11, 0, 9, "W2"),
            Block(AgendaItemKind.PostTest, 17, 45, 15)));

        result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[2]").WithErrorCode(FridayPrayerBreak);
        result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[2]").WithErrorCode(OutsideWorkingHours);
    }

    [Fact]
    public void Validate_WhenTheScheduleHasNoSession_ReportsEveryPhaseUncovered()
    {
        var result = Validator.TestValidate(new Schedule(new ProgrammeBuilder().Build(), []));

        result.Errors.Where(e => e.ErrorCode == RegionNotCovered).Select(e => e.GetDetails()["Phase"])
            .Should().BeEquivalentTo(["p1", "p2"]);
    }

    [Fact]
    public void Schedule_WhenAnInstructorIsListedTwice_IsMisuse()
    {
        var act = () => new Schedule(new ProgrammeBuilder().Build(), [], [new Instructor("W1", "A"), new Instructor("W1", "B")]);

        act.Should().Throw<ArgumentException>().WithParameterName("instructors");
    }

    [Fact]
    public void PlatformCapacity_BelowOneRoom_IsMisuse()
    {
        var act = () => new PlatformCapacity(Reference.Centre("BDI-YOG"), 0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("\"id\": \"kapusdiklat\"", "\"id\": \" \"", "$.instructors[0]")]
    [InlineData("\"id\": \"BDI-DPS-2020-06\"", "\"id\": \"\"", "$.sessions[0]")]
    public void DeserializeSchedule_WhenTheDomainRefusesAValue_NamesItsPath(string original, string replacement, string path)
    {
        var programme = EmbeddedProgrammes.Load(EmbeddedProgrammes.NewNormal2020);
        var json = BimtekJson.SerializeSchedule(EmbeddedProgrammes.LoadAsRunSchedule(EmbeddedProgrammes.NewNormal2020))
            .Replace(original, replacement, StringComparison.Ordinal);

        var act = () => BimtekJson.DeserializeSchedule(json, "s.json", _ => programme);

        act.Should().Throw<BimtekJsonException>().Which.JsonPath.Should().Be(path);
    }
}

using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using FluentValidation.TestHelper;
using NodaTime;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;
using static Bimtek.Domain.Testing.CalendarReference;
using static Bimtek.Domain.Testing.ScheduleBuilder;
using static Bimtek.Domain.Testing.SessionBuilder;

namespace Bimtek.Domain.Tests.Scheduling;

/// <summary>Rules across sessions, compared as instants: instructors (6, and 4 for their JP a day), platform rooms and
/// rooms (7), participants and regions (8).</summary>
public class ConflictRuleTests
{
    private static readonly LocalDate Tuesday = new(2020, 6, 9);

    // S2 at BDI Makassar (WITA, UTC+8) for Kabupaten Kepulauan Selayar, with W1 teaching M1 and W3 teaching M2.
    private static SessionBuilder Makassar(params AgendaItem[] agenda) =>
        new SessionBuilder().WithId("S2").At("BDI-MKS").WithRegions("73.01").WithAgenda(agenda.Length == 0 ? StandardAgenda("W1", "W3") : agenda);

    // S2 at BDI Yogyakarta for Kabupaten Cilacap (Jawa Tengah), taught by W3 and W4.
    private static SessionBuilder CentralJava() =>
        new SessionBuilder().WithId("S2").WithRegions("33.01").WithAgenda(StandardAgenda("W3", "W4"));

    // S2 at BDI Jakarta for Kabupaten Bogor (Jawa Barat), taught by W3 and W4.
    private static SessionBuilder WestJava() =>
        new SessionBuilder().WithId("S2").At("BDI-JKT").WithRegions("32.01").WithAgenda(StandardAgenda("W3", "W4"));

    private static TestValidationResult<Schedule> Validate(ScheduleBuilder schedule) => Validator.TestValidate(schedule.CoveringTheRest().Build());

    [Fact]
    public void Validate_WhenInstructorTeachesAtOnceInWibAndWita_ReportsInstructorDoubleBookedOnceNamingBothSessions()
    {
        // S1's M1 is 09:00–10:30 WIB; S2's M1 is 09:00–10:30 WITA, i.e. 08:00–09:30 WIB: the same hour in two zones.
        var result = Validate(new ScheduleBuilder().WithSessions(new SessionBuilder(), Makassar()));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[2]").WithErrorCode(InstructorDoubleBooked).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Instructor", "W1")
            .And.Contain("Session", "S1")
            .And.Contain("Start", "2020-06-08 09:00 WIB")
            .And.Contain("OtherSession", "S2")
            .And.Contain("OtherStart", "2020-06-08 09:00 WITA")
            .And.Contain("OtherItem", "Sessions[1].Days[0].Items[2]");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenInstructorEndsInWitaAsTheOtherItemStartsInWib_IsSilent()
    {
        // S2's M1 is 08:30–10:00 WITA, i.e. 07:30–09:00 WIB: it ends as S1's M1 starts at 09:00 WIB.
        var makassar = Makassar(
            Block(AgendaItemKind.Opening, 7, 30, 30),
            Block(AgendaItemKind.PreTest, 8, 0, 30),
            Teach("M1", 8, 30, 2, "W1"),
            Block(AgendaItemKind.Ishoma, 12, 0, 60),
            Teach("M2", 13, 0, 2, "W3"),
            Block(AgendaItemKind.PostTest, 14, 30, 30));

        Validate(new ScheduleBuilder().WithSessions(new SessionBuilder(), makassar)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenInstructorOpensOneSessionWhileTeachingAnother_ReportsInstructorDoubleBooked()
    {
        // W1 teaches S1's M1 09:00–10:30 WIB and opens S2 at BDI-JKT at 09:00 WIB: blocks book their leaders too.
        var jakarta = WestJava().WithAgenda(
            Block(AgendaItemKind.Opening, 9, 0, 30, "W1"),
            Block(AgendaItemKind.PreTest, 9, 30, 30),
            Teach("M1", 10, 0, 2, "W3"),
            Block(AgendaItemKind.Ishoma, 12, 0, 60),
            Teach("M2", 13, 0, 2, "W4"),
            Block(AgendaItemKind.PostTest, 14, 30, 30));

        var result = Validate(new ScheduleBuilder().WithSessions(new SessionBuilder(), jakarta));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[1].Days[0].Items[0]").WithErrorCode(InstructorDoubleBooked).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Instructor", "W1").And.Contain("Session", "S2").And.Contain("OtherSession", "S1");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenInstructorTeachesOutsideTheirAvailability_ReportsInstructorUnavailable()
    {
        var w1 = new Instructor("W1", "Widyaiswara 1", availability: [Local(Jakarta, Monday, 13, 0, 17, 0)]);

        var result = Validate(new ScheduleBuilder().WithSessions(new SessionBuilder()).WithInstructors(w1, new Instructor("W2", "Widyaiswara 2")));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[2]").WithErrorCode(InstructorUnavailable).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Instructor", "W1")
            .And.Contain("Session", "S1")
            .And.Contain("Item", "M1 09:00")
            .And.Contain("Start", "2020-06-08 09:00 WIB")
            .And.Contain("End", "2020-06-08 10:30 WIB");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenAvailabilityIsExactlyTheItem_IsSilent()
    {
        var w1 = new Instructor("W1", "Widyaiswara 1", availability: [Local(Jakarta, Monday, 9, 0, 10, 30)]);

        Validate(new ScheduleBuilder().WithSessions(new SessionBuilder()).WithInstructors(w1, new Instructor("W2", "Widyaiswara 2")))
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenInstructorTeachesAModuleOutsideTheirCompetence_ReportsInstructorNotCompetent()
    {
        var w1 = new Instructor("W1", "Widyaiswara 1", modules: ["M2"]);

        var result = Validate(new ScheduleBuilder().WithSessions(new SessionBuilder()).WithInstructors(w1, new Instructor("W2", "Widyaiswara 2")));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[2]").WithErrorCode(InstructorNotCompetent).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Instructor", "W1").And.Contain("Module", "M1").And.Contain("Session", "S1");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenInstructorAlsoLeadsABlock_IsJudgedOnlyOnTheModulesTaught()
    {
        var agenda = StandardAgenda();
        agenda[0] = Block(AgendaItemKind.Opening, 8, 0, 30, "W1");
        var w1 = new Instructor("W1", "Widyaiswara 1", modules: ["M1"]);

        Validate(new ScheduleBuilder().WithSessions(new SessionBuilder().WithAgenda(agenda)).WithInstructors(w1, new Instructor("W2", "Widyaiswara 2")))
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenAnItemNamesAnInstructorNotListed_ReportsUnknownInstructor()
    {
        var result = Validate(new ScheduleBuilder().WithSessions(new SessionBuilder()).WithInstructors(new Instructor("W1", "Widyaiswara 1")));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[4]").WithErrorCode(UnknownInstructor).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Instructor", "W2").And.Contain("Session", "S1");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenTheScheduleListsNoInstructor_DoesNotCheckThem()
    {
        Validate(new ScheduleBuilder().WithSessions(new SessionBuilder())).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(6, true)]
    [InlineData(8, false)]
    public void Validate_WhenInstructorTeachesEightJpInTwoSessions_ReportsInstructorDailyJpExceededAboveTheLimit(int max, bool reported)
    {
        // W1 teaches 4 JP at BDI-YOG (09:00–10:30, 13:00–14:30) and 4 JP at BDI-JKT (07:30–09:00, 10:30–12:00).
        var yogyakarta = new SessionBuilder().WithAgenda(StandardAgenda("W1", "W1"));
        var jakarta = new SessionBuilder().WithId("S2").At("BDI-JKT").WithRegions("32.01")
            .WithAgenda(Teach("M1", 7, 30, 2, "W1"), Teach("M2", 10, 30, 2, "W1"), Block(AgendaItemKind.Ishoma, 12, 0, 60));
        var validator = new ScheduleValidator(Reference.Map, Reference.Bdi, Embedded, new ScheduleLimits(MaxInstructorJpPerDay: max));

        var result = validator.TestValidate(new ScheduleBuilder().WithSessions(yogyakarta, jakarta).CoveringTheRest().Build());

        if (reported)
        {
            var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[4]").WithErrorCode(InstructorDailyJpExceeded).Should().ContainSingle().Subject;
            failure.Details().Should().Contain("Instructor", "W1").And.Contain("Date", new LocalDate(2020, 6, 8)).And.Contain("Jp", 8).And.Contain("Max", max);
            result.Errors.Should().ContainSingle();
        }
        else
        {
            result.ShouldNotHaveAnyValidationErrors();
        }
    }

    [Fact]
    public void Validate_WhenACentreRunsTwoVirtualClassesAtOnceWithOneRoom_ReportsPlatformRoomsExceeded()
    {
        var result = Validate(new ScheduleBuilder().WithSessions(new SessionBuilder(), CentralJava()));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[1].Days[0]").WithErrorCode(PlatformRoomsExceeded).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Centre", "BDI-YOG")
            .And.Contain("Parallel", 2)
            .And.Contain("Rooms", 1)
            .And.Contain("Start", "2020-06-08 08:00 WIB")
            .And.Contain("Sessions", "S1, S2");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenTheCentreHasTwoPlatformRooms_IsSilent()
    {
        Validate(new ScheduleBuilder().WithSessions(new SessionBuilder(), CentralJava()).WithPlatformRooms("BDI-YOG", 2)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenTheSecondClassIsInPerson_NeedsNoPlatformRoom()
    {
        Validate(new ScheduleBuilder().WithSessions(new SessionBuilder(), CentralJava().InPerson("BDI Yogyakarta", "R1")))
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenTwoInPersonClassesShareARoomAtOnce_ReportsRoomDoubleBooked()
    {
        var first = new SessionBuilder().InPerson("BDI Yogyakarta", "R1");
        var second = CentralJava().InPerson("BDI Yogyakarta", "R1");

        var result = Validate(new ScheduleBuilder().WithSessions(first, second));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[1].Days[0]").WithErrorCode(RoomDoubleBooked).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Room", "R1")
            .And.Contain("Venue", "BDI Yogyakarta")
            .And.Contain("Session", "S2")
            .And.Contain("OtherSession", "S1")
            .And.Contain("Start", "2020-06-08 08:00 WIB");
        result.Errors.Should().ContainSingle();
    }

    [Theory]
    [InlineData("BDI Yogyakarta", "R2")]
    [InlineData("Hotel Tentrem", "R1")]
    public void Validate_WhenTheOtherClassIsInAnotherRoomOrVenue_IsSilent(string venue, string room)
    {
        var first = new SessionBuilder().InPerson("BDI Yogyakarta", "R1");

        Validate(new ScheduleBuilder().WithSessions(first, CentralJava().InPerson(venue, room))).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenAParticipantIsInTwoSessionsAtOnce_ReportsParticipantDoubleBookedForThatParticipantOnly()
    {
        var first = new SessionBuilder().WithParticipants(1, 2);
        var second = WestJava().WithParticipants(2, 3);

        var result = Validate(new ScheduleBuilder().WithSessions(first, second));

        var failure = result.ShouldHaveValidationErrorFor("Sessions[1].Participants[0]").WithErrorCode(ParticipantDoubleBooked).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Participant", People.Nip(2).ToMaskedString())
            .And.Contain("Session", "S2")
            .And.Contain("OtherSession", "S1")
            .And.Contain("Start", "2020-06-08 08:00 WIB");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenTheParticipantsSecondSessionIsTheNextDay_IsSilent()
    {
        var first = new SessionBuilder().WithParticipants(1, 2);
        var second = WestJava().On(Tuesday).WithParticipants(2, 3);

        Validate(new ScheduleBuilder().WithSessions(first, second)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenARegionIsInvitedToSessionsOfTwoPhasesAtOnce_ReportsRegionDoubleBookedButNotAssignedTwice()
    {
        var schedule = TwoPhases(CentralJava().InPhase("p3").WithRegions("34.04"));

        var result = Validator.TestValidate(schedule);

        var failure = result.ShouldHaveValidationErrorFor("Sessions[1].Regions[0]").WithErrorCode(RegionDoubleBooked).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Region", "34.04")
            .And.Contain("Session", "S2")
            .And.Contain("OtherSession", "S1")
            .And.Contain("Start", "2020-06-08 08:00 WIB");
        result.CodesBesidesCoverage().Should().Equal(RegionDoubleBooked);
    }

    [Fact]
    public void Validate_WhenTheRegionsSecondSessionIsTheNextDay_IsSilent()
    {
        var schedule = TwoPhases(CentralJava().InPhase("p3").WithRegions("34.04").On(Tuesday));

        Validator.TestValidate(schedule).CodesBesidesCoverage().Should().BeEmpty();
    }

    [Fact]
    public void Validate_WhenOldAndNewCodesOfOneRegionAreInvitedAtOnce_ReportsRegionDoubleBooked()
    {
        // 91.01 and 93.01 both name Merauke in 2023 (UU 14/2022 moved it to Papua Selatan).
        var programme = new ProgrammeBuilder().WithPhases(
            ProgrammeBuilder.Phase("p2", new LocalDate(2023, 6, 1), new LocalDate(2023, 6, 30)),
            ProgrammeBuilder.Phase("p3", new LocalDate(2023, 6, 1), new LocalDate(2023, 6, 30))).Build();
        var june5 = new LocalDate(2023, 6, 5);
        var first = new SessionBuilder().At("BDI-MKS").On(june5).WithRegions("73.01", "91.01");
        var second = new SessionBuilder().WithId("S2").InPhase("p3").At("BDI-MKS").On(june5).WithRegions("93.01").WithAgenda(StandardAgenda("W3", "W4"));

        var result = Validator.TestValidate(new ScheduleBuilder().WithProgramme(programme).WithSessions(first, second).WithPlatformRooms("BDI-MKS", 2).Build());

        var failure = result.ShouldHaveValidationErrorFor("Sessions[1].Regions[0]").WithErrorCode(RegionDoubleBooked).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Region", "93.01").And.Contain("Session", "S2").And.Contain("OtherSession", "S1");
        result.CodesBesidesCoverage().Should().Equal(RegionDoubleBooked);
    }

    // S1 of p2 (the base session) and a session of p3, a phase running alongside p2 in June 2020.
    private static Schedule TwoPhases(SessionBuilder p3Session)
    {
        var programme = new ProgrammeBuilder().WithPhases(
            ProgrammeBuilder.Phase("p1", new LocalDate(2020, 5, 1), new LocalDate(2020, 5, 31)),
            ProgrammeBuilder.Phase("p2", new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30), prerequisite: "p1"),
            ProgrammeBuilder.Phase("p3", new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30), prerequisite: "p1")).Build();
        return new ScheduleBuilder().WithProgramme(programme).WithSessions(new SessionBuilder(), p3Session).WithPlatformRooms("BDI-YOG", 2).Build();
    }
}

using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using FluentValidation.TestHelper;
using NodaTime;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;
using static Bimtek.Domain.Testing.ScheduleBuilder;
using static Bimtek.Domain.Testing.SessionBuilder;

namespace Bimtek.Domain.Tests.Scheduling;

/// <summary>Rules 1–3, judged in every participant's zone: working hours, working days, the Friday prayer break.</summary>
public class ZoneRuleTests
{
    /// <summary>Kabupaten Jayapura, Papua (WIT, UTC+9): two hours ahead of a BDI Yogyakarta (WIB) session.</summary>
    private const string Jayapura = "91.03";

    private static readonly LocalDate Friday = CalendarReference.Friday;

    // A WIB agenda that also fits WIT: [0] M1 07:30–09:00 WIB (09:30–11:00 WIT), [1] M2 09:00–09:45 (11:00–11:45 WIT),
    // [2] Ishoma 12:00–13:00, [3] M2, 1 JP at the given time.
    private static AgendaItem[] PapuaAgenda(int lastHour, int lastMinute) =>
    [
        Teach("M1", 7, 30, 2),
        Teach("M2", 9, 0, 1),
        Block(AgendaItemKind.Ishoma, 12, 0, 60),
        Teach("M2", lastHour, lastMinute, 1),
    ];

    // A Yogyakarta session also inviting Kabupaten Jayapura, recorded as attending BDI-YOG.
    private static ScheduleBuilder WithPapua(SessionBuilder session) =>
        new ScheduleBuilder().WithSessions(session.WithRegions([.. Yogyakarta, Jayapura])).WithReassignment(Jayapura, "BDI-YOG");

    [Fact]
    public void Validate_WhenItemAt1430WibIsInvitedFromPapua_ReportsOutsideWorkingHoursInWitOnce()
    {
        var schedule = WithPapua(new SessionBuilder().WithAgenda(PapuaAgenda(14, 30))).CoveringTheRest().Build();

        var result = Validator.TestValidate(schedule);

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[3]").WithErrorCode(OutsideWorkingHours).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Session", "S1")
            .And.Contain("Zone", "WIT")
            .And.Contain("TimeZone", "Asia/Jayapura")
            .And.Contain("LocalStart", "16:30")
            .And.Contain("LocalEnd", "17:15")
            .And.Contain("Date", new LocalDate(2020, 6, 8));
        result.Errors.Should().ContainSingle("14:30–15:15 is inside working hours in WIB");
    }

    [Fact]
    public void Validate_WhenItemRuns0730To0900WibForPapua_IsInsideWitHoursToo()
    {
        var schedule = WithPapua(new SessionBuilder().WithAgenda(PapuaAgenda(13, 0))).CoveringTheRest().Build();

        var result = Validator.TestValidate(schedule);

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenStandardAgendaIsInvitedFromPapua_ReportsTheItemsOverlappingWitIshomaOrClosing()
    {
        // 09:00–10:30 WIB is 11:00–12:30 WIT (into the 12:00 break); 13:00–14:30 WIB is 15:00–16:30 WIT; 14:30 WIB is 16:30 WIT.
        var result = Validator.TestValidate(WithPapua(new SessionBuilder().WithAgenda(StandardAgenda())).Build());

        result.WithCode(OutsideWorkingHours).Select(e => e.PropertyName).Should().Equal(
            "Sessions[0].Days[0].Items[2]", "Sessions[0].Days[0].Items[4]", "Sessions[0].Days[0].Items[5]");
        result.WithCode(OutsideWorkingHours).Should().OnlyContain(e => Equals(e.Details()["Zone"], "WIT"));
    }

    [Fact]
    public void Validate_WhenItemEndsAfter1600Wib_ReportsOutsideWorkingHours()
    {
        var agenda = StandardAgenda();
        agenda[5] = Block(AgendaItemKind.PostTest, 15, 45, 30);

        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(new SessionBuilder().WithAgenda(agenda)).Build());

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[5]").WithErrorCode(OutsideWorkingHours).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Zone", "WIB").And.Contain("LocalStart", "15:45").And.Contain("LocalEnd", "16:15");
        result.CodesBesidesCoverage().Should().Equal(OutsideWorkingHours);
    }

    [Fact]
    public void Validate_WhenParticipantsAreInTwoWibZones_ReportsAnItemOutsideHoursOnce()
    {
        // Kabupaten Sambas (Kalimantan Barat) keeps Asia/Pontianak time, which is WIB like Yogyakarta's Asia/Jakarta.
        var agenda = StandardAgenda();
        agenda[5] = Block(AgendaItemKind.PostTest, 15, 45, 30);
        var session = new SessionBuilder().WithRegions([.. Yogyakarta, "61.01"]).WithAgenda(agenda);

        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(session).CoveringTheRest().Build());

        result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[5]").WithErrorCode(OutsideWorkingHours)
            .Should().ContainSingle().Which.Details().Should().Contain("Zone", "WIB");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenItemEndsExactlyAt1600Wib_IsInsideWorkingHours()
    {
        var agenda = StandardAgenda();
        agenda[5] = Block(AgendaItemKind.PostTest, 15, 30, 30);

        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(new SessionBuilder().WithAgenda(agenda)).CoveringTheRest().Build());

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData(7, 15, true)]
    [InlineData(7, 30, false)]
    public void Validate_WhenOpeningStartsAroundTheStartOfWork_ReportsOnlyBefore0730(int hour, int minute, bool reported)
    {
        var agenda = StandardAgenda();
        agenda[0] = Block(AgendaItemKind.Opening, hour, minute, 30);

        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(new SessionBuilder().WithAgenda(agenda)).Build());

        result.WithCode(OutsideWorkingHours).Select(e => e.PropertyName).Should().Equal(reported ? ["Sessions[0].Days[0].Items[0]"] : []);
    }

    [Fact]
    public void Validate_WhenTeachingRunsIntoTheMondayIshoma_ReportsOutsideWorkingHours()
    {
        var agenda = StandardAgenda();
        agenda[2] = Teach("M1", 10, 45, 2, "W1");
        agenda[3] = Block(AgendaItemKind.Ishoma, 12, 15, 45);

        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(new SessionBuilder().WithAgenda(agenda)).Build());

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[2]").WithErrorCode(OutsideWorkingHours).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("LocalStart", "10:45").And.Contain("LocalEnd", "12:15");
        result.CodesBesidesCoverage().Should().Equal(OutsideWorkingHours);
    }

    [Fact]
    public void Validate_WhenFridayItemStartsAt1130Wib_ReportsFridayPrayerBreakOnce()
    {
        var session = new SessionBuilder().On(Friday).WithAgenda(
            Block(AgendaItemKind.Opening, 8, 0, 30),
            Block(AgendaItemKind.PreTest, 8, 30, 30),
            Teach("M1", 11, 30, 2),
            Teach("M2", 13, 0, 2),
            Block(AgendaItemKind.PostTest, 14, 30, 30));

        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(session).CoveringTheRest().Build());

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[2]").WithErrorCode(FridayPrayerBreak).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Session", "S1")
            .And.Contain("Date", new LocalDate(2020, 6, 12))
            .And.Contain("Zone", "WIB")
            .And.Contain("LocalStart", "11:30")
            .And.Contain("LocalEnd", "13:00");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenFridayTeachingEndsAt1130AndResumesAt1300_IsSilent()
    {
        var session = new SessionBuilder().On(Friday).WithAgenda(
            Block(AgendaItemKind.PreTest, 8, 30, 30),
            Teach("M1", 10, 0, 2),
            Block(AgendaItemKind.Ishoma, 11, 30, 90),
            Teach("M2", 13, 0, 2),
            Block(AgendaItemKind.PostTest, 14, 30, 30));

        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(session).CoveringTheRest().Build());

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenFriday0900WibItemIsInvitedFromPapua_ReportsFridayPrayerBreakInWit()
    {
        // 09:00–10:30 WIB is 11:00–12:30 WIT, inside Papua's 11:30–13:00 break; 13:00–14:30 WIB ends at 16:30 WIT, Friday's close.
        var agenda = StandardAgenda()[..5];
        var schedule = WithPapua(new SessionBuilder().On(Friday).WithAgenda(agenda)).CoveringTheRest().Build();

        var result = Validator.TestValidate(schedule);

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[2]").WithErrorCode(FridayPrayerBreak).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Zone", "WIT").And.Contain("LocalStart", "11:00").And.Contain("LocalEnd", "12:30");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenMondayItemOverlaps1130_IsNoFridayPrayerBreak()
    {
        var agenda = StandardAgenda();
        agenda[2] = Teach("M1", 10, 30, 2, "W1");

        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(new SessionBuilder().WithAgenda(agenda)).CoveringTheRest().Build());

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenSessionIsOnPancasilaDay_ReportsNonWorkingDayWithTheDecree()
    {
        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(new SessionBuilder().On(new LocalDate(2020, 6, 1))).Build());

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Date").WithErrorCode(NonWorkingDay).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Session", "S1")
            .And.Contain("Date", new LocalDate(2020, 6, 1))
            .And.Contain("Zone", "WIB")
            .And.Contain("Decree", "SKB 3 Menteri 2020 (728/2019; 213/2019; 01/2019)");
        failure.Details()["Reason"].Should().BeOfType<RuleText>().Which.Indonesian.Should().Contain("Hari Lahir Pancasila");
        result.CodesBesidesCoverage().Should().Equal(NonWorkingDay);
    }

    [Fact]
    public void Validate_WhenSessionIsOnSaturday_ReportsNonWorkingDayUnderTheFiveDayWeek()
    {
        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(new SessionBuilder().On(new LocalDate(2020, 6, 13))).Build());

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Date").WithErrorCode(NonWorkingDay).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Decree", "Keppres 68/1995").And.Contain("Date", new LocalDate(2020, 6, 13));
        result.CodesBesidesCoverage().Should().Equal(NonWorkingDay);
    }

    [Fact]
    public void Validate_WhenSessionIsTheDayAfterPancasilaDay_IsSilent()
    {
        var result = Validator.TestValidate(new ScheduleBuilder().WithSessions(new SessionBuilder().On(new LocalDate(2020, 6, 2))).CoveringTheRest().Build());

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenAParticipantProvinceIsClosed_ReportsNonWorkingDayInItsZone()
    {
        var closure = new CalendarClosure(CalendarReference.Monday, "Banjir", [Reference.Code("91")]);
        var validator = new ScheduleValidator(Reference.Map, Reference.Bdi, WorkingCalendar.FromEmbeddedSeeds([closure]));
        var schedule = WithPapua(new SessionBuilder().WithAgenda(PapuaAgenda(13, 0))).CoveringTheRest().Build();

        var result = validator.TestValidate(schedule);

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Date").WithErrorCode(NonWorkingDay).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Zone", "WIT").And.Contain("Session", "S1");
        failure.Details()["Reason"].Should().BeOfType<RuleText>().Which.English.Should().Contain("Banjir");
        result.Errors.Should().ContainSingle();
    }

    [Fact]
    public void Validate_WhenAnotherProvinceIsClosed_IsSilent()
    {
        var closure = new CalendarClosure(CalendarReference.Monday, "Banjir", [Reference.Code("91")]);
        var validator = new ScheduleValidator(Reference.Map, Reference.Bdi, WorkingCalendar.FromEmbeddedSeeds([closure]));

        var result = validator.TestValidate(new ScheduleBuilder().WithSessions(new SessionBuilder()).CoveringTheRest().Build());

        result.ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenTwoDaysFallInAYearWithoutHolidayData_ReportsCalendarDataMissingOnce()
    {
        var programme = new ProgrammeBuilder().WithPhases(ProgrammeBuilder.Phase("p2", new LocalDate(2027, 6, 1), new LocalDate(2027, 6, 30))).Build();
        var session = new SessionBuilder().WithDays(Day(new LocalDate(2027, 6, 7), StandardAgenda()[..5]), Day(new LocalDate(2027, 6, 8), Block(AgendaItemKind.PostTest, 8, 0, 30)));

        var result = Validator.TestValidate(new ScheduleBuilder().WithProgramme(programme).WithSessions(session).Build());

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Date").WithErrorCode(CalendarDataMissing).Should().ContainSingle().Subject;
        failure.Details().Should().Contain("Year", 2027).And.Contain("Date", new LocalDate(2027, 6, 7)).And.Contain("Session", "S1");
        result.CodesBesidesCoverage().Should().Equal(CalendarDataMissing);
    }

    [Fact]
    public void Validate_WhenSessionIsInTheLastYearWithHolidayData_IsSilent()
    {
        var programme = new ProgrammeBuilder().WithPhases(ProgrammeBuilder.Phase("p2", new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 30))).Build();
        var session = new SessionBuilder().On(new LocalDate(2026, 6, 8));

        var result = Validator.TestValidate(new ScheduleBuilder().WithProgramme(programme).WithSessions(session).Build());

        result.CodesBesidesCoverage().Should().BeEmpty();
    }
}

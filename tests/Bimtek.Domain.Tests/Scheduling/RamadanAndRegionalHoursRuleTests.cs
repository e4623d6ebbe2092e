using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using FluentValidation.TestHelper;
using NodaTime;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;
using static Bimtek.Domain.Testing.SessionBuilder;

namespace Bimtek.Domain.Tests.Scheduling;

/// <summary>The validator judges each place by its own rule: Ramadan hours while in force, a regency's own hours.</summary>
public class RamadanAndRegionalHoursRuleTests
{
    // The standard agenda with M2 at 14:00–15:30 and the post-test at 15:30–16:00 WIB: inside Keppres 68/1995
    // (07:30–16:00), outside Ramadan's 15:00 end.
    private static AgendaItem[] LateAgenda() =>
    [
        Block(AgendaItemKind.Opening, 8, 0, 30),
        Block(AgendaItemKind.PreTest, 8, 30, 30),
        Teach("M1", 9, 0, 2, "W1"),
        Block(AgendaItemKind.Ishoma, 12, 0, 60),
        Teach("M2", 14, 0, 2, "W2"),
        Block(AgendaItemKind.PostTest, 15, 30, 30),
    ];

    [Fact]
    public void Validate_ItemsAfter1500OnTuesday19May2020_AreOutsideRamadanHours_UnderSe51Of2020()
    {
        var schedule = new ScheduleBuilder().WithSessions(new SessionBuilder().WithDays(Day(new LocalDate(2020, 5, 19), LateAgenda()))).CoveringTheRest().Build();

        var result = ScheduleBuilder.Validator.TestValidate(schedule);

        var failure = result.ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[4]").WithErrorCode(OutsideWorkingHours).Should().ContainSingle().Subject;
        failure.Details()["WorkingHours"].Should().BeOfType<string>().Which.Should().Contain("SE MenPANRB 51/2020").And.Contain("12:30–15:00");
        result.Errors.Where(e => e.ErrorCode == OutsideWorkingHours).Select(e => e.PropertyName).Should().Equal("Sessions[0].Days[0].Items[4]", "Sessions[0].Days[0].Items[5]");
    }

    [Fact]
    public void Validate_TheSameAgendaOnMonday8June2020_IsInsideKeppres68()
    {
        var schedule = new ScheduleBuilder().WithSessions(new SessionBuilder().WithAgenda(LateAgenda())).CoveringTheRest().Build();

        ScheduleBuilder.Validator.TestValidate(schedule).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Validate_WhenSlemanKeepsItsOwnHoursFrom0900_TheOpeningAndPreTestFallOutsideItsWindow()
    {
        // A host-supplied Perbup for Kabupaten Sleman (34.04): 09:00–16:00 in June 2020. The national rule still fits.
        var sleman = new WorkingHoursRule(
                [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
                new LocalTimeRange(new LocalTime(9, 0), new LocalTime(16, 0)),
                new LocalTimeRange(new LocalTime(12, 0), new LocalTime(13, 0)),
                "Perbup Sleman (host)",
                Provenance.HostSupplied,
                new LocalDate(2020, 6, 1),
                new LocalDate(2020, 7, 1))
            .ScopedTo(Reference.Code("34.04"));
        var calendar = WorkingCalendar.FromEmbeddedSeeds(hoursRules: [.. WorkingCalendar.EmbeddedHoursRules(), sleman]);
        var validator = new ScheduleValidator(Reference.Map, Reference.Bdi, calendar);
        var schedule = new ScheduleBuilder().WithSessions(new SessionBuilder()).CoveringTheRest().Build();

        var result = validator.TestValidate(schedule);

        result.Errors.Select(e => (e.ErrorCode, e.PropertyName)).Should().BeEquivalentTo(new[]
        {
            (OutsideWorkingHours, "Sessions[0].Days[0].Items[0]"),
            (OutsideWorkingHours, "Sessions[0].Days[0].Items[1]"),
        });
        result.Errors.Should().OnlyContain(e => ((string)e.Details()["WorkingHours"]!).Contains("Perbup Sleman (host)"));
        ScheduleBuilder.Validator.TestValidate(schedule).ShouldNotHaveAnyValidationErrors();
    }
}

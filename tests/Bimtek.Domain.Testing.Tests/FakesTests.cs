using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Domain.Testing.Tests;

public class FakesTests
{
    [Fact]
    public void Calendar_WithAClosure_ClosesThatDayInThoseProvincesOnly()
    {
        var calendar = A.Calendar().WithClosure(CalendarReference.Monday, "Hari jadi", "34").Build();

        calendar.IsWorkingDay(CalendarReference.Monday, RegionCode.Parse("34.71")).Should().BeFalse();
        calendar.IsWorkingDay(CalendarReference.Monday, RegionCode.Parse("35.78")).Should().BeTrue();
        CalendarReference.Embedded.IsWorkingDay(CalendarReference.Monday, RegionCode.Parse("34.71")).Should().BeTrue("the embedded calendar is untouched");
    }

    [Fact]
    public void Calendar_WithAHoliday_MakesTheDefaultSessionBreakNonWorkingDay()
    {
        var calendar = A.Calendar().WithHoliday(CalendarReference.Monday, "Libur uji").Build();
        var validator = new ScheduleValidator(Reference.Map, Reference.Bdi, calendar);

        A.Schedule().With(A.Session()).Build().Should().Using(validator).Within(ScheduleRuleSets.WorkingTime)
            .BreakRule(ScheduleRuleCodes.NonWorkingDay).Involving(session: "S1");
    }

    [Fact]
    public void Calendar_WithoutAnEmbeddedHoliday_MakesItAWorkingDay()
    {
        var idulFitri = new LocalDate(2020, 5, 25);

        A.Calendar().WithoutHoliday(idulFitri).Build().IsWorkingDay(idulFitri, RegionCode.Parse("34.71")).Should().BeTrue();
    }

    [Fact]
    public void CentreDirectory_MovingAProvince_ServesItFromTheNewCentre()
    {
        var centres = A.CentreDirectory().Moving("81", "BDI-DPS").Build();

        centres.GetCentreServing(RegionCode.Parse("81.01"), Reference.June2020).Code.Should().Be(CentreCode.Parse("BDI-DPS"));
        Reference.Bdi.GetCentreServing(RegionCode.Parse("81.01"), Reference.June2020).Code.Should().Be(CentreCode.Parse("BDI-MKS"));
    }

    [Fact]
    public void Clock_StandsAtTheLocalTimeInWib()
    {
        var clock = A.Clock(CalendarReference.Monday);

        clock.GetCurrentInstant().Should().Be(CalendarReference.At(CalendarReference.Jakarta, CalendarReference.Monday, 8, 0));
    }
}

using Bimtek.Domain.Calendar;
using Bimtek.Domain.Regions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Bimtek.Domain.Tests.DependencyInjection;

public class WorkingCalendarRegistrationTests
{
    private static readonly LocalDate Monday = new(2020, 6, 8);

    [Fact]
    public void AddBimtekDomain_RegistersTheWorkingCalendarAsASingleton()
    {
        var services = new ServiceCollection().AddBimtekDomain();

        services.Should().ContainSingle(d => d.ServiceType == typeof(IWorkingCalendar)).Which.Lifetime.Should().Be(ServiceLifetime.Singleton);
        using var provider = services.BuildServiceProvider();
        var calendar = provider.GetRequiredService<IWorkingCalendar>();
        calendar.Should().BeSameAs(provider.GetRequiredService<IWorkingCalendar>());
        calendar.CoveredYears.Should().HaveCount(7);
        calendar.LessonHourLength.Should().Be(LessonHours.StandardLength);
    }

    [Fact]
    public void AddBimtekDomain_HostOptions_ReachTheCalendar()
    {
        var closure = new CalendarClosure(Monday, "Hari jadi", [RegionCode.Parse("32")]);
        var rule = new WorkingHoursRule(
            [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
            new LocalTimeRange(new LocalTime(8, 0), new LocalTime(16, 0)),
            null,
            "Host");

        using var provider = new ServiceCollection().AddBimtekDomain(o =>
        {
            o.CalendarClosures = [closure];
            o.WorkingHoursRules = [rule];
            o.LessonHourLength = Duration.FromMinutes(60);
        }).BuildServiceProvider();

        var calendar = provider.GetRequiredService<IWorkingCalendar>();
        calendar.IsWorkingDay(Monday, RegionCode.Parse("32")).Should().BeFalse();
        calendar.GetWorkingWindow(Monday, DateTimeZoneProviders.Tzdb["Asia/Jakarta"]).LessonHours.Should().Be(LessonHours.FromJp(8));
    }

    [Fact]
    public void AddBimtekDomain_HostHolidays_CoverANewYear()
    {
        var holidays = WorkingCalendar.EmbeddedHolidays()
            .Append(new Holiday(new LocalDate(2027, 1, 1), NonWorkingDayKind.NationalHoliday, "Tahun Baru 2027 Masehi", "SKB 3 Menteri 2027"))
            .ToList();

        using var provider = new ServiceCollection().AddBimtekDomain(o => o.Holidays = holidays).BuildServiceProvider();

        var calendar = provider.GetRequiredService<IWorkingCalendar>();
        calendar.Covers(2027).Should().BeTrue();
        calendar.IsWorkingDay(new LocalDate(2027, 1, 4)).Should().BeTrue();
    }

    [Fact]
    public void AddBimtekDomain_ClosureInAnUnknownProvince_FailsAtStart()
    {
        var act = () => new ServiceCollection().AddBimtekDomain(o =>
            o.CalendarClosures = [new CalendarClosure(Monday, "Hari jadi", [RegionCode.Parse("97")])]);

        act.Should().Throw<CalendarConfigurationException>().Which.Problems.Should().ContainSingle()
            .Which.Code.Should().Be(CalendarRuleCodes.UnknownClosureProvince);
    }

    [Fact]
    public void AddBimtekDomain_BadLessonHourLengthAndUnknownProvince_ReportsBoth()
    {
        var act = () => new ServiceCollection().AddBimtekDomain(o =>
        {
            o.LessonHourLength = Duration.Zero;
            o.CalendarClosures = [new CalendarClosure(Monday, "Hari jadi", [RegionCode.Parse("97")])];
        });

        act.Should().Throw<CalendarConfigurationException>().Which.Problems.Select(p => p.Code)
            .Should().Equal(CalendarRuleCodes.InvalidLessonHourLength, CalendarRuleCodes.UnknownClosureProvince);
    }

    [Fact]
    public void AddBimtekDomain_WithHostRegions_StillChecksTheCalendarAtStart()
    {
        var services = new ServiceCollection().AddSingleton<IRegionDirectory>(RegionDirectory.FromEmbeddedSeeds());

        var act = () => services.AddBimtekDomain(o => o.LessonHourLength = Duration.FromMinutes(-1));

        act.Should().Throw<CalendarConfigurationException>().Which.Problems.Should().ContainSingle()
            .Which.Code.Should().Be(CalendarRuleCodes.InvalidLessonHourLength);
    }

    [Fact]
    public void AddBimtekDomain_WithHostRegions_ChecksClosureProvincesAgainstThem()
    {
        using var provider = new ServiceCollection()
            .AddSingleton<IRegionDirectory>(RegionDirectory.FromEmbeddedSeeds())
            .AddBimtekDomain(o => o.CalendarClosures = [new CalendarClosure(Monday, "Hari jadi", [RegionCode.Parse("97")])])
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<IWorkingCalendar>();

        act.Should().Throw<CalendarConfigurationException>().Which.Problems.Should().ContainSingle()
            .Which.Code.Should().Be(CalendarRuleCodes.UnknownClosureProvince);
    }

    [Fact]
    public void AddBimtekDomain_DoesNotReplaceTheHostsCalendar()
    {
        var own = WorkingCalendar.FromEmbeddedSeeds([new CalendarClosure(Monday, "Tutup")]);

        using var provider = new ServiceCollection().AddSingleton<IWorkingCalendar>(own).AddBimtekDomain().BuildServiceProvider();

        provider.GetRequiredService<IWorkingCalendar>().Should().BeSameAs(own);
    }
}

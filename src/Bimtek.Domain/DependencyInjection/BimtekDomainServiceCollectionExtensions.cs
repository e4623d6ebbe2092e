using Bimtek.Domain.Assessments;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Bimtek.Domain;

/// <summary>Registers the Bimtek domain services in a host's container.</summary>
public static class BimtekDomainServiceCollectionExtensions
{
    /// <summary>Adds the Bimtek domain services with the embedded reference data.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddBimtekDomain(this IServiceCollection services) => services.AddBimtekDomain(configure: null);

    /// <summary>
    /// Adds the Bimtek domain services: <see cref="IRegionDirectory"/>, <see cref="ICentreDirectory"/>,
    /// <see cref="IWorkingCalendar"/>, <see cref="IValidator{T}"/> of <see cref="Programme"/>, <see cref="IScheduleValidator"/>,
    /// <see cref="ISchedulePlanner"/>, <see cref="IEligibilityPolicy"/>, <see cref="IValidator{T}"/> of <see cref="EligibilityRequest"/>, <see cref="EnrolmentDesk"/>,
    /// <see cref="IAttendanceCalculator"/>, <see cref="ICertificateSequence"/> (<see cref="InMemoryCertificateSequence"/>: for tests
    /// and a single process; register a durable one first), <see cref="ICertificateNumberGenerator"/>, <see cref="CertificateIssuer"/>,
    /// <see cref="IGradingPolicy"/>, <see cref="IPositionStandards"/>, <see cref="IGapAnalyzer"/>, <see cref="IReportCalculator"/>,
    /// <see cref="ReactionSurveyPolicy"/> and <see cref="IClock"/> (the
    /// system clock, only if the host has none), all as thread-safe singletons.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the options; each call's changes apply to the same options instance.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// Idempotent and non-destructive: services are added with <c>TryAdd</c>, so a host's own registrations (made
    /// before or after) win. The options are checked here, at start: a service-area mapping that leaves a province
    /// unserved or doubly served throws <see cref="ServiceAreaMappingException"/> naming the provinces; calendar
    /// settings that cannot answer consistently (overlapping hours rules, a bad lesson-hour length, a closure naming an
    /// unknown province) throw <see cref="CalendarConfigurationException"/> listing every problem with its code. When the
    /// host supplies its own <see cref="IRegionDirectory"/>, or changes the options after this call, the region-dependent
    /// checks run when the services are first resolved: invalid settings are never used.
    /// </remarks>
    /// <exception cref="ServiceAreaMappingException">The configured mapping is invalid.</exception>
    /// <exception cref="CalendarConfigurationException">The calendar settings are invalid.</exception>
    public static IServiceCollection AddBimtekDomain(this IServiceCollection services, Action<BimtekOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = FindOptions(services);
        if (options is null)
        {
            options = new BimtekOptions();
            services.TryAddSingleton(options);
        }

        configure?.Invoke(options);
        CheckLimits(options.ScheduleLimits);
        services.TryAddSingleton<IRegionDirectory>(RegionDirectory.Shared.Value);
        if (ResolvesEmbeddedRegions(services))
        {
            // Check the mapping and the calendar now, on every call, against the regions the container will use:
            // bad settings fail at start.
            _ = CreateCentres(RegionDirectory.Shared.Value, options);
            _ = CreateCalendar(RegionDirectory.Shared.Value, options);
        }
        else
        {
            // The host's regions exist only once the container is built: check all but the closures' provinces now.
            _ = CreateCalendar(regions: null, options);
        }

        services.TryAddSingleton<ICentreDirectory>(sp => CreateCentres(sp.GetRequiredService<IRegionDirectory>(), options));
        services.TryAddSingleton<IWorkingCalendar>(sp => CreateCalendar(sp.GetRequiredService<IRegionDirectory>(), options));
        services.TryAddSingleton<IValidator<Programme>>(new ProgrammeValidator());
        services.TryAddSingleton<IScheduleValidator>(sp => new ScheduleValidator(
            sp.GetRequiredService<IRegionDirectory>(),
            sp.GetRequiredService<ICentreDirectory>(),
            sp.GetRequiredService<IWorkingCalendar>(),
            options.ScheduleLimits));
        services.TryAddSingleton<ISchedulePlanner>(sp => new SchedulePlanner(
            sp.GetRequiredService<IRegionDirectory>(),
            sp.GetRequiredService<ICentreDirectory>(),
            sp.GetRequiredService<IWorkingCalendar>(),
            options.ScheduleLimits));
        services.TryAddSingleton<IEligibilityPolicy>(sp => new EligibilityPolicy(
            sp.GetRequiredService<IRegionDirectory>(), sp.GetRequiredService<ICentreDirectory>()));
        services.TryAddSingleton<IValidator<EligibilityRequest>>(sp => new EligibilityValidator(sp.GetRequiredService<IEligibilityPolicy>()));
        services.TryAddSingleton(sp => new EnrolmentDesk(sp.GetRequiredService<IEligibilityPolicy>(), sp.GetRequiredService<IClock>()));
        services.TryAddSingleton<IAttendanceCalculator>(sp => new AttendanceCalculator(
            sp.GetRequiredService<ICentreDirectory>(), options.AttendancePolicy ?? AttendancePolicy.Default));
        // For tests and one process only: a host that issues real certificates registers its durable sequence first.
        services.TryAddSingleton<ICertificateSequence, InMemoryCertificateSequence>();
        services.TryAddSingleton<ICertificateNumberGenerator>(sp => new CertificateNumberGenerator(sp.GetRequiredService<ICertificateSequence>()));
        services.TryAddSingleton(sp => new CertificateIssuer(sp.GetRequiredService<ICertificateNumberGenerator>()));
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        AddAssessments(services, options);
        return services;
    }

    /// <summary>Grading, position standards, gap analysis, reports and reaction surveys; standards are checked now.</summary>
    private static void AddAssessments(IServiceCollection services, BimtekOptions options)
    {
        if (options.GradingPolicy is null || options.ReactionSurvey is null)
        {
            throw new ArgumentException("BimtekOptions.GradingPolicy and BimtekOptions.ReactionSurvey must be set.", nameof(options));
        }

        _ = CreateStandards(options);
        services.TryAddSingleton<IGradingPolicy>(_ => options.GradingPolicy);
        services.TryAddSingleton<IPositionStandards>(_ => CreateStandards(options));
        services.TryAddSingleton<IGapAnalyzer>(sp => new GapAnalyzer(sp.GetRequiredService<IPositionStandards>()));
        services.TryAddSingleton<IReportCalculator>(sp => new ReportCalculator(sp.GetRequiredService<IGradingPolicy>(), sp.GetRequiredService<IGapAnalyzer>()));
        services.TryAddSingleton(_ => options.ReactionSurvey);
    }

    private static PositionStandardTable CreateStandards(BimtekOptions options) =>
        options.PositionStandards is null ? PositionStandardTable.Default : new PositionStandardTable(options.PositionStandards);

    private static void CheckLimits(ScheduleLimits? limits)
    {
        if (limits is null || limits.MaxJpPerDay < 1 || limits.MaxInstructorJpPerDay < 1 || limits.DefaultPlatformRooms < 1)
        {
            throw new ArgumentException(
                $"BimtekOptions.ScheduleLimits must be set, with every limit at least 1; got {limits?.ToString() ?? "null"}.",
                nameof(limits));
        }
    }

    private static CentreDirectory CreateCentres(IRegionDirectory regions, BimtekOptions options) =>
        new(regions, options.Centres ?? CentreDirectory.EmbeddedCentres(), options.ServiceAreas ?? CentreDirectory.EmbeddedServiceAreas());

    // The container resolves the last registration; ours is the shared embedded instance.
    private static bool ResolvesEmbeddedRegions(IServiceCollection services) =>
        services.LastOrDefault(d => d.ServiceType == typeof(IRegionDirectory))?.ImplementationInstance == RegionDirectory.Shared.Value;

    private static WorkingCalendar CreateCalendar(IRegionDirectory? regions, BimtekOptions options)
    {
        var closures = options.CalendarClosures ?? [];
        var problems = new List<RuleViolation>();
        if (regions is not null)
        {
            var known = regions.GetAllProvinces().Select(p => p.Code).ToHashSet();
            problems.AddRange(closures
                .OfType<CalendarClosure>()
                .SelectMany(c => c.Provinces.Where(p => !known.Contains(p)).Select(p => CalendarRules.Violation(
                    CalendarRuleCodes.UnknownClosureProvince, ("Reason", c.Reason), ("Date", c.Date), ("Province", p.ToString())))));
        }

        WorkingCalendar? calendar = null;
        try
        {
            calendar = new WorkingCalendar(
                options.Holidays ?? WorkingCalendar.EmbeddedHolidays(),
                options.WorkingHoursRules ?? WorkingCalendar.EmbeddedHoursRules(),
                closures,
                options.LessonHourLength);
        }
        catch (CalendarConfigurationException ex)
        {
            // Report the calendar's own problems and the unknown provinces together, not the first kind found.
            problems.InsertRange(0, ex.Problems);
        }

        return problems.Count == 0 && calendar is not null ? calendar : throw new CalendarConfigurationException(problems);
    }

    private static BimtekOptions? FindOptions(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(BimtekOptions) && descriptor.ImplementationInstance is BimtekOptions options)
            {
                return options;
            }
        }

        return null;
    }
}

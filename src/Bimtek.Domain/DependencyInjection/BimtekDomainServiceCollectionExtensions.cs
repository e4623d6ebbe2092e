using Bimtek.Domain.Centres;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
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
    /// <see cref="IValidator{T}"/> of <see cref="Programme"/> and <see cref="IClock"/> (the system clock, only if the host
    /// has none), all as thread-safe singletons.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the options; each call's changes apply to the same options instance.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <remarks>
    /// Idempotent and non-destructive: services are added with <c>TryAdd</c>, so a host's own registrations (made
    /// before or after) win. The options are checked here, at start: a service-area mapping that leaves a province
    /// unserved or doubly served throws <see cref="ServiceAreaMappingException"/> naming the provinces. When the host
    /// supplies its own <see cref="IRegionDirectory"/>, or changes the options after this call, the same check runs
    /// when <see cref="ICentreDirectory"/> is first resolved: an invalid mapping is never used.
    /// </remarks>
    /// <exception cref="ServiceAreaMappingException">The configured mapping is invalid.</exception>
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
        services.TryAddSingleton<IRegionDirectory>(RegionDirectory.Shared.Value);
        if (ResolvesEmbeddedRegions(services))
        {
            // Check the mapping now, on every call, against the regions the container will use: a bad mapping fails
            // at start. (With a host's own IRegionDirectory the check runs when ICentreDirectory is first resolved.)
            _ = CreateCentres(RegionDirectory.Shared.Value, options);
        }

        services.TryAddSingleton<ICentreDirectory>(sp => CreateCentres(sp.GetRequiredService<IRegionDirectory>(), options));
        services.TryAddSingleton<IValidator<Programme>>(ProgrammeValidator.Instance);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        return services;
    }

    private static CentreDirectory CreateCentres(IRegionDirectory regions, BimtekOptions options) =>
        new(regions, options.Centres ?? CentreDirectory.EmbeddedCentres(), options.ServiceAreas ?? CentreDirectory.EmbeddedServiceAreas());

    // The container resolves the last registration; ours is the shared embedded instance.
    private static bool ResolvesEmbeddedRegions(IServiceCollection services) =>
        services.LastOrDefault(d => d.ServiceType == typeof(IRegionDirectory))?.ImplementationInstance == RegionDirectory.Shared.Value;

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

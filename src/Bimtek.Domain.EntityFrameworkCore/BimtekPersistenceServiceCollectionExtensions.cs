using Bimtek.Domain.EntityFrameworkCore;
using Bimtek.Domain.EntityFrameworkCore.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the package's persistence.</summary>
public static class BimtekPersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BimtekDbContext"/> (scoped) on the provider <paramref name="configureDatabase"/> chooses
    /// (<c>o =&gt; o.UseNpgsql(...)</c> or <c>o =&gt; o.UseSqlite(...)</c>) and <see cref="BimtekStore"/> (scoped).
    /// Idempotent: a second call changes nothing; what the host registered first wins.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configureDatabase">Chooses the provider and connection.</param>
    /// <param name="configure">Sets <see cref="BimtekPersistenceOptions"/>, or <see langword="null"/>.</param>
    /// <returns>The same services.</returns>
    /// <remarks>Sensitive data logging stays off: EF logs no parameter values, so no NIP reaches a log.</remarks>
    public static IServiceCollection AddBimtekPersistence(
        this IServiceCollection services, Action<DbContextOptionsBuilder> configureDatabase, Action<BimtekPersistenceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configureDatabase);
        if (services.Any(d => d.ServiceType == typeof(BimtekStore)))
        {
            return services;
        }

        var options = new BimtekPersistenceOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.AddDbContext<BimtekDbContext>(o =>
        {
            configureDatabase(o);
            o.EnableSensitiveDataLogging(false);
        });
        services.TryAddScoped(sp => new BimtekStore(
            sp.GetRequiredService<BimtekDbContext>(), sp.GetRequiredService<BimtekPersistenceOptions>(), sp.GetService<IPersonalDataProtector>()));
        return services;
    }
}

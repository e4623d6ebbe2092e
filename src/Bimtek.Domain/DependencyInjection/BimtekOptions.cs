using Bimtek.Domain.Centres;

namespace Bimtek.Domain;

/// <summary>Settings a host may change when it calls <see cref="BimtekDomainServiceCollectionExtensions.AddBimtekDomain(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{BimtekOptions}?)"/>.</summary>
/// <remarks>Every setting left <see langword="null"/> uses the embedded reference data. The settings are checked when
/// <c>AddBimtekDomain</c> runs, so a bad mapping fails at start, not at first use.</remarks>
public sealed class BimtekOptions
{
    /// <summary>
    /// Gets or sets the training centres, replacing the seven embedded BDI (e.g. to add a new centre).
    /// <see langword="null"/> keeps <see cref="CentreDirectory.EmbeddedCentres"/>.
    /// </summary>
    public IReadOnlyList<TrainingCentre>? Centres { get; set; }

    /// <summary>
    /// Gets or sets the whole service-area mapping (which centre serves which province, over which period), replacing
    /// the embedded one. <see langword="null"/> keeps <see cref="CentreDirectory.EmbeddedServiceAreas"/>, whose entries
    /// for BDI Jakarta, Denpasar and Makassar are assumed. A mapping that leaves a province unserved or doubly served
    /// on some date throws <see cref="ServiceAreaMappingException"/>.
    /// </summary>
    public IReadOnlyList<ServiceArea>? ServiceAreas { get; set; }
}

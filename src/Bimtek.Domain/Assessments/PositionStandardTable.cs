using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Assessments;

/// <summary>Position standards as data: the level each position kind (and functional tier) requires per competency.</summary>
/// <remarks>
/// <para>A standard naming a competency wins over the position's general one, which applies only to managerial and
/// socio-cultural competencies (technical standards are the instansi's, so a host names them one by one). For a
/// functional position a standard of the official's tier wins over one for every tier: the lookup runs
/// (tier, competency), (any tier, competency), (tier, general), (any tier, general).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class PositionStandardTable : IPositionStandards
{
    private static readonly Lazy<PositionStandardTable> Embedded = new(() => new PositionStandardTable(CompetencySeeds.LoadPositionStandards()));

    private readonly Dictionary<(PositionKind, FunctionalTier?, string), PositionStandard> _specific = [];
    private readonly Dictionary<(PositionKind, FunctionalTier?), PositionStandard> _general = [];

    /// <summary>Creates a table.</summary>
    /// <param name="standards">The standards; at most one per position, tier and competency (or general).</param>
    /// <exception cref="ArgumentException">A standard is null, has the default level, an undefined position or tier, a
    /// tier on a position that is not <see cref="PositionKind.Fungsional"/>, or repeats another.</exception>
    public PositionStandardTable(IEnumerable<PositionStandard> standards)
    {
        ArgumentNullException.ThrowIfNull(standards);
        Standards = standards.Select(s => s ?? throw new ArgumentException("A standard is null.", nameof(standards))).ToList().AsReadOnly();
        foreach (var standard in Standards)
        {
            var name = $"{standard.Position}{(standard.Tier is { } t ? $" {t}" : "")}/{standard.CompetencyCode ?? "*"}";
            if (standard.Level.IsDefault || !Enum.IsDefined(standard.Position))
            {
                throw new ArgumentException($"Standard {name}: needs a defined position and a level 1–5.", nameof(standards));
            }

            if (standard.Tier is { } tier && (!Enum.IsDefined(tier) || standard.Position != PositionKind.Fungsional))
            {
                throw new ArgumentException($"Standard {name}: a tier is a defined FunctionalTier, and only for Fungsional.", nameof(standards));
            }

            // The tier is part of the key: the tiers of one functional position are distinct standards, not repeats.
            var added = standard.CompetencyCode is null
                ? _general.TryAdd((standard.Position, standard.Tier), standard)
                : _specific.TryAdd((standard.Position, standard.Tier, standard.CompetencyCode), standard);
            if (!added)
            {
                throw new ArgumentException($"Standard {name} is given more than once.", nameof(standards));
            }
        }
    }

    /// <summary>
    /// Gets the default table, <b>assumed</b> throughout (<c>seeds/competencies/position-standards.csv</c>, FACTS §c,
    /// part 2 §3): JPT Utama 5, JPT Madya 5, JPT Pratama 4, Administrator 3, Pengawas 2, Pelaksana 1; functional tiers
    /// Ahli Utama 5, Ahli Madya 4, Ahli Muda 3, Ahli Pertama 2, Penyelia 3, Mahir 2, Terampil 1, Pemula 1; each for every
    /// managerial and socio-cultural competency. A functional official without a tier has no default. Replace it
    /// through <c>BimtekOptions.PositionStandards</c>.
    /// </summary>
    public static PositionStandardTable Default => Embedded.Value;

    /// <summary>Gets every standard, in the order given.</summary>
    public IReadOnlyList<PositionStandard> Standards { get; }

    /// <inheritdoc />
    public PositionStandard? Find(PositionKind position, Competency competency) => Find(position, null, competency);

    /// <inheritdoc />
    public PositionStandard? Find(PositionKind position, FunctionalTier? tier, Competency competency)
    {
        ArgumentNullException.ThrowIfNull(competency);
        if (_specific.TryGetValue((position, tier, competency.Code), out var specific)
            || (tier is not null && _specific.TryGetValue((position, null, competency.Code), out specific)))
        {
            return specific;
        }

        if (competency.Kind is not (CompetencyKind.Managerial or CompetencyKind.SocioCultural))
        {
            return null;
        }

        return _general.GetValueOrDefault((position, tier)) ?? (tier is null ? null : _general.GetValueOrDefault((position, null)));
    }
}

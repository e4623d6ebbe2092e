using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Assessments;

/// <summary>Position standards as data: the level each position kind requires per competency.</summary>
/// <remarks>
/// A standard naming a competency wins over the position's general one, which applies only to managerial and
/// socio-cultural competencies (technical standards are the instansi's, so a host names them one by one).
/// Immutable and thread-safe.
/// </remarks>
public sealed class PositionStandardTable : IPositionStandards
{
    private static readonly Lazy<PositionStandardTable> Embedded = new(() => new PositionStandardTable(CompetencySeeds.LoadPositionStandards()));

    private readonly Dictionary<(PositionKind, string), PositionStandard> _specific = [];
    private readonly Dictionary<PositionKind, PositionStandard> _general = [];

    /// <summary>Creates a table.</summary>
    /// <param name="standards">The standards; at most one per position and competency (or general).</param>
    /// <exception cref="ArgumentException">A standard is null, has the default level or an undefined position, or repeats another.</exception>
    public PositionStandardTable(IEnumerable<PositionStandard> standards)
    {
        ArgumentNullException.ThrowIfNull(standards);
        Standards = standards.Select(s => s ?? throw new ArgumentException("A standard is null.", nameof(standards))).ToList().AsReadOnly();
        foreach (var standard in Standards)
        {
            if (standard.Level.IsDefault || !Enum.IsDefined(standard.Position))
            {
                throw new ArgumentException($"Standard {standard.Position}/{standard.CompetencyCode ?? "*"}: needs a defined position and a level 1–5.", nameof(standards));
            }

            var added = standard.CompetencyCode is null
                ? _general.TryAdd(standard.Position, standard)
                : _specific.TryAdd((standard.Position, standard.CompetencyCode), standard);
            if (!added)
            {
                throw new ArgumentException($"Standard {standard.Position}/{standard.CompetencyCode ?? "*"} is given more than once.", nameof(standards));
            }
        }
    }

    /// <summary>
    /// Gets the default table, <b>assumed</b>: JPT Utama 5, JPT Madya 5, JPT Pratama 4, Administrator 3, Pengawas 2,
    /// Pelaksana 1 for every managerial and socio-cultural competency. The sources did not confirm it (FACTS §c,
    /// part 2 §3); functional positions have no default. Replace it through <c>BimtekOptions.PositionStandards</c>.
    /// </summary>
    public static PositionStandardTable Default => Embedded.Value;

    /// <summary>Gets every standard, in the order given.</summary>
    public IReadOnlyList<PositionStandard> Standards { get; }

    /// <inheritdoc />
    public PositionStandard? Find(PositionKind position, Competency competency)
    {
        ArgumentNullException.ThrowIfNull(competency);
        if (_specific.TryGetValue((position, competency.Code), out var specific))
        {
            return specific;
        }

        return competency.Kind is CompetencyKind.Managerial or CompetencyKind.SocioCultural ? _general.GetValueOrDefault(position) : null;
    }
}

using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Regions;

/// <summary>
/// The region directory built from the reference data embedded in the package (Kemendagri codes of 2025, the 2020
/// codes of the Papua kabupaten/kota that moved in 2022, the four 2022 provinces and their laws).
/// </summary>
/// <remarks>
/// Immutable and thread-safe; build it once (<see cref="FromEmbeddedSeeds"/>) and share it. Lookups by code are
/// array-indexed and allocate nothing. The effective dates of the 2022 provinces are the promulgation dates of their
/// laws (UU 14, 15, 16/2022: 2022-07-25; UU 29/2022: 2022-12-08); see <c>seeds/regions/SOURCES.md</c>.
/// </remarks>
public sealed class RegionDirectory : IRegionDirectory
{
    /// <summary>One embedded directory for the package's own defaults (immutable, so sharing it is safe).</summary>
    internal static readonly Lazy<RegionDirectory> Shared = new(FromEmbeddedSeeds);

    private readonly Province?[] _provinces = new Province?[RegionCode.ValueSpace];
    private readonly Regency?[] _regencies = new Regency?[RegionCode.ValueSpace];
    private readonly IReadOnlyList<Province> _allProvinces;
    private readonly EffectiveIndex<Province> _provincesByDate;
    private readonly EffectiveIndex<Regency> _regenciesByDate;
    private readonly Dictionary<string, Region[]> _names = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, Region[]>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
#endif

    private RegionDirectory(IEnumerable<Province> provinces, IEnumerable<Regency> regencies, IEnumerable<(RegionCode Code, string Alias)> aliases)
    {
        // A code twice in one seed file is refused by the seed reader, at its line; a kabupaten/kota's version from the
        // Papua crosswalk can still meet a row of regencies.csv with the same code, which only the directory sees.
        foreach (var province in provinces)
        {
            _provinces[province.Code.Value] = province;
            AddName(province.Name, province);
        }

        foreach (var regency in regencies)
        {
            _regencies[regency.Code.Value] = _regencies[regency.Code.Value] is null
                ? regency
                : throw new InvalidDataException($"Kabupaten/kota code {regency.Code} appears twice in the region seeds.");
            AddName(regency.Name, regency);
        }

        foreach (var (code, alias) in aliases)
        {
            Region target = code.Level == RegionLevel.Province
                ? _provinces[code.Value] ?? throw new InvalidDataException($"Alias '{alias}' names unknown province {code}.")
                : _regencies[code.Value] ?? throw new InvalidDataException($"Alias '{alias}' names unknown kabupaten/kota {code}.");
            AddName(alias, target);
        }

#if NET9_0_OR_GREATER
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        _allProvinces = _provinces.OfType<Province>().ToList().AsReadOnly();
        _provincesByDate = new EffectiveIndex<Province>(_allProvinces);
        _regenciesByDate = new EffectiveIndex<Regency>(_regencies.OfType<Regency>());
    }

    /// <summary>
    /// Gets the first date the embedded data holds for: 2020-01-01, <em>assumed</em>. The oldest code list it was built
    /// from is the 2020 one (Permendagri 72/2019: 34 provinces, 514 kab/kota; <c>seeds/regions/SOURCES.md</c>); no
    /// earlier list was checked against it, so earlier dates are not answered.
    /// </summary>
    public static LocalDate EmbeddedDataFrom { get; } = new(2020, 1, 1);

    /// <inheritdoc />
    /// <remarks>For the embedded data, <see cref="EmbeddedDataFrom"/> (assumed).</remarks>
    public LocalDate? HoldsFrom => EmbeddedDataFrom;

    /// <summary>Builds the directory from the embedded seeds.</summary>
    /// <returns>A new directory (a few milliseconds; share the instance).</returns>
    public static RegionDirectory FromEmbeddedSeeds() => FromSeeds(EmbeddedSeed.ReadCsv);

    /// <summary>Builds a directory from seeds read through <paramref name="read"/>: a test gives a malformed seed here.</summary>
    internal static RegionDirectory FromSeeds(Func<string, string[], IReadOnlyList<SeedRow>> read)
    {
        var (provinces, regencies, aliases) = RegionSeeds.Load(read);
        return new RegionDirectory(provinces, regencies, aliases);
    }

    /// <inheritdoc />
    public IReadOnlyList<Province> GetProvinces(LocalDate asOf) => _provincesByDate.At(asOf);

    /// <inheritdoc />
    public IReadOnlyList<Province> GetAllProvinces() => _allProvinces;

    /// <inheritdoc />
    public IReadOnlyList<Regency> GetRegencies(LocalDate asOf) => _regenciesByDate.At(asOf);

    /// <inheritdoc />
    public IReadOnlyList<Regency> GetRegencies(RegionCode province, LocalDate asOf)
    {
        if (province.IsDefault || province.Level != RegionLevel.Province)
        {
            throw new ArgumentException($"Expected a province code, got '{province}'.", nameof(province));
        }

        return [.. GetRegencies(asOf).Where(regency => regency.ProvinceCode == province)];
    }

    /// <inheritdoc />
    public Province? FindProvince(RegionCode code, LocalDate asOf)
    {
        if (code.IsDefault)
        {
            throw new ArgumentException("The default RegionCode names no region.", nameof(code));
        }

        if (code.Level == RegionLevel.Regency)
        {
            return FindRegency(code, asOf) is { } regency ? FindProvince(regency.ProvinceCode, asOf) : null;
        }

        return _provinces[code.Value] is { } province && province.IsInForceOn(asOf) ? province : null;
    }

    /// <inheritdoc />
    public Regency? FindRegency(RegionCode code, LocalDate asOf)
    {
        if (code.IsDefault || code.Level != RegionLevel.Regency)
        {
            throw new ArgumentException($"Expected a kabupaten/kota code, got '{code}'.", nameof(code));
        }

        var regency = _regencies[code.Value];
        while (regency is not null && !regency.IsInForceOn(asOf))
        {
            // Only forward: a version that ended before asOf hands over to its successor.
            regency = regency.ValidUntil <= asOf && regency.Successor is { } next ? _regencies[next.Value] : null;
        }

        return regency;
    }

    /// <inheritdoc />
    public RegionNameResolution ResolveName(string name, LocalDate asOf, RegionCode? withinProvince = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (withinProvince is { IsDefault: true })
        {
            throw new ArgumentException("The default RegionCode names no province; pass null for all provinces.", nameof(withinProvince));
        }

        Span<char> words = stackalloc char[RegionNameKey.MaxLength];
        Span<char> key = stackalloc char[RegionNameKey.MaxLength];
        var scope = RegionNameKey.Words(name, words, out var length, out var prefix);
        var matches = Match(key[..RegionNameKey.Key(words[prefix..length], key)], scope, asOf, withinProvince);

        // "Kota Baru" may be a name, not the prefix "Kota" before "Baru": fall back to the whole text.
        if (matches.Length == 0 && scope != RegionNameScope.Any)
        {
            matches = Match(key[..RegionNameKey.Key(words[..length], key)], RegionNameScope.Any, asOf, withinProvince);
        }

        return new RegionNameResolution(name, matches);
    }

    private Region[] Match(ReadOnlySpan<char> key, RegionNameScope scope, LocalDate asOf, RegionCode? withinProvince)
    {
        if (!TryGetCandidates(key, out var candidates))
        {
            return [];
        }

        // Candidates are few (at most a handful share a key): count, then fill an exact array.
        var count = 0;
        foreach (var candidate in candidates)
        {
            count += Fits(candidate, scope, asOf, withinProvince) ? 1 : 0;
        }

        var matches = new Region[count];
        var index = 0;
        foreach (var candidate in candidates)
        {
            if (Fits(candidate, scope, asOf, withinProvince))
            {
                matches[index++] = candidate;
            }
        }

        return matches;
    }

    private bool TryGetCandidates(ReadOnlySpan<char> key, out Region[] candidates) =>
#if NET9_0_OR_GREATER
        _nameLookup.TryGetValue(key, out candidates!);
#else
        _names.TryGetValue(key.ToString(), out candidates!);
#endif

    private static bool Fits(Region candidate, RegionNameScope scope, LocalDate asOf, RegionCode? withinProvince) =>
        candidate.IsInForceOn(asOf)
        && InScope(candidate, scope)
        && (withinProvince is not { } province || candidate.Code.Province == province.Province);

    private static bool InScope(Region region, RegionNameScope scope) => scope switch
    {
        RegionNameScope.Province => region is Province,
        RegionNameScope.Kabupaten => region is Regency { Kind: RegencyKind.Kabupaten },
        RegionNameScope.Kota => region is Regency { Kind: RegencyKind.Kota },
        _ => true,
    };

    private void AddName(string name, Region region)
    {
        var key = RegionNameKey.Of(name);
        if (!_names.TryGetValue(key, out var existing))
        {
            _names[key] = [region];
        }
        else if (!existing.Contains(region))
        {
            // Kept in code order, so matches come out ordered without sorting.
            _names[key] = [.. existing.Append(region).OrderBy(r => r.Code)];
        }
    }
}

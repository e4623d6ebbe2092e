namespace Bimtek.Domain.Regions;

/// <summary>The outcome of resolving a place name: one region, several (ambiguous) or none.</summary>
/// <remarks>The resolver never guesses: "Bandung" is <see cref="RegionNameStatus.Ambiguous"/> between Kabupaten Bandung
/// (32.04) and Kota Bandung (32.73); "Kab. Bandung" resolves to 32.04.</remarks>
public sealed class RegionNameResolution
{
    internal RegionNameResolution(string input, IReadOnlyList<Region> matches)
    {
        Input = input;
        Matches = matches is Region[] array ? Array.AsReadOnly(array) : matches;
    }

    /// <summary>Gets the text that was resolved, as given.</summary>
    public string Input { get; }

    /// <summary>Gets every region the name may denote on the date asked, ordered by code.</summary>
    public IReadOnlyList<Region> Matches { get; }

    /// <summary>Gets whether the name denotes one region, several or none.</summary>
    public RegionNameStatus Status => Matches.Count switch
    {
        0 => RegionNameStatus.NotFound,
        1 => RegionNameStatus.Resolved,
        _ => RegionNameStatus.Ambiguous,
    };

    /// <summary>Gets the region when <see cref="Status"/> is <see cref="RegionNameStatus.Resolved"/>; otherwise <see langword="null"/>.</summary>
    public Region? Region => Matches.Count == 1 ? Matches[0] : null;

    /// <inheritdoc />
    public override string ToString() => Status switch
    {
        RegionNameStatus.Resolved => $"'{Input}' is {Matches[0]}",
        RegionNameStatus.Ambiguous => $"'{Input}' is ambiguous: {string.Join(", ", Matches)}",
        _ => $"'{Input}' names no region",
    };
}

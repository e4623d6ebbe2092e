using Bimtek.Domain.Common;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>How rows are resolved to officials: the steps in order, and the host's mapping for what the rules cannot do.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ResolutionOptions
{
    private static readonly ResolutionStep[] DefaultSteps = [ResolutionStep.Email, ResolutionStep.NipInName, ResolutionStep.Name, ResolutionStep.HostMapping];

    /// <summary>The default order: e-mail, NIP in the display name, name, host mapping.</summary>
    public static readonly ResolutionOptions Default = new();

    /// <summary>Creates options.</summary>
    /// <param name="steps">The steps, in the order to try them; <see langword="null"/> for the default order. A step left out is not tried.</param>
    /// <param name="mapping">Display names or e-mails (keys, compared like names and e-mails) to NIPs, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A step is unknown or repeated, or a mapping key is blank or its NIP <c>default</c>.</exception>
    public ResolutionOptions(IEnumerable<ResolutionStep>? steps = null, IReadOnlyDictionary<string, Nip>? mapping = null)
    {
        var list = (steps ?? DefaultSteps).ToList();
        if (list.Any(s => !Enum.IsDefined(s)) || list.Distinct().Count() != list.Count)
        {
            throw new ArgumentException("A step is unknown or repeated.", nameof(steps));
        }

        var map = new Dictionary<string, Nip>(StringComparer.Ordinal);
        foreach (var (key, nip) in mapping ?? new Dictionary<string, Nip>())
        {
            if (string.IsNullOrWhiteSpace(key) || nip.IsDefault)
            {
                throw new ArgumentException("A mapping key is blank or its NIP is the default Nip.", nameof(mapping));
            }

            map[MappingKey(key)] = nip;
        }

        Steps = list.AsReadOnly();
        Mapping = map.AsReadOnly();
    }

    /// <summary>Gets the steps, in order.</summary>
    public IReadOnlyList<ResolutionStep> Steps { get; }

    /// <summary>Gets the host's mapping, keyed by the normalised e-mail or name.</summary>
    public IReadOnlyDictionary<string, Nip> Mapping { get; }

    internal static string MappingKey(string key) =>
        key.Contains('@') ? key.Trim().ToLowerInvariant() : PersonName.Normalise(key);
}

using Bimtek.Domain.Common;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>A session roster read by <see cref="RosterFile"/>: the officials to resolve meeting rows to, and the sessions each is enrolled in.</summary>
/// <remarks>Holds personal data (names, e-mails): <see cref="ToString"/> shows counts only. Immutable.</remarks>
public sealed class Roster
{
    private readonly Dictionary<Nip, IReadOnlyList<string>> _sessions;

    internal Roster(IEnumerable<(Nip Nip, string Name, string[] Emails, string[] Sessions)> entries, Dictionary<string, Nip> aliases)
    {
        var officials = new List<RosterOfficial>();
        var sessions = new Dictionary<Nip, List<string>>();
        foreach (var (nip, name, emails, enrolled) in entries)
        {
            officials.Add(new RosterOfficial(nip, name, emails));
            if (!sessions.TryGetValue(nip, out var list))
            {
                sessions[nip] = list = [];
            }

            list.AddRange(enrolled.Where(s => !list.Contains(s, StringComparer.Ordinal)));
        }

        Officials = officials.AsReadOnly();
        Resolution = new ResolutionOptions(mapping: aliases);
        _sessions = sessions.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value.AsReadOnly());
    }

    /// <summary>Gets the officials, one per row, in file order (a NIP on several rows appears on each; <see cref="IdentityResolver"/> merges them).</summary>
    public IReadOnlyList<RosterOfficial> Officials { get; }

    /// <summary>Gets the default resolution steps with the roster's aliases as the host's mapping.</summary>
    public ResolutionOptions Resolution { get; }

    /// <summary>Gets the distinct officials' NIPs.</summary>
    public IReadOnlyCollection<Nip> Nips => _sessions.Keys;

    /// <summary>Gets the sessions an official is enrolled in, in file order; empty when the roster names none.</summary>
    /// <param name="nip">The official's NIP.</param>
    /// <returns>The session ids.</returns>
    public IReadOnlyList<string> SessionsOf(Nip nip) => _sessions.TryGetValue(nip, out var list) ? list : [];

    /// <inheritdoc />
    public override string ToString() => $"{_sessions.Count} official(s) on {Officials.Count} row(s)";
}

using System.Text.RegularExpressions;
using Bimtek.Domain.Common;
using static Bimtek.Domain.Interop.Meetings.MeetingRuleCodes;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// Resolves meeting rows (display names, e-mails) to enrolled officials (NIPs): by e-mail, by a NIP written in the
/// display name, by the name with Indonesian titles folded, and by the host's mapping, in the order the host chooses.
/// Two officials for one row is <see cref="ResolutionOutcome.Ambiguous"/>, none <see cref="ResolutionOutcome.Unresolved"/>:
/// both reported by line, never guessed.
/// </summary>
/// <remarks>
/// <para>Indexes are built once (hash tables), so a row costs a few lookups and one regular-expression scan: linear in
/// rows. Immutable and thread-safe after construction. Findings (<see cref="MeetingRuleCodes.Unresolved"/>,
/// <see cref="MeetingRuleCodes.Ambiguous"/>) name the row by line or JSON path, never by name or e-mail.</para>
/// <para>Hosts (organisers, presenters) and guests are counted apart; a host row that matches no one is not reported,
/// while a guest row is (Zoom marks everyone outside the host's account a guest, which is most agency officials).</para>
/// </remarks>
public sealed partial class IdentityResolver
{
    private readonly Dictionary<string, Nip[]> _byEmail;
    private readonly Dictionary<string, Nip[]> _byName;
    private readonly HashSet<Nip> _enrolled;

    /// <summary>Builds the indexes of a roster.</summary>
    /// <param name="roster">The enrolled officials (a NIP listed twice is merged: its names and e-mails all count).</param>
    public IdentityResolver(IEnumerable<RosterOfficial> roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var byEmail = new Dictionary<string, List<Nip>>(StringComparer.Ordinal);
        var byName = new Dictionary<string, List<Nip>>(StringComparer.Ordinal);
        _enrolled = [];
        foreach (var official in roster)
        {
            ArgumentNullException.ThrowIfNull(official, nameof(roster));
            _enrolled.Add(official.Nip);
            foreach (var email in official.Emails)
            {
                AddTo(byEmail, email.ToLowerInvariant(), official.Nip);
            }

            if (PersonName.Normalise(official.Name) is { Length: > 0 } name)
            {
                AddTo(byName, name, official.Nip);
            }
        }

        _byEmail = byEmail.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _byName = byName.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Gets the number of enrolled officials.</summary>
    public int Count => _enrolled.Count;

    /// <summary>Resolves every row of a report.</summary>
    /// <param name="report">The report read from an export.</param>
    /// <param name="options">The steps and the host's mapping; <see langword="null"/> for <see cref="ResolutionOptions.Default"/>.</param>
    /// <returns>Each row's resolution, counts per step, and the findings.</returns>
    public ResolutionResult Resolve(MeetingReport report, ResolutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ResolveRows(report.Rows, options);
    }

    /// <summary>Resolves rows (e.g. of several reports: one per day of a session).</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="options">The steps and the host's mapping; <see langword="null"/> for the default.</param>
    /// <returns>Each row's resolution, counts per step, and the findings.</returns>
    public ResolutionResult ResolveRows(IEnumerable<MeetingRow> rows, ResolutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        options ??= ResolutionOptions.Default;
        var capacity = rows.TryGetNonEnumeratedCount(out var count) ? count : 0;
        var resolved = new List<MeetingRow>(capacity);
        var verdicts = new List<RowVerdict>(capacity);
        var findings = new List<RuleViolation>();
        foreach (var row in rows)
        {
            var verdict = ResolveRow(row, options, out var reason);
            resolved.Add(row);
            verdicts.Add(verdict);
            if (verdict.Outcome == ResolutionOutcome.Ambiguous)
            {
                findings.Add(MeetingRules.Violation(Ambiguous, ("Where", Where(row)), ("Count", reason.Count), ("Step", verdict.Step)));
            }
            else if (verdict.Outcome == ResolutionOutcome.Unresolved)
            {
                findings.Add(MeetingRules.Violation(Unresolved, ("Where", Where(row)), ("Reason", reason.Text)));
            }
        }

        return new ResolutionResult(resolved, verdicts, findings.AsReadOnly());
    }

    private static object Where(MeetingRow row) => row.Line > 0 ? new RuleText($"baris {row.Line}", $"line {row.Line}") : row.Where;

    private RowVerdict ResolveRow(MeetingRow row, ResolutionOptions options, out (int Count, RuleText Text) reason)
    {
        reason = (0, NoMatch);
        var steps = options.Steps;
        for (var s = 0; s < steps.Count; s++)
        {
            // Indexed, not foreach: the steps are an interface, and a million rows would each allocate its enumerator.
            var step = steps[s];
            var candidates = Candidates(row, step, options, ref reason);
            if (candidates.Length == 1)
            {
                return new RowVerdict(ResolutionOutcome.Resolved, candidates[0], step);
            }

            if (candidates.Length > 1)
            {
                reason = (candidates.Length, reason.Text);
                return new RowVerdict(ResolutionOutcome.Ambiguous, default, step);
            }
        }

        return new RowVerdict(row.Role == MeetingRole.Host ? ResolutionOutcome.Host : ResolutionOutcome.Unresolved, default, null);
    }

    private Nip[] Candidates(MeetingRow row, ResolutionStep step, ResolutionOptions options, ref (int Count, RuleText Text) reason)
    {
        switch (step)
        {
            case ResolutionStep.Email:
                return row.Email is { } email && _byEmail.TryGetValue(email.ToLowerInvariant(), out var byEmail) ? byEmail : [];
            case ResolutionStep.NipInName:
                return NipsIn(row.DisplayName, ref reason);
            case ResolutionStep.Name:
                var name = PersonName.Normalise(row.DisplayName);
                if (name.Length > 0 && _byName.TryGetValue(name, out var byName))
                {
                    return byName;
                }

                // Zoom writes a renamed participant as "New name (Original name)": try the name without the brackets.
                var open = row.DisplayName.IndexOf('(', StringComparison.Ordinal);
                return open > 0 && _byName.TryGetValue(PersonName.Normalise(row.DisplayName[..open]), out var outer) ? outer : [];
            case ResolutionStep.HostMapping:
                var found = new HashSet<Nip>();
                if (row.Email is { } mail && options.Mapping.TryGetValue(ResolutionOptions.MappingKey(mail), out var fromMail))
                {
                    found.Add(fromMail);
                }

                if (options.Mapping.TryGetValue(PersonName.Normalise(row.DisplayName), out var fromName))
                {
                    found.Add(fromName);
                }

                return [.. found];
            default:
                return [];
        }
    }

    private Nip[] NipsIn(string displayName, ref (int Count, RuleText Text) reason)
    {
        // Most display names hold no NIP: fewer than 18 digits cannot, and skip the pattern.
        if (CountDigits(displayName) < 18)
        {
            return [];
        }

        Nip[]? found = null;
        Span<char> digits = stackalloc char[18];
        foreach (Match match in NipPattern().Matches(displayName))
        {
            var n = 0;
            foreach (var c in match.ValueSpan)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits[n++] = c;
                }
            }

            if (!Nip.TryParse(digits[..n], out var nip))
            {
                continue;
            }

            if (!_enrolled.Contains(nip))
            {
                reason = (0, NotEnrolled);
                continue;
            }

            found = found is null ? [nip] : found.Contains(nip) ? found : [.. found, nip];
        }

        return found ?? [];
    }

    private static int CountDigits(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return count;
    }

    // Shared (a RuleText is immutable): every row starts with this reason, and a million rows need not make it anew.
    private static readonly RuleText NoMatch = new("tidak ada langkah yang cocok", "no step matched");

    private static RuleText NotEnrolled => new("NIP pada nama tidak terdaftar di sesi ini", "the NIP in the name is not enrolled in this session");

    private static void AddTo(Dictionary<string, List<Nip>> index, string key, Nip nip)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(nip))
        {
            list.Add(nip);
        }
    }

    // 18 digits in the NIP's groups (8 birth date, 6 appointment, 1 sex, 3 sequence), with spaces, dots or hyphens
    // between groups as people write them in display names; not part of a longer run of digits.
    [GeneratedRegex(@"(?<!\d)\d{8}[ .\-]?\d{6}[ .\-]?\d[ .\-]?\d{3}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NipPattern();
}

namespace Bimtek.Domain.Common;

/// <summary>
/// The one mechanism each concept declares its rules with: the rules themselves, their lookup by code, and the
/// violations they raise. A concept's public catalogue (<c>ScheduleRules</c>, <c>ProgrammeRules</c>, …) only holds one.
/// </summary>
/// <remarks>Checks at start-up what the code scheme promises: every code is unique and starts with the concept's namespace.</remarks>
internal sealed class RuleBook
{
    private readonly Dictionary<string, RuleDescriptor> _byCode;
    private readonly string _concept;

    /// <summary>Declares the rules of <paramref name="concept"/> (the last part of its namespace, e.g. <c>Scheduling</c>).</summary>
    public RuleBook(string concept, params RuleDescriptor[] rules)
    {
        _concept = concept;
        _byCode = new Dictionary<string, RuleDescriptor>(rules.Length, StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!rule.Code.StartsWith(concept + ".", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Rule {rule.Code} does not start with its concept's prefix '{concept}.'.", nameof(rules));
            }

            if (!_byCode.TryAdd(rule.Code, rule))
            {
                throw new ArgumentException($"Rule {rule.Code} is declared twice.", nameof(rules));
            }
        }

        All = _byCode.Values.OrderBy(r => r.Code, StringComparer.Ordinal).ToList().AsReadOnly();
    }

    /// <summary>Gets every rule, ordered by code.</summary>
    public IReadOnlyList<RuleDescriptor> All { get; }

    /// <summary>Gets a rule by code.</summary>
    /// <exception cref="KeyNotFoundException">No rule of this concept has that code.</exception>
    public RuleDescriptor Get(string code) =>
        _byCode.TryGetValue(code, out var rule) ? rule : throw new KeyNotFoundException($"No {_concept} rule has code '{code}'.");

    /// <summary>Creates a violation of the rule with <paramref name="code"/> from name/value pairs.</summary>
    public RuleViolation Violation(string code, params (string Name, object? Value)[] details) =>
        new(Get(code), Details(details));

    /// <summary>Builds a details dictionary from name/value pairs; values stay typed and are formatted when read.</summary>
    public static IReadOnlyDictionary<string, object?> Details(params (string Name, object? Value)[] pairs)
    {
        var details = new Dictionary<string, object?>(pairs.Length, StringComparer.Ordinal);
        foreach (var (name, value) in pairs)
        {
            details[name] = value;
        }

        return details.AsReadOnly();
    }
}

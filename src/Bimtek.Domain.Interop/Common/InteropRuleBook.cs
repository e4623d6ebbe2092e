using Bimtek.Domain.Common;

namespace Bimtek.Domain.Interop.Common;

/// <summary>
/// The interop package's rule book: the same contract as the core's (codes unique, prefixed by the partner's namespace,
/// messages in Indonesian and English with the same placeholders), built on the core's public <see cref="RuleDescriptor"/>.
/// </summary>
/// <remarks>The core's own book is internal to it; a companion package must not reach into another's internals.</remarks>
internal sealed class InteropRuleBook
{
    private readonly Dictionary<string, RuleDescriptor> _byCode;

    public InteropRuleBook(string concept, params RuleDescriptor[] rules)
    {
        _byCode = new Dictionary<string, RuleDescriptor>(rules.Length, StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!rule.Code.StartsWith(concept + ".", StringComparison.Ordinal) || !_byCode.TryAdd(rule.Code, rule))
            {
                throw new ArgumentException($"Rule {rule.Code} is repeated or lacks the prefix '{concept}.'.", nameof(rules));
            }
        }

        All = _byCode.Values.OrderBy(r => r.Code, StringComparer.Ordinal).ToList().AsReadOnly();
        Concept = concept;
    }

    public string Concept { get; }

    public IReadOnlyList<RuleDescriptor> All { get; }

    public RuleDescriptor Get(string code) =>
        _byCode.TryGetValue(code, out var rule) ? rule : throw new KeyNotFoundException($"No {Concept} rule has code '{code}'.");

    public RuleViolation Violation(string code, params (string Name, object? Value)[] details)
    {
        var map = new Dictionary<string, object?>(details.Length, StringComparer.Ordinal);
        foreach (var (name, value) in details)
        {
            map[name] = value;
        }

        return new RuleViolation(Get(code), map.AsReadOnly());
    }
}

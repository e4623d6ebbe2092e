using System.Globalization;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Assessments;

/// <summary>An assessment instrument (pre-test, post-test, assignment, observation): items mapped to competencies, each with a maximum score.</summary>
/// <remarks>Immutable and thread-safe. Raw scores are normalised to 0–100 against <see cref="MaximumScore"/>.</remarks>
public sealed class AssessmentInstrument
{
    private readonly Dictionary<string, InstrumentItem> _items;

    /// <summary>Creates an instrument.</summary>
    /// <param name="code">A stable code, e.g. <c>PRE-2020</c>.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="items">The items, at least one, with distinct codes and positive maxima.</param>
    /// <exception cref="ArgumentException">The code is blank, the kind undefined, there is no item, or an item is null,
    /// blank, repeated or has a maximum of 0 or less.</exception>
    public AssessmentInstrument(string code, InstrumentKind kind, IEnumerable<InstrumentItem> items)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(items);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"Instrument {code}: kind {(int)kind} is not defined.", nameof(kind));
        }

        Code = code;
        Kind = kind;
        Items = items.Select(i => i ?? throw new ArgumentException($"Instrument {code}: an item is null.", nameof(items))).ToList().AsReadOnly();
        if (Items.Count == 0)
        {
            throw new ArgumentException($"Instrument {code} has no item.", nameof(items));
        }

        _items = new Dictionary<string, InstrumentItem>(StringComparer.Ordinal);
        foreach (var item in Items)
        {
            if (string.IsNullOrWhiteSpace(item.Code) || string.IsNullOrWhiteSpace(item.CompetencyCode) || item.MaximumScore <= 0m)
            {
                throw new ArgumentException($"Instrument {code}: every item needs a code, a competency and a maximum above 0.", nameof(items));
            }

            if (!_items.TryAdd(item.Code, item))
            {
                throw new ArgumentException($"Instrument {code}: item code {item.Code} is used more than once.", nameof(items));
            }
        }

        MaximumScore = Items.Sum(i => i.MaximumScore);
    }

    /// <summary>Gets the code.</summary>
    public string Code { get; }

    /// <summary>Gets the kind.</summary>
    public InstrumentKind Kind { get; }

    /// <summary>Gets the items, in the order given.</summary>
    public IReadOnlyList<InstrumentItem> Items { get; }

    /// <summary>Gets the maximum raw score, the sum of the items' maxima.</summary>
    public decimal MaximumScore { get; }

    /// <summary>Checks that every item's competency is in one of the frameworks.</summary>
    /// <param name="frameworks">The frameworks the instrument assesses against.</param>
    /// <returns>Every violation of <see cref="AssessmentRuleCodes.ItemCompetencyUnknown"/>, one per item.</returns>
    public RuleResult CheckCompetencies(IEnumerable<CompetencyFramework> frameworks)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        var list = frameworks.ToList();
        return RuleResult.From(Items
            .Where(i => !list.Any(f => f.Find(i.CompetencyCode) is not null))
            .Select(i => AssessmentRules.Violation(AssessmentRuleCodes.ItemCompetencyUnknown, ("Instrument", Code), ("Item", i.Code), ("Competency", i.CompetencyCode))));
    }

    /// <summary>Scores one participant's answers: the total and the score per competency, both normalised to 0–100.</summary>
    /// <param name="itemScores">The raw score of every item, by item code.</param>
    /// <returns>The scores, or every broken rule (<see cref="AssessmentRuleCodes.ItemUnknown"/>,
    /// <see cref="AssessmentRuleCodes.ItemMissing"/>, <see cref="AssessmentRuleCodes.ItemScoreOutOfRange"/>).</returns>
    public InstrumentScore Score(IReadOnlyDictionary<string, decimal> itemScores)
    {
        ArgumentNullException.ThrowIfNull(itemScores);
        var violations = new List<RuleViolation>();
        foreach (var (code, value) in itemScores)
        {
            if (!_items.TryGetValue(code, out var item))
            {
                violations.Add(AssessmentRules.Violation(AssessmentRuleCodes.ItemUnknown, ("Instrument", Code), ("Item", code)));
            }
            else if (value < 0m || value > item.MaximumScore)
            {
                violations.Add(AssessmentRules.Violation(AssessmentRuleCodes.ItemScoreOutOfRange, ("Instrument", Code), ("Item", code), ("Value", value), ("Maximum", item.MaximumScore)));
            }
        }

        violations.AddRange(Items.Where(i => !itemScores.ContainsKey(i.Code))
            .Select(i => AssessmentRules.Violation(AssessmentRuleCodes.ItemMissing, ("Instrument", Code), ("Item", i.Code))));
        if (violations.Count > 0)
        {
            return new InstrumentScore(this, RuleResult.From(violations), null, new Dictionary<string, Score>());
        }

        var byCompetency = Items.GroupBy(i => i.CompetencyCode, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => Common.Score.Normalise(g.Sum(i => itemScores[i.Code]), g.Sum(i => i.MaximumScore)),
            StringComparer.Ordinal);
        var total = Common.Score.Normalise(Items.Sum(i => itemScores[i.Code]), MaximumScore);
        return new InstrumentScore(this, RuleResult.Success, total, byCompetency);
    }

    /// <summary>Scores one participant's answers and keeps whose they are.</summary>
    /// <param name="participant">The participant.</param>
    /// <param name="itemScores">The raw score of every item, by item code.</param>
    /// <returns>The participant's result (see <see cref="Score(IReadOnlyDictionary{string, decimal})"/> for the rules checked).</returns>
    /// <exception cref="ArgumentException"><paramref name="participant"/> is the default NIP.</exception>
    public AssessmentResult ScoreFor(Nip participant, IReadOnlyDictionary<string, decimal> itemScores)
    {
        if (participant.IsDefault)
        {
            throw new ArgumentException("The participant's NIP is the default value.", nameof(participant));
        }

        return new AssessmentResult(participant, Score(itemScores));
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} ({Kind}, {Items.Count} items, max {MaximumScore})");
}

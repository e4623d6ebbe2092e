using Bimtek.Domain.Common;

namespace Bimtek.Domain.Assessments;

/// <summary>How reaction surveys are scored: the Likert scale, the index, and its categories.</summary>
/// <remarks>
/// The index is the mean rating as a share of the scale's top, × 100 (on a 1–4 scale, mean × 25: the "nilai konversi" of
/// the public-service satisfaction survey). No training regulation sets a reaction index (FACTS §g), so
/// <see cref="Default"/> borrows the satisfaction-survey scale and intervals of Permenpan RB 14/2017 — an
/// <b>assumption</b>, recalled rather than read, which a host replaces with its own. Immutable and thread-safe.
/// </remarks>
public sealed class ReactionSurveyPolicy
{
    private readonly ReactionCategory[] _descending;

    /// <summary>Creates a policy.</summary>
    /// <param name="minimumRating">The lowest Likert rating, at least 0.</param>
    /// <param name="maximumRating">The highest, above <paramref name="minimumRating"/>.</param>
    /// <param name="categories">The categories; one must start at the lowest possible index or below, and starts must be distinct.</param>
    /// <param name="provenance">Whether the policy is sourced, assumed or the host's.</param>
    /// <exception cref="ArgumentException">The scale is empty or the categories leave the bottom uncovered or repeat a start.</exception>
    public ReactionSurveyPolicy(int minimumRating, int maximumRating, IEnumerable<ReactionCategory> categories, Provenance provenance = Provenance.HostSupplied)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumRating);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maximumRating, minimumRating);
        ArgumentNullException.ThrowIfNull(categories);
        Categories = categories.Select(c => c ?? throw new ArgumentException("A category is null.", nameof(categories))).OrderBy(c => c.From).ToList().AsReadOnly();
        var lowestIndex = 100m * minimumRating / maximumRating;
        if (Categories.Count == 0 || Categories[0].From > lowestIndex || Categories.Select(c => c.From).Distinct().Count() != Categories.Count)
        {
            throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Categories must have distinct starts and cover the lowest index, {lowestIndex:0.##}."), nameof(categories));
        }

        MinimumRating = minimumRating;
        MaximumRating = maximumRating;
        Provenance = provenance;
        _descending = [.. Categories.Reverse()];
    }

    /// <summary>Gets the default (assumed, see remarks): a 1–4 scale; A Sangat Baik from 88.31, B Baik from 76.61,
    /// C Kurang Baik from 65.00, D Tidak Baik below.</summary>
    public static ReactionSurveyPolicy Default { get; } = new(
        1,
        4,
        [
            new ReactionCategory("D", "Tidak Baik", "Poor", 25.00m),
            new ReactionCategory("C", "Kurang Baik", "Fair", 65.00m),
            new ReactionCategory("B", "Baik", "Good", 76.61m),
            new ReactionCategory("A", "Sangat Baik", "Very good", 88.31m),
        ],
        Provenance.Assumed);

    /// <summary>Gets the lowest Likert rating.</summary>
    public int MinimumRating { get; }

    /// <summary>Gets the highest Likert rating.</summary>
    public int MaximumRating { get; }

    /// <summary>Gets the categories, lowest first.</summary>
    public IReadOnlyList<ReactionCategory> Categories { get; }

    /// <summary>Gets whether the policy is sourced, assumed or the host's.</summary>
    public Provenance Provenance { get; }

    /// <summary>Categorises an index.</summary>
    /// <param name="index">The index, 0–100.</param>
    /// <returns>The highest category whose start the index reaches (the lowest one below every start).</returns>
    public ReactionCategory Categorise(decimal index) => _descending.FirstOrDefault(c => index >= c.From) ?? Categories[0];

    /// <summary>Summarises responses: the index per aspect and overall. Ratings off the scale are refused and reported, not counted.</summary>
    /// <param name="responses">The responses.</param>
    /// <returns>The summary.</returns>
    public ReactionSummary Summarise(IEnumerable<ReactionResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var sums = new long[5];
        var counts = new int[5];
        var violations = new List<RuleViolation>();
        var total = 0;
        foreach (var response in responses)
        {
            ArgumentNullException.ThrowIfNull(response, nameof(responses));
            total++;
            foreach (var (aspect, ratings) in response.Ratings)
            {
                foreach (var rating in ratings)
                {
                    if (!Enum.IsDefined(aspect) || rating < MinimumRating || rating > MaximumRating)
                    {
                        violations.Add(AssessmentRules.Violation(AssessmentRuleCodes.ReactionRatingOutOfRange, ("Response", PersonalData.Quote(response.Id ?? string.Empty)), ("Aspect", aspect), ("Value", rating), ("Minimum", MinimumRating), ("Maximum", MaximumRating)));
                        continue;
                    }

                    sums[(int)aspect] += rating;
                    counts[(int)aspect]++;
                }
            }
        }

        var aspects = Enum.GetValues<ReactionAspect>().Where(a => counts[(int)a] > 0).Select(a => Index(a, sums[(int)a], counts[(int)a])).ToList();
        return new ReactionSummary(total, Index(null, sums.Sum(), counts.Sum()), aspects.AsReadOnly(), RuleResult.From(violations));
    }

    private AspectIndex Index(ReactionAspect? aspect, long sum, int count)
    {
        if (count == 0)
        {
            return new AspectIndex(aspect, 0, null, null, null);
        }

        var mean = (decimal)sum / count;
        var index = mean * 100m / MaximumRating;
        return new AspectIndex(aspect, count, mean, index, Categorise(index));
    }
}

using System.Globalization;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Assessments;

/// <summary>Hake's normalised gain, g = (post − pre) / (max − pre) (Hake 1998, Am. J. Phys. 66:64; FACTS §f).</summary>
/// <remarks>
/// Immutable; equal by value. g is at most 1 and may be negative (the post-test below the pre-test). It is
/// <em>undefined</em> when the pre-test is already at the maximum: <see cref="Compute(Score, Score)"/> then returns
/// <see langword="null"/> and the participant counts as undefined, never as 0. The <see langword="default"/> value is
/// a gain of 0.
/// </remarks>
public readonly record struct LearningGain
{
    /// <summary>The lowest gain read as high, 0.7 (inclusive).</summary>
    public const decimal HighFrom = 0.7m;

    /// <summary>The lowest gain read as medium, 0.3 (inclusive).</summary>
    public const decimal MediumFrom = 0.3m;

    private LearningGain(decimal value) => Value = value;

    /// <summary>Gets g, at most 1; negative when the post-test fell.</summary>
    public decimal Value { get; }

    /// <summary>Gets g in percent (g × 100), the form the effectiveness bands read.</summary>
    public decimal Percent => Value * 100m;

    /// <summary>Gets Hake's category: high (g ≥ 0.7), medium (0.3 ≤ g &lt; 0.7) or low.</summary>
    public GainCategory Category => Value >= HighFrom ? GainCategory.High : Value >= MediumFrom ? GainCategory.Medium : GainCategory.Low;

    /// <summary>Gets the effectiveness band of <see cref="Percent"/> (gaps of the source closed; see <see cref="GainEffectiveness"/>).</summary>
    public GainEffectiveness Effectiveness => Percent switch
    {
        >= 76m => GainEffectiveness.Effective,
        >= 56m => GainEffectiveness.FairlyEffective,
        >= 40m => GainEffectiveness.LessEffective,
        _ => GainEffectiveness.NotEffective,
    };

    /// <summary>Computes a participant's gain on the 0–100 scale.</summary>
    /// <param name="pre">The pre-test score.</param>
    /// <param name="post">The post-test score.</param>
    /// <returns>The gain, or <see langword="null"/> when <paramref name="pre"/> is 100 (no gain is possible, g undefined).</returns>
    public static LearningGain? Compute(Score pre, Score post) => Compute(pre.Value, post.Value, Score.Maximum);

    /// <summary>Computes a gain on any scale.</summary>
    /// <param name="pre">The pre-test score, 0 to <paramref name="maximum"/>.</param>
    /// <param name="post">The post-test score, 0 to <paramref name="maximum"/>.</param>
    /// <param name="maximum">The ideal maximum score S_max, greater than 0.</param>
    /// <returns>The gain, or <see langword="null"/> when <paramref name="pre"/> equals <paramref name="maximum"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside 0–maximum, or the maximum is not positive.</exception>
    public static LearningGain? Compute(decimal pre, decimal post, decimal maximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximum);
        ArgumentOutOfRangeException.ThrowIfNegative(pre);
        ArgumentOutOfRangeException.ThrowIfNegative(post);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pre, maximum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(post, maximum);
        return pre == maximum ? null : new LearningGain((post - pre) / (maximum - pre));
    }

    /// <summary>Wraps a gain computed elsewhere (e.g. an average of gains).</summary>
    /// <param name="value">g, at most 1.</param>
    /// <returns>The gain.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is above 1.</exception>
    public static LearningGain FromValue(decimal value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1m);
        return new LearningGain(value);
    }

    /// <inheritdoc />
    public override string ToString() => Value.ToString("0.###", CultureInfo.InvariantCulture);
}

using System.Globalization;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Assessments;

/// <summary>Hake's normalised gain, g = (post − pre) / (max − pre) (Hake 1998, Am. J. Phys. 66:64; FACTS §f), or
/// <see cref="Undefined"/>.</summary>
/// <remarks>
/// <para>Immutable; equal by value. g is at most 1 and may be negative (the post-test below the pre-test). It is
/// <em>undefined</em> when the pre-test is already at the maximum (or, for a participant or class, when there is no pair of
/// tests): <see cref="Compute(Score, Score)"/> then returns <see cref="Undefined"/>, which counts as undefined, never as 0.
/// Read <see cref="IsDefined"/> first, or <see cref="ValueOrNull"/>; <see cref="Value"/> of an undefined gain throws, as
/// <see cref="Nullable{T}.Value"/> does.</para>
/// <para>The <see langword="default"/> value is <see cref="Undefined"/>.</para>
/// </remarks>
public readonly record struct LearningGain
{
    /// <summary>The lowest gain read as high, 0.7 (inclusive).</summary>
    public const decimal HighFrom = 0.7m;

    /// <summary>The lowest gain read as medium, 0.3 (inclusive).</summary>
    public const decimal MediumFrom = 0.3m;

    private readonly decimal _value;

    private LearningGain(decimal value)
    {
        _value = value;
        IsDefined = true;
    }

    /// <summary>Gets the undefined gain (a pre-test at the maximum, or no pair of tests); the <c>default</c> value.</summary>
    public static LearningGain Undefined => default;

    /// <summary>Gets whether g is defined.</summary>
    public bool IsDefined { get; }

    /// <summary>Gets g, at most 1; negative when the post-test fell.</summary>
    /// <exception cref="InvalidOperationException">The gain is <see cref="Undefined"/>.</exception>
    public decimal Value => IsDefined ? _value : throw new InvalidOperationException("The learning gain is undefined (the pre-test is at the maximum, or there is no pair of tests).");

    /// <summary>Gets g, or <see langword="null"/> when undefined.</summary>
    public decimal? ValueOrNull => IsDefined ? _value : null;

    /// <summary>Gets g in percent (g × 100), the form the effectiveness bands read.</summary>
    /// <exception cref="InvalidOperationException">The gain is <see cref="Undefined"/>.</exception>
    public decimal Percent => Value * 100m;

    /// <summary>Gets Hake's category: high (g ≥ 0.7), medium (0.3 ≤ g &lt; 0.7) or low.</summary>
    /// <exception cref="InvalidOperationException">The gain is <see cref="Undefined"/>.</exception>
    public GainCategory Category => Value >= HighFrom ? GainCategory.High : Value >= MediumFrom ? GainCategory.Medium : GainCategory.Low;

    /// <summary>Gets the effectiveness band of <see cref="Percent"/> (gaps of the source closed; see <see cref="GainEffectiveness"/>).</summary>
    /// <exception cref="InvalidOperationException">The gain is <see cref="Undefined"/>.</exception>
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
    /// <returns>The gain, or <see cref="Undefined"/> when <paramref name="pre"/> is 100 (no gain is possible).</returns>
    public static LearningGain Compute(Score pre, Score post) => Compute(pre.Value, post.Value, Score.Maximum);

    /// <summary>Computes a gain on any scale.</summary>
    /// <param name="pre">The pre-test score, 0 to <paramref name="maximum"/>.</param>
    /// <param name="post">The post-test score, 0 to <paramref name="maximum"/>.</param>
    /// <param name="maximum">The ideal maximum score S_max, greater than 0.</param>
    /// <returns>The gain, or <see cref="Undefined"/> when <paramref name="pre"/> equals <paramref name="maximum"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score is outside 0–maximum, or the maximum is not positive.</exception>
    public static LearningGain Compute(decimal pre, decimal post, decimal maximum)
    {
        // Compared, not IsNegative: a decimal negative zero ("-0" in a results file) is a score of 0, not below it.
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maximum, 0m);
        ArgumentOutOfRangeException.ThrowIfLessThan(pre, 0m);
        ArgumentOutOfRangeException.ThrowIfLessThan(post, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pre, maximum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(post, maximum);
        return pre == maximum ? Undefined : new LearningGain((post - pre) / (maximum - pre));
    }

    /// <summary>Wraps a gain computed elsewhere (e.g. an average of gains).</summary>
    /// <param name="value">g, at most 1.</param>
    /// <returns>The gain (defined).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is above 1.</exception>
    public static LearningGain FromValue(decimal value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1m);
        return new LearningGain(value);
    }

    /// <summary>Formats g invariantly with up to 3 decimals (e.g. <c>0.5</c>), or <c>undefined</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsDefined ? _value.ToString("0.###", CultureInfo.InvariantCulture) : "undefined";
}

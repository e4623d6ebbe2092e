using Bimtek.Domain.Common;

namespace Bimtek.Domain.Assessments;

/// <summary>
/// The learning gain of a group, both ways the literature computes it (FACTS §f), named plainly:
/// <see cref="GainOfAverages"/> (Hake's original, from the class's mean pre- and post-test) and
/// <see cref="AverageOfGains"/> (the mean of each participant's g, as many Indonesian studies report).
/// </summary>
/// <remarks>
/// Only participants with both a pre- and a post-test count. A participant whose pre-test is at the maximum counts in
/// the means (and so in the gain of averages) but has no g of their own: they are counted in
/// <see cref="UndefinedGains"/> and left out of the average of gains, never counted as 0. Immutable.
/// </remarks>
public sealed class ClassGain
{
    /// <summary>A group with no pair of tests.</summary>
    public static readonly ClassGain Empty = new(0, 0, 0, null, null, LearningGain.Undefined, LearningGain.Undefined, 0, 0, 0);

    private ClassGain(int pairs, int definedGains, int undefinedGains, Score? meanPre, Score? meanPost, LearningGain gainOfAverages, LearningGain averageOfGains, int high, int medium, int low)
    {
        Pairs = pairs;
        DefinedGains = definedGains;
        UndefinedGains = undefinedGains;
        MeanPre = meanPre;
        MeanPost = meanPost;
        GainOfAverages = gainOfAverages;
        AverageOfGains = averageOfGains;
        High = high;
        Medium = medium;
        Low = low;
    }

    /// <summary>Gets the number of participants with both tests.</summary>
    public int Pairs { get; }

    /// <summary>Gets the number of participants whose own g is defined.</summary>
    public int DefinedGains { get; }

    /// <summary>Gets the number of participants whose pre-test was already at the maximum (g undefined).</summary>
    public int UndefinedGains { get; }

    /// <summary>Gets the mean pre-test score, or <see langword="null"/> when there is no pair.</summary>
    public Score? MeanPre { get; }

    /// <summary>Gets the mean post-test score, or <see langword="null"/> when there is no pair.</summary>
    public Score? MeanPost { get; }

    /// <summary>Gets Hake's class gain, (mean post − mean pre) / (100 − mean pre); <see cref="LearningGain.Undefined"/>
    /// with no pair or a mean pre-test of 100.</summary>
    public LearningGain GainOfAverages { get; }

    /// <summary>Gets the mean of the participants' own g; <see cref="LearningGain.Undefined"/> when no participant has one.</summary>
    public LearningGain AverageOfGains { get; }

    /// <summary>Gets the number of participants whose own g is high.</summary>
    public int High { get; }

    /// <summary>Gets the number of participants whose own g is medium.</summary>
    public int Medium { get; }

    /// <summary>Gets the number of participants whose own g is low (including negative gains).</summary>
    public int Low { get; }

    /// <summary>Computes the gain of a group from each participant's pair of scores.</summary>
    /// <param name="pairs">The (pre, post) pairs, one per participant.</param>
    /// <returns>The group's gain.</returns>
    public static ClassGain Compute(IEnumerable<(Score Pre, Score Post)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var accumulator = default(GainAccumulator);
        foreach (var (pre, post) in pairs)
        {
            accumulator.Add(pre, post);
        }

        return accumulator.ToClassGain();
    }

    internal static ClassGain From(in GainAccumulator a)
    {
        if (a.Pairs == 0)
        {
            return Empty;
        }

        var meanPre = Score.Create(a.SumPre / a.Pairs);
        var meanPost = Score.Create(a.SumPost / a.Pairs);
        return new ClassGain(
            a.Pairs,
            a.Defined,
            a.Pairs - a.Defined,
            meanPre,
            meanPost,
            LearningGain.Compute(meanPre, meanPost),
            a.Defined == 0 ? LearningGain.Undefined : LearningGain.FromValue(a.SumGain / a.Defined),
            a.High,
            a.Medium,
            a.Low);
    }
}

using Bimtek.Domain.Common;

namespace Bimtek.Domain.Assessments;

/// <summary>Sums for a <see cref="ClassGain"/>, filled one participant at a time so reports need no lists.</summary>
internal struct GainAccumulator
{
    public int Pairs;
    public int Defined;
    public int High;
    public int Medium;
    public int Low;
    public decimal SumPre;
    public decimal SumPost;
    public decimal SumGain;

    public void Add(Score pre, Score post) => Add(pre, post, LearningGain.Compute(pre, post));

    /// <summary>Adds a participant whose gain is already computed (reports compute it once per participant).</summary>
    public void Add(Score pre, Score post, LearningGain gain)
    {
        Pairs++;
        SumPre += pre.Value;
        SumPost += post.Value;
        if (!gain.IsDefined)
        {
            return;
        }

        Defined++;
        SumGain += gain.Value;
        switch (gain.Category)
        {
            case GainCategory.High:
                High++;
                break;
            case GainCategory.Medium:
                Medium++;
                break;
            default:
                Low++;
                break;
        }
    }

    public void Merge(in GainAccumulator other)
    {
        Pairs += other.Pairs;
        Defined += other.Defined;
        High += other.High;
        Medium += other.Medium;
        Low += other.Low;
        SumPre += other.SumPre;
        SumPost += other.SumPost;
        SumGain += other.SumGain;
    }

    public readonly ClassGain ToClassGain() => ClassGain.From(this);
}

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

    public void Add(Score pre, Score post)
    {
        Pairs++;
        SumPre += pre.Value;
        SumPost += post.Value;
        if (LearningGain.Compute(pre, post) is not { } gain)
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

    public readonly ClassGain ToClassGain() => ClassGain.From(this);
}

namespace Bimtek.Domain.Assessments;

/// <summary>Kirkpatrick's four levels of training evaluation, as used in Indonesian government training (FACTS §g).</summary>
/// <remarks>Common practice, not a LAN-mandated model: the sources found no official guideline for post-training evaluation.</remarks>
public enum KirkpatrickLevel
{
    /// <summary>Level 1, reaksi: participants' satisfaction with material, instructors, organisation and platform.</summary>
    Reaction = 1,

    /// <summary>Level 2, pembelajaran: learning, from the pre- and post-test (N-gain).</summary>
    Learning = 2,

    /// <summary>Level 3, perilaku: on-the-job behaviour months after (evaluasi pasca pelatihan).</summary>
    Behaviour = 3,

    /// <summary>Level 4, hasil: organisational results.</summary>
    Results = 4,
}

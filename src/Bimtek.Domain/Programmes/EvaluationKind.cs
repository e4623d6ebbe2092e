namespace Bimtek.Domain.Programmes;

/// <summary>An evaluation a completion policy can require of a participant.</summary>
public enum EvaluationKind
{
    /// <summary>A test before the learning (Kirkpatrick level 2 baseline).</summary>
    PreTest = 1,

    /// <summary>A test after the learning (Kirkpatrick level 2).</summary>
    PostTest = 2,

    /// <summary>The participant's reaction survey on material, instructors, organisation and platform (Kirkpatrick level 1).</summary>
    ReactionSurvey = 3,

    /// <summary>A graded assignment.</summary>
    Assignment = 4,
}

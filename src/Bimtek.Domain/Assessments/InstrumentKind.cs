namespace Bimtek.Domain.Assessments;

/// <summary>The kind of an assessment instrument.</summary>
public enum InstrumentKind
{
    /// <summary>A test before the learning: the baseline of the learning gain (Kirkpatrick level 2).</summary>
    PreTest = 1,

    /// <summary>A test after the learning (Kirkpatrick level 2).</summary>
    PostTest = 2,

    /// <summary>A graded assignment.</summary>
    Assignment = 3,

    /// <summary>An instructor's observation with a rubric (e.g. participation, attitude).</summary>
    Observation = 4,
}

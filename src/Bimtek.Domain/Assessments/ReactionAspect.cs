namespace Bimtek.Domain.Assessments;

/// <summary>An aspect a level-1 reaction survey asks about.</summary>
public enum ReactionAspect
{
    /// <summary>The material (materi): relevance, clarity, usefulness.</summary>
    Material = 1,

    /// <summary>The instructors (widyaiswara, narasumber).</summary>
    Instructor = 2,

    /// <summary>The organisation (penyelenggaraan): schedule, committee, information.</summary>
    Organisation = 3,

    /// <summary>The platform of a virtual session (e.g. Zoom): access, sound, stability.</summary>
    Platform = 4,
}

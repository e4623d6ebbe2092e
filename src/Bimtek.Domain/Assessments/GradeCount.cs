namespace Bimtek.Domain.Assessments;

/// <summary>How many final scores fall in one grade band.</summary>
/// <param name="Band">The band.</param>
/// <param name="Count">The number of participants.</param>
public sealed record GradeCount(GradeBand Band, int Count);

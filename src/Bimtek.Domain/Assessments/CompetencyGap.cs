namespace Bimtek.Domain.Assessments;

/// <summary>One official's gap in one competency: the level the position requires minus the level assessed.</summary>
/// <param name="Competency">The competency.</param>
/// <param name="Required">The level the official's position requires.</param>
/// <param name="Assessed">The level assessed.</param>
public sealed record CompetencyGap(Competency Competency, ProficiencyLevel Required, ProficiencyLevel Assessed)
{
    /// <summary>Gets required minus assessed: positive is a shortfall (a training need), 0 meets the standard, negative exceeds it.</summary>
    public int Gap => Required.Value - Assessed.Value;

    /// <summary>Gets whether the official falls short of the standard.</summary>
    public bool IsShortfall => Gap > 0;
}

namespace Bimtek.Domain.Assessments;

/// <summary>A learning objective of a programme's module that develops a competency: where a training need can be met.</summary>
/// <param name="ProgrammeCode">The programme.</param>
/// <param name="ModuleCode">The module.</param>
/// <param name="ModuleTitle">The module's title.</param>
/// <param name="ObjectiveCode">The learning objective.</param>
public sealed record ObjectiveReference(string ProgrammeCode, string ModuleCode, string ModuleTitle, string ObjectiveCode);

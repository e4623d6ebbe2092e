namespace Bimtek.Domain.Assessments;

/// <summary>One item (question, task, rubric line) of an instrument, the competency it evidences and its maximum score.</summary>
/// <param name="Code">A code unique within the instrument, e.g. <c>Q01</c>.</param>
/// <param name="CompetencyCode">The competency the item evidences, e.g. <c>TK.02</c>.</param>
/// <param name="MaximumScore">The item's maximum raw score, greater than 0.</param>
public sealed record InstrumentItem(string Code, string CompetencyCode, decimal MaximumScore);

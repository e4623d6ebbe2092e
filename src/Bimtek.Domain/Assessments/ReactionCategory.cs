namespace Bimtek.Domain.Assessments;

/// <summary>A category of the reaction index, from its lower bound (inclusive) to the next category's.</summary>
/// <param name="Code">A stable code, e.g. <c>A</c>.</param>
/// <param name="Name">The Indonesian name, e.g. <c>Sangat Baik</c>.</param>
/// <param name="EnglishName">The English name, e.g. <c>Very good</c>.</param>
/// <param name="From">The lowest index in the category, 0–100 (inclusive).</param>
public sealed record ReactionCategory(string Code, string Name, string EnglishName, decimal From);

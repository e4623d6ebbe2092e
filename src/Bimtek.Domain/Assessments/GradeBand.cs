namespace Bimtek.Domain.Assessments;

/// <summary>One band of a grading scale (kualifikasi kelulusan): the scores above its lower bound up to the next band's.</summary>
/// <param name="Code">A stable code, e.g. <c>SangatMemuaskan</c>.</param>
/// <param name="Name">The Indonesian name as printed on certificates, e.g. <c>Sangat Memuaskan</c>.</param>
/// <param name="EnglishName">The English name, e.g. <c>Very satisfactory</c>.</param>
/// <param name="Above">The band holds scores strictly above this value (0–100), or <see langword="null"/> for the
/// lowest band, which starts at 0. The top of a band is the next band's <paramref name="Above"/>, inclusive.</param>
public sealed record GradeBand(string Code, string Name, string EnglishName, decimal? Above);

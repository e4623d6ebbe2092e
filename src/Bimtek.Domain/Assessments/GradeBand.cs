namespace Bimtek.Domain.Assessments;

/// <summary>One band of a grading scale (kualifikasi kelulusan): the scores from its lower bound (inclusive) up to the next
/// band's lower bound (exclusive).</summary>
/// <param name="Code">A stable code, e.g. <c>SangatMemuaskan</c>.</param>
/// <param name="Name">The Indonesian name as printed on certificates, e.g. <c>Sangat Memuaskan</c>.</param>
/// <param name="EnglishName">The English name, e.g. <c>Very satisfactory</c>.</param>
/// <param name="From">The lowest score the band holds (inclusive, 0–100), or <see langword="null"/> for the lowest band,
/// which starts at 0. Inclusive lower bounds are the form the pass mark takes ("at least 60") and the form institutions
/// print their scales in (e.g. "60,0–69,9"), so a pass mark can sit exactly on a band boundary.</param>
public sealed record GradeBand(string Code, string Name, string EnglishName, decimal? From);

namespace Bimtek.Domain.Assessments;

/// <summary>One row of a results file as text, before it is read: what a CSV or JSON reader hands to <see cref="ResultReader"/>.</summary>
/// <remarks>It may hold a NIP as text: <see cref="ToString"/> shows only the line. Record equality compares <see cref="Levels"/> by reference.</remarks>
/// <param name="Line">Where the row is: its line in a CSV file (the header is line 1), or its 1-based position in a JSON array.</param>
/// <param name="Nip">The participant's NIP (18 digits; spaces allowed).</param>
/// <param name="Session">The session id.</param>
/// <param name="Region">The participant's region code (e.g. <c>51.71</c>).</param>
/// <param name="Position">The position kind (e.g. <c>jptPratama</c>), or blank.</param>
/// <param name="PreTest">The pre-test score 0–100, or blank.</param>
/// <param name="PostTest">The post-test score 0–100, or blank.</param>
/// <param name="FinalScore">The final score 0–100, or blank.</param>
/// <param name="AttendancePercent">The attendance 0–100 %, or blank.</param>
/// <param name="Completed">Whether the participant completed (<c>yes</c>/<c>no</c>, <c>ya</c>/<c>tidak</c>, <c>true</c>/<c>false</c>, <c>1</c>/<c>0</c>), or blank.</param>
/// <param name="Levels">Assessed levels by competency code (each 1–5), or <see langword="null"/>.</param>
/// <param name="Malformed">Why the file reader could not split the row into fields, in both languages (no personal data; any
/// run of ten digits or more is masked), or
/// <see langword="null"/>; such a row is refused and reported (<see cref="AssessmentRuleCodes.ResultRowMalformed"/>).</param>
public sealed record ResultRow(
    int Line,
    string? Nip,
    string? Session,
    string? Region,
    string? Position = null,
    string? PreTest = null,
    string? PostTest = null,
    string? FinalScore = null,
    string? AttendancePercent = null,
    string? Completed = null,
    IReadOnlyDictionary<string, string?>? Levels = null,
    Bimtek.Domain.Common.RuleText? Malformed = null)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}";
}

using Bimtek.Domain.Common;

namespace Bimtek.Domain.Assessments;

/// <summary>Results read from rows: the rows that could be used, and every rule the rows broke, each naming its line.</summary>
/// <remarks>Record equality compares the lists by reference.</remarks>
/// <param name="Results">The results of the rows without an error (rows with only warnings are kept).</param>
/// <param name="Result">Every violation; rows with an error are left out of <paramref name="Results"/>, never silently.</param>
/// <param name="RowsRead">The number of rows read.</param>
public sealed record ResultReading(IReadOnlyList<ParticipantResult> Results, RuleResult Result, int RowsRead)
{
    /// <summary>Gets the number of rows refused (with at least one error).</summary>
    public int RowsRefused => RowsRead - Results.Count;
}

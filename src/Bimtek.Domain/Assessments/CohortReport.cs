using Bimtek.Domain.Common;

namespace Bimtek.Domain.Assessments;

/// <summary>One row of an evaluation report: a class, centre, province or the programme, with its figures.</summary>
/// <remarks>Percentages are 0–100 and <see langword="null"/> when nothing was there to count (never a silent 0).</remarks>
public sealed class CohortReport
{
    internal CohortReport(ReportScope scope, string key, int participants, int regionsTargeted, int regionsReached, int completionKnown, int completed, int attendanceKnown, decimal? meanAttendance, ClassGain gain, int finalScores, Score? meanFinal, int passed, IReadOnlyList<GradeCount> grades, IReadOnlyList<CompetencyNeed> topNeeds)
    {
        Scope = scope;
        Key = key;
        Participants = participants;
        RegionsTargeted = regionsTargeted;
        RegionsReached = regionsReached;
        CompletionKnown = completionKnown;
        Completed = completed;
        AttendanceKnown = attendanceKnown;
        MeanAttendancePercent = meanAttendance;
        Gain = gain;
        FinalScores = finalScores;
        MeanFinal = meanFinal;
        Passed = passed;
        Grades = grades;
        TopNeeds = topNeeds;
    }

    /// <summary>Gets the scope.</summary>
    public ReportScope Scope { get; }

    /// <summary>Gets the key: the session id, the centre code, the province code (e.g. <c>51</c>) or the programme code.</summary>
    public string Key { get; }

    /// <summary>Gets the number of participants.</summary>
    public int Participants { get; }

    /// <summary>Gets the number of regions the scope aimed at.</summary>
    public int RegionsTargeted { get; }

    /// <summary>Gets the number of those regions with at least one participant.</summary>
    public int RegionsReached { get; }

    /// <summary>Gets <see cref="RegionsReached"/> / <see cref="RegionsTargeted"/> in percent; <see langword="null"/> with no target.</summary>
    public decimal? CoveragePercent => RegionsTargeted == 0 ? null : 100m * RegionsReached / RegionsTargeted;

    /// <summary>Gets the number of participants whose completion is known.</summary>
    public int CompletionKnown { get; }

    /// <summary>Gets the number who completed.</summary>
    public int Completed { get; }

    /// <summary>Gets <see cref="Completed"/> / <see cref="CompletionKnown"/> in percent; <see langword="null"/> when none is known.</summary>
    public decimal? CompletionPercent => CompletionKnown == 0 ? null : 100m * Completed / CompletionKnown;

    /// <summary>Gets the number of participants whose attendance is known.</summary>
    public int AttendanceKnown { get; }

    /// <summary>Gets the mean attendance of those, in percent of lesson hours.</summary>
    public decimal? MeanAttendancePercent { get; }

    /// <summary>Gets the learning gain: mean pre- and post-test, gain of averages, average of gains and the category counts.</summary>
    public ClassGain Gain { get; }

    /// <summary>Gets the number of participants with a final score.</summary>
    public int FinalScores { get; }

    /// <summary>Gets the mean final score.</summary>
    public Score? MeanFinal { get; }

    /// <summary>Gets the number of final scores at or above the pass mark.</summary>
    public int Passed { get; }

    /// <summary>Gets the number of final scores in each grade band, lowest band first (bands with none included).</summary>
    public IReadOnlyList<GradeCount> Grades { get; }

    /// <summary>Gets the greatest training needs, ranked (at most <see cref="ReportOptions.TopNeeds"/>; only competencies someone falls short in).</summary>
    public IReadOnlyList<CompetencyNeed> TopNeeds { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Scope} {Key}: {Participants} participants";
}

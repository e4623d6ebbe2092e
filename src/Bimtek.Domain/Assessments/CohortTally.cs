using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Assessments;

/// <summary>
/// Running sums of a group of participants, mergeable: a report fills one tally per (class, province) cell, one
/// participant at a time, and merges cells into classes, centres, provinces and the programme, so each participant is
/// touched once whatever the number of scopes.
/// </summary>
internal sealed class CohortTally(int bands, int competencies)
{
    private readonly int[] _grades = new int[bands];
    private readonly int[] _needAssessed = new int[competencies];
    private readonly int[] _needShort = new int[competencies];
    private readonly int[] _needTotal = new int[competencies];
    private readonly int[] _needMax = new int[competencies];
    private readonly int[] _needSum = new int[competencies];
    private GainAccumulator _gain;
    private int _participants;
    private int _completionKnown;
    private int _completed;
    private int _attendanceKnown;
    private decimal _attendanceSum;
    private int _finalScores;
    private decimal _finalSum;
    private int _passed;

    /// <summary>Gets the regions (and their provinces) with at least one participant.</summary>
    public HashSet<RegionCode> Reached { get; } = [];

    public void Add(ParticipantResult result, LearningGain gain, int grade, bool passed)
    {
        _participants++;
        Reached.Add(result.Region);
        Reached.Add(result.Region.Province);
        if (result.Completed is { } completed)
        {
            _completionKnown++;
            _completed += completed ? 1 : 0;
        }

        if (result.AttendancePercent is { } attendance)
        {
            _attendanceKnown++;
            _attendanceSum += attendance.Value;
        }

        if (result.PreTest is { } pre && result.PostTest is { } post)
        {
            _gain.Add(pre, post, gain);
        }

        if (grade >= 0)
        {
            _finalScores++;
            _finalSum += result.FinalScore!.Value.Value;
            _grades[grade]++;
            _passed += passed ? 1 : 0;
        }
    }

    /// <summary>Adds one official's gap (required − assessed) in the competency at <paramref name="competency"/>.</summary>
    public void AddGap(int competency, int gap)
    {
        _needAssessed[competency]++;
        _needSum[competency] += gap;
        if (gap > 0)
        {
            _needShort[competency]++;
            _needTotal[competency] += gap;
            _needMax[competency] = Math.Max(_needMax[competency], gap);
        }
    }

    public void Merge(CohortTally other)
    {
        _participants += other._participants;
        _completionKnown += other._completionKnown;
        _completed += other._completed;
        _attendanceKnown += other._attendanceKnown;
        _attendanceSum += other._attendanceSum;
        _gain.Merge(other._gain);
        _finalScores += other._finalScores;
        _finalSum += other._finalSum;
        _passed += other._passed;
        Reached.UnionWith(other.Reached);
        for (var i = 0; i < _grades.Length; i++)
        {
            _grades[i] += other._grades[i];
        }

        for (var i = 0; i < _needAssessed.Length; i++)
        {
            _needAssessed[i] += other._needAssessed[i];
            _needShort[i] += other._needShort[i];
            _needTotal[i] += other._needTotal[i];
            _needSum[i] += other._needSum[i];
            _needMax[i] = Math.Max(_needMax[i], other._needMax[i]);
        }
    }

    public CohortReport ToReport(ReportScope scope, string key, IReadOnlyCollection<RegionCode> target, IReadOnlyList<GradeBand> bands, IReadOnlyList<Competency> competencies, int topNeeds, Dictionary<string, List<ObjectiveReference>> objectives)
    {
        var reached = 0;
        foreach (var region in target)
        {
            reached += Reached.Contains(region) ? 1 : 0;
        }

        IReadOnlyList<CompetencyNeed> needs = [];
        if (topNeeds > 0)
        {
            var tallies = new List<GapAnalyzer.NeedTally>();
            for (var i = 0; i < competencies.Count; i++)
            {
                if (_needShort[i] > 0)
                {
                    tallies.Add(new GapAnalyzer.NeedTally(competencies[i], _needAssessed[i], _needShort[i], _needTotal[i], _needMax[i], _needSum[i]));
                }
            }

            needs = GapAnalyzer.Rank(tallies, objectives).Take(topNeeds).ToList().AsReadOnly();
        }

        return new CohortReport(
            scope,
            key,
            _participants,
            target.Count,
            reached,
            _completionKnown,
            _completed,
            _attendanceKnown,
            _attendanceKnown == 0 ? null : _attendanceSum / _attendanceKnown,
            _gain.ToClassGain(),
            _finalScores,
            _finalScores == 0 ? null : Score.Create(_finalSum / _finalScores),
            _passed,
            bands.Select((b, i) => new GradeCount(b, _grades[i])).ToList().AsReadOnly(),
            needs);
    }
}

using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Assessments;

/// <summary>Running sums of one report row, filled one participant at a time (no per-row lists of participants).</summary>
internal sealed class CohortAccumulator(ReportScope scope, string key, HashSet<RegionCode> target, int bands)
{
    private readonly HashSet<RegionCode> _reached = [];
    private readonly int[] _grades = new int[bands];
    private readonly Dictionary<string, GapAnalyzer.NeedTally> _needs = new(StringComparer.Ordinal);
    private GainAccumulator _gain;
    private int _participants;
    private int _completionKnown;
    private int _completed;
    private int _attendanceKnown;
    private decimal _attendanceSum;
    private int _finalScores;
    private decimal _finalSum;
    private int _passed;

    public HashSet<RegionCode> Target => target;

    public void Add(ParticipantResult result, int grade, bool passed, IReadOnlyList<CompetencyGap>? gaps)
    {
        _participants++;
        _reached.Add(result.Region);
        _reached.Add(result.Region.Province);
        if (result.Completed is { } completed)
        {
            _completionKnown++;
            _completed += completed ? 1 : 0;
        }

        if (result.AttendancePercent is { } attendance)
        {
            _attendanceKnown++;
            _attendanceSum += attendance;
        }

        if (result.PreTest is { } pre && result.PostTest is { } post)
        {
            _gain.Add(pre, post);
        }

        if (result.FinalScore is { } final)
        {
            _finalScores++;
            _finalSum += final.Value;
            _grades[grade]++;
            _passed += passed ? 1 : 0;
        }

        if (gaps is null)
        {
            return;
        }

        foreach (var gap in gaps)
        {
            if (!_needs.TryGetValue(gap.Competency.Code, out var tally))
            {
                tally = new GapAnalyzer.NeedTally(gap.Competency);
                _needs.Add(gap.Competency.Code, tally);
            }

            tally.Add(gap.Gap);
        }
    }

    public CohortReport ToReport(IReadOnlyList<GradeBand> bands, int topNeeds, Dictionary<string, List<ObjectiveReference>> objectives) => new(
        scope,
        key,
        _participants,
        target.Count,
        target.Count(_reached.Contains),
        _completionKnown,
        _completed,
        _attendanceKnown,
        _attendanceKnown == 0 ? null : _attendanceSum / _attendanceKnown,
        _gain.ToClassGain(),
        _finalScores,
        _finalScores == 0 ? null : Score.Create(_finalSum / _finalScores),
        _passed,
        bands.Select((b, i) => new GradeCount(b, _grades[i])).ToList().AsReadOnly(),
        topNeeds == 0 ? [] : GapAnalyzer.Rank(_needs.Values, objectives).Where(n => n.OfficialsShort > 0).Take(topNeeds).ToList().AsReadOnly());
}

using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Domain.Assessments;

/// <summary>The default <see cref="IReportCalculator"/>: one pass over the results into (class, province) cells, which are
/// then merged into classes, centres, provinces and the programme.</summary>
/// <remarks>
/// Pure and thread-safe. Figures and their denominators: coverage counts target regions with at least one participant
/// (a participant of a kabupaten/kota also reaches its province); completion and attendance count only the
/// participants whose value the host supplied; learning gain counts participants with both tests (see
/// <see cref="ClassGain"/>); grades and passes count final scores, passing at the programme's
/// <c>CompletionPolicy.PassMark</c> (inclusive) with the bands of the <see cref="IGradingPolicy"/>; needs count
/// participants with a position and assessed levels, compared by the <see cref="IGapAnalyzer"/>.
/// </remarks>
public sealed class ReportCalculator : IReportCalculator
{
    /// <summary>Creates a calculator.</summary>
    /// <param name="grading">The grading policy (its bands; the pass mark comes from each programme).</param>
    /// <param name="gaps">The gap analyzer.</param>
    public ReportCalculator(IGradingPolicy grading, IGapAnalyzer gaps)
    {
        ArgumentNullException.ThrowIfNull(grading);
        ArgumentNullException.ThrowIfNull(gaps);
        Grading = grading;
        Gaps = gaps;
    }

    /// <summary>Gets the grading policy.</summary>
    public IGradingPolicy Grading { get; }

    /// <summary>Gets the gap analyzer.</summary>
    public IGapAnalyzer Gaps { get; }

    /// <inheritdoc />
    public EvaluationReport Calculate(Schedule schedule, IEnumerable<ParticipantResult> results, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(results);
        options ??= ReportOptions.Default;
        var programme = schedule.Programme;
        var passMark = programme.CompletionPolicy.PassMark;
        var bands = Grading.Bands;
        var frameworks = options.Frameworks ?? [CompetencyFramework.AsnManagerial, CompetencyFramework.AsnSocioCultural, CompetencyFramework.ForProgramme(programme)];
        var gapReader = new GapReader(Gaps, frameworks);

        // Sessions by id (the first of a repeated id counts, as the schedule rules report the repeat).
        var sessions = new List<TrainingSession>();
        var sessionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var session in schedule.Sessions)
        {
            if (sessionIndex.TryAdd(session.Id, sessions.Count))
            {
                sessions.Add(session);
            }
        }

        var cells = new Dictionary<long, (int Session, RegionCode Province, CohortTally Tally)>();
        foreach (var result in results)
        {
            ArgumentNullException.ThrowIfNull(result, nameof(results));
            if (!sessionIndex.TryGetValue(result.SessionId, out var index))
            {
                throw new ArgumentException($"A result names session '{result.SessionId}', which the schedule of {programme.Code} does not have.", nameof(results));
            }

            var province = result.Region.Province;
            var key = ((long)index << 8) | (uint)province.ProvincePart;
            if (!cells.TryGetValue(key, out var cell))
            {
                cell = (index, province, new CohortTally(bands.Count, gapReader.Competencies.Count));
                cells.Add(key, cell);
            }

            var gain = result.Gain;
            var grade = result.FinalScore is { } final ? BandIndex(bands, Grading.Grade(final)) : -1;
            cell.Tally.Add(result, gain, grade, result.FinalScore is { } f && f.Value >= passMark);
            if (result.Position is { } position && result.Assessed is { Count: > 0 } assessed)
            {
                gapReader.Add(cell.Tally, position, assessed);
            }
        }

        return Assemble(schedule, options, sessions, cells.Values, gapReader.Competencies, bands, passMark);
    }

    private static EvaluationReport Assemble(
        Schedule schedule,
        ReportOptions options,
        List<TrainingSession> sessions,
        IEnumerable<(int Session, RegionCode Province, CohortTally Tally)> cells,
        List<Competency> competencies,
        IReadOnlyList<GradeBand> bands,
        decimal passMark)
    {
        var programme = schedule.Programme;
        var objectives = GapAnalyzer.ObjectivesByCompetency([programme]);
        var top = options.TopNeeds;
        CohortTally New() => new(bands.Count, competencies.Count);

        var classes = sessions.Select(_ => New()).ToArray();
        var provinces = new SortedDictionary<RegionCode, CohortTally>();
        var whole = New();
        foreach (var (session, province, tally) in cells)
        {
            classes[session].Merge(tally);
            if (!provinces.TryGetValue(province, out var row))
            {
                provinces.Add(province, row = New());
            }

            row.Merge(tally);
            whole.Merge(tally);
        }

        var centres = new SortedDictionary<string, (CohortTally Tally, HashSet<RegionCode> Target)>(StringComparer.Ordinal);
        var scheduled = new HashSet<RegionCode>();
        for (var i = 0; i < sessions.Count; i++)
        {
            var code = sessions[i].Centre.ToString();
            if (!centres.TryGetValue(code, out var centre))
            {
                centres.Add(code, centre = (New(), []));
            }

            centre.Tally.Merge(classes[i]);
            centre.Target.UnionWith(sessions[i].Regions);
            scheduled.UnionWith(sessions[i].Regions);
        }

        var programmeTarget = options.TargetRegions is null ? scheduled : [.. options.TargetRegions];
        var provinceTargets = programmeTarget.GroupBy(r => r.Province).ToDictionary(g => g.Key, g => (IReadOnlyCollection<RegionCode>)[.. g]);
        foreach (var province in provinceTargets.Keys.Where(p => !provinces.ContainsKey(p)))
        {
            provinces.Add(province, New());
        }

        return new EvaluationReport(
            programme.Code,
            passMark,
            [.. sessions.Select((s, i) => classes[i].ToReport(ReportScope.Class, s.Id, [.. s.Regions.Distinct()], bands, competencies, top, objectives))],
            [.. centres.Select(c => c.Value.Tally.ToReport(ReportScope.Centre, c.Key, c.Value.Target, bands, competencies, top, objectives))],
            [.. provinces.Select(p => p.Value.ToReport(ReportScope.Province, p.Key.ToString(), provinceTargets.GetValueOrDefault(p.Key) ?? [], bands, competencies, top, objectives))],
            whole.ToReport(ReportScope.Programme, programme.Code, programmeTarget, bands, competencies, top, objectives));
    }

    private static int BandIndex(IReadOnlyList<GradeBand> bands, GradeBand band)
    {
        for (var i = 0; i < bands.Count; i++)
        {
            if (ReferenceEquals(bands[i], band))
            {
                return i;
            }
        }

        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i] == band)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The grading policy graded a score {band.Code}, a band it does not list.");
    }

    /// <summary>
    /// Reads each official's gaps into a tally. With the package's <see cref="GapAnalyzer"/> the required levels are looked
    /// up once per position kind, not once per official (same answers, no allocation per official); a host's analyzer
    /// is asked official by official.
    /// </summary>
    private sealed class GapReader
    {
        private readonly IGapAnalyzer _analyzer;
        private readonly IReadOnlyList<CompetencyFramework> _frameworks;
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly Dictionary<PositionKind, (int Index, string Code, int Required)[]>? _standards;

        public GapReader(IGapAnalyzer analyzer, IReadOnlyList<CompetencyFramework> frameworks)
        {
            _analyzer = analyzer;
            _frameworks = frameworks;
            var competencies = new List<Competency>();
            foreach (var competency in frameworks.SelectMany(f => f.Competencies))
            {
                if (_index.TryAdd(competency.Code, competencies.Count))
                {
                    competencies.Add(competency);
                }
            }

            Competencies = competencies;
            if (analyzer is GapAnalyzer { Standards: var standards })
            {
                _standards = Enum.GetValues<PositionKind>().ToDictionary(
                    p => p,
                    p => frameworks.SelectMany(f => f.Competencies)
                        .Select(c => (Competency: c, Standard: standards.Find(p, c)))
                        .Where(x => x.Standard is not null)
                        .Select(x => (_index[x.Competency.Code], x.Competency.Code, x.Standard!.Level.Value))
                        .ToArray());
            }
        }

        public List<Competency> Competencies { get; }

        public void Add(CohortTally tally, PositionKind position, IReadOnlyDictionary<string, ProficiencyLevel> assessed)
        {
            if (_standards is not null)
            {
                foreach (var (index, code, required) in _standards.GetValueOrDefault(position) ?? [])
                {
                    if (assessed.TryGetValue(code, out var level) && !level.IsDefault)
                    {
                        tally.AddGap(index, required - level.Value);
                    }
                }

                return;
            }

            foreach (var gap in _analyzer.ForOfficial(position, assessed, _frameworks))
            {
                tally.AddGap(
                    _index.TryGetValue(gap.Competency.Code, out var index) ? index
                        : throw new InvalidOperationException($"The gap analyzer returned competency {gap.Competency.Code}, which is in none of the report's frameworks."),
                    gap.Gap);
            }
        }
    }
}

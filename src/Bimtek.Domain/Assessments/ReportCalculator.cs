using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Domain.Assessments;

/// <summary>The default <see cref="IReportCalculator"/>: one pass over the results, four rows updated per participant.</summary>
/// <remarks>
/// Pure and thread-safe. Figures and their denominators: coverage counts target regions with at least one participant
/// (a participant of a kabupaten/kota also reaches its province); completion and attendance count only the
/// participants whose value the host supplied; learning gain counts participants with both tests (see
/// <see cref="ClassGain"/>); grades and passes count final scores, passing at the programme's
/// <c>CompletionPolicy.PassMark</c> (inclusive) with the bands of the <see cref="IGradingPolicy"/>; needs count
/// participants with a position and assessed levels.
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
        var objectives = GapAnalyzer.ObjectivesByCompetency([programme]);

        var classes = new Dictionary<string, (CohortAccumulator Row, CohortAccumulator Centre)>(StringComparer.Ordinal);
        var centres = new Dictionary<CentreCode, CohortAccumulator>();
        var scheduled = new HashSet<RegionCode>();
        foreach (var session in schedule.Sessions)
        {
            if (!centres.TryGetValue(session.Centre, out var centre))
            {
                centre = new CohortAccumulator(ReportScope.Centre, session.Centre.ToString(), [], bands.Count);
                centres.Add(session.Centre, centre);
            }

            centre.Target.UnionWith(session.Regions);
            scheduled.UnionWith(session.Regions);
            classes.TryAdd(session.Id, (new CohortAccumulator(ReportScope.Class, session.Id, [.. session.Regions], bands.Count), centre));
        }

        var programmeTarget = options.TargetRegions is null ? scheduled : [.. options.TargetRegions];
        var programmeRow = new CohortAccumulator(ReportScope.Programme, programme.Code, programmeTarget, bands.Count);
        var provinces = new Dictionary<RegionCode, CohortAccumulator>();
        foreach (var region in programmeTarget)
        {
            Province(provinces, region.Province, bands.Count).Target.Add(region);
        }

        foreach (var result in results)
        {
            ArgumentNullException.ThrowIfNull(result, nameof(results));
            if (!classes.TryGetValue(result.SessionId, out var rows))
            {
                throw new ArgumentException($"A result names session '{result.SessionId}', which schedule of {programme.Code} does not have.", nameof(results));
            }

            var grade = result.FinalScore is { } final ? BandIndex(bands, Grading.Grade(final)) : -1;
            var passed = result.FinalScore is { } f && f.Value >= passMark;
            var gaps = result.Position is { } position && result.Assessed is { Count: > 0 } assessed ? Gaps.ForOfficial(position, assessed, frameworks) : null;
            rows.Row.Add(result, grade, passed, gaps);
            rows.Centre.Add(result, grade, passed, gaps);
            Province(provinces, result.Region.Province, bands.Count).Add(result, grade, passed, gaps);
            programmeRow.Add(result, grade, passed, gaps);
        }

        var top = options.TopNeeds;
        return new EvaluationReport(
            programme.Code,
            passMark,
            [.. classes.Values.Select(c => c.Row.ToReport(bands, top, objectives))],
            [.. centres.OrderBy(c => c.Key.ToString(), StringComparer.Ordinal).Select(c => c.Value.ToReport(bands, top, objectives))],
            [.. provinces.OrderBy(p => p.Key).Select(p => p.Value.ToReport(bands, top, objectives))],
            programmeRow.ToReport(bands, top, objectives));
    }

    private static CohortAccumulator Province(Dictionary<RegionCode, CohortAccumulator> provinces, RegionCode province, int bands)
    {
        if (!provinces.TryGetValue(province, out var row))
        {
            row = new CohortAccumulator(ReportScope.Province, province.ToString(), [], bands);
            provinces.Add(province, row);
        }

        return row;
    }

    private static int BandIndex(IReadOnlyList<GradeBand> bands, GradeBand band)
    {
        for (var i = 0; i < bands.Count; i++)
        {
            if (ReferenceEquals(bands[i], band) || bands[i] == band)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The grading policy graded a score {band.Code}, a band it does not list.");
    }
}

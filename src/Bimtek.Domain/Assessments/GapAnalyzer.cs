using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Assessments;

/// <summary>The default <see cref="IGapAnalyzer"/>: required level (from <see cref="IPositionStandards"/>) minus assessed level.</summary>
/// <remarks>Thread-safe. A competency the official was not assessed in, or that their position has no standard for,
/// has no gap: it is neither a shortfall nor a pass.</remarks>
public sealed class GapAnalyzer : IGapAnalyzer
{
    /// <summary>Creates an analyzer.</summary>
    /// <param name="standards">The position standards.</param>
    public GapAnalyzer(IPositionStandards standards)
    {
        ArgumentNullException.ThrowIfNull(standards);
        Standards = standards;
    }

    /// <summary>Gets the position standards used.</summary>
    public IPositionStandards Standards { get; }

    /// <inheritdoc />
    public IReadOnlyList<CompetencyGap> ForOfficial(PositionKind position, IReadOnlyDictionary<string, ProficiencyLevel> assessed, IEnumerable<CompetencyFramework> frameworks) =>
        ForOfficial(position, null, assessed, frameworks);

    /// <inheritdoc />
    public IReadOnlyList<CompetencyGap> ForOfficial(PositionKind position, FunctionalTier? tier, IReadOnlyDictionary<string, ProficiencyLevel> assessed, IEnumerable<CompetencyFramework> frameworks)
    {
        ArgumentNullException.ThrowIfNull(assessed);
        ArgumentNullException.ThrowIfNull(frameworks);
        var gaps = new List<CompetencyGap>();
        foreach (var competency in frameworks.SelectMany(f => f.Competencies))
        {
            if (assessed.TryGetValue(competency.Code, out var level) && !level.IsDefault && Standards.Find(position, tier, competency) is { } standard)
            {
                gaps.Add(new CompetencyGap(competency, standard.Level, level));
            }
        }

        return gaps.AsReadOnly();
    }

    /// <inheritdoc />
    public IReadOnlyList<CompetencyNeed> RankNeeds(IEnumerable<OfficialCompetencyProfile> officials, IEnumerable<CompetencyFramework> frameworks, IEnumerable<Programme> programmes)
    {
        ArgumentNullException.ThrowIfNull(officials);
        ArgumentNullException.ThrowIfNull(programmes);
        var frameworkList = frameworks?.ToList() ?? throw new ArgumentNullException(nameof(frameworks));
        var tally = new Dictionary<string, NeedTally>(StringComparer.Ordinal);
        foreach (var official in officials)
        {
            ArgumentNullException.ThrowIfNull(official, nameof(officials));
            foreach (var gap in ForOfficial(official.Position, official.Tier, official.Assessed, frameworkList))
            {
                if (!tally.TryGetValue(gap.Competency.Code, out var t))
                {
                    t = new NeedTally(gap.Competency);
                    tally.Add(gap.Competency.Code, t);
                }

                t.Add(gap.Gap);
            }
        }

        return Rank(tally.Values, ObjectivesByCompetency(programmes));
    }

    /// <summary>Maps each competency code to the learning objectives that develop it, in programme and module order.</summary>
    internal static Dictionary<string, List<ObjectiveReference>> ObjectivesByCompetency(IEnumerable<Programme> programmes)
    {
        var map = new Dictionary<string, List<ObjectiveReference>>(StringComparer.Ordinal);
        foreach (var programme in programmes)
        {
            foreach (var module in programme.Curriculum)
            {
                foreach (var objective in module.Objectives)
                {
                    foreach (var code in objective.CompetencyCodes.Distinct(StringComparer.Ordinal))
                    {
                        if (!map.TryGetValue(code, out var list))
                        {
                            map.Add(code, list = []);
                        }

                        list.Add(new ObjectiveReference(programme.Code, module.Code, module.Title, objective.Code));
                    }
                }
            }
        }

        return map;
    }

    internal static IReadOnlyList<CompetencyNeed> Rank(IEnumerable<NeedTally> tallies, Dictionary<string, List<ObjectiveReference>> objectives)
    {
        var ordered = tallies
            .OrderByDescending(t => t.MeanShortfall)
            .ThenByDescending(t => t.Short)
            .ThenBy(t => t.Competency.Code, StringComparer.Ordinal)
            .ToList();
        return ordered.Select((t, i) => new CompetencyNeed(
            t.Competency,
            i + 1,
            t.Assessed,
            t.Short,
            t.TotalShortfall,
            t.MaxShortfall,
            t.Assessed == 0 ? 0m : (decimal)t.SumGap / t.Assessed,
            objectives.TryGetValue(t.Competency.Code, out var refs) ? refs.AsReadOnly() : [])).ToList().AsReadOnly();
    }

    /// <summary>Running sums of one competency's gaps across a group.</summary>
    internal sealed class NeedTally(Competency competency)
    {
        public NeedTally(Competency competency, int assessed, int @short, int totalShortfall, int maxShortfall, int sumGap)
            : this(competency)
        {
            Assessed = assessed;
            Short = @short;
            TotalShortfall = totalShortfall;
            MaxShortfall = maxShortfall;
            SumGap = sumGap;
        }

        public Competency Competency => competency;

        public int Assessed { get; private set; }

        public int Short { get; private set; }

        public int TotalShortfall { get; private set; }

        public int MaxShortfall { get; private set; }

        public int SumGap { get; private set; }

        public decimal MeanShortfall => Assessed == 0 ? 0m : (decimal)TotalShortfall / Assessed;

        public void Add(int gap)
        {
            Assessed++;
            SumGap += gap;
            if (gap > 0)
            {
                Short++;
                TotalShortfall += gap;
                MaxShortfall = Math.Max(MaxShortfall, gap);
            }
        }
    }
}

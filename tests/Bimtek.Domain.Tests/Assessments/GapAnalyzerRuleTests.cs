using Bimtek.Domain.Assessments;
using Bimtek.Domain.Programmes;
using static Bimtek.Domain.Testing.People;

namespace Bimtek.Domain.Tests.Assessments;

/// <summary>The gap analyser's rules at their edges: what it leaves out, how it breaks ties, and what it refuses.</summary>
public class GapAnalyzerRuleTests
{
    private static GapAnalyzer Analyzer() => new(PositionStandardTable.Default);

    private static Dictionary<string, ProficiencyLevel> Levels(params (string Code, int Level)[] levels) =>
        levels.ToDictionary(l => l.Code, l => ProficiencyLevel.Create(l.Level));

    [Fact]
    public void ForOfficial_LeavesOutACompetencyWithNoLevel_AndOneNoStandardCovers()
    {
        var technical = new CompetencyFramework("T", "Teknis", "test", [new Competency("TK.01", "Teknis", CompetencyKind.Technical, [])]);
        var assessed = new Dictionary<string, ProficiencyLevel> { ["M.01"] = default, ["M.02"] = ProficiencyLevel.Create(2), ["TK.01"] = ProficiencyLevel.Create(1) };

        var gaps = Analyzer().ForOfficial(PositionKind.JptPratama, assessed, [CompetencyFramework.AsnManagerial, technical]);

        gaps.Should().ContainSingle().Which.Should().Be(new CompetencyGap(CompetencyFramework.AsnManagerial.Find("M.02")!, ProficiencyLevel.Create(4), ProficiencyLevel.Create(2)));
    }

    [Fact]
    public void RankNeeds_BreaksAnEqualMeanShortfall_ByHowManyAreShort_ThenByCode()
    {
        // Mean shortfall 1 for all four (required 4): M.01 one official 2 short; M.02 and M.03 both 1 short; M.04 like M.01.
        var officials = new[]
        {
            new OfficialCompetencyProfile(Nip(1), PositionKind.JptPratama, Levels(("M.04", 2), ("M.03", 3), ("M.02", 3), ("M.01", 2))),
            new OfficialCompetencyProfile(Nip(2), PositionKind.JptPratama, Levels(("M.04", 4), ("M.03", 3), ("M.02", 3), ("M.01", 4))),
        };

        var needs = Analyzer().RankNeeds(officials, [CompetencyFramework.AsnManagerial], []);

        needs.Select(n => (n.Rank, n.Competency.Code, n.OfficialsShort, n.MaxShortfall)).Should().Equal(
            (1, "M.02", 2, 1),
            (2, "M.03", 2, 1),
            (3, "M.01", 1, 2),
            (4, "M.04", 1, 2));
        needs.Select(n => n.MeanShortfall).Should().AllBeEquivalentTo(1m);
        needs[0].ToString().Should().Be("#1 M.02: 2/2 short, mean shortfall 1");
        needs[2].PercentShort.Should().Be(50m);
        needs[2].AddressedBy.Should().BeEmpty();
    }

    [Fact]
    public void RankNeeds_KeepsTheLargestShortfall_AndCountsNoShortfallFromAnOfficialAboveTheStandard()
    {
        var officials = new[]
        {
            new OfficialCompetencyProfile(Nip(1), PositionKind.JptPratama, Levels(("M.01", 3))),
            new OfficialCompetencyProfile(Nip(2), PositionKind.JptPratama, Levels(("M.01", 1))),
            new OfficialCompetencyProfile(Nip(3), PositionKind.JptPratama, Levels(("M.01", 2))),
            new OfficialCompetencyProfile(Nip(4), PositionKind.JptPratama, Levels(("M.01", 5))),
        };

        var need = Analyzer().RankNeeds(officials, [CompetencyFramework.AsnManagerial], []).Should().ContainSingle().Subject;

        (need.OfficialsAssessed, need.OfficialsShort, need.TotalShortfall, need.MaxShortfall).Should().Be((4, 3, 6, 3));
        need.MeanShortfall.Should().Be(1.5m);
        need.MeanGap.Should().Be(1.25m); // (1 + 3 + 2 − 1) / 4
        need.PercentShort.Should().Be(75m);
        need.ToString().Should().Be("#1 M.01: 3/4 short, mean shortfall 1.5");
    }

    [Fact]
    public void RankNeeds_AnOfficialWithNoShortfall_StillCountsAsAssessed()
    {
        var need = Analyzer().RankNeeds([new OfficialCompetencyProfile(Nip(1), PositionKind.JptPratama, Levels(("M.01", 4)))], [CompetencyFramework.AsnManagerial], [])
            .Should().ContainSingle().Subject;

        (need.OfficialsAssessed, need.OfficialsShort, need.TotalShortfall, need.MaxShortfall, need.MeanShortfall, need.PercentShort).Should().Be((1, 0, 0, 0, 0m, 0m));
    }

    [Fact]
    public void NullArguments_AreRefusedByName()
    {
        var analyzer = Analyzer();
        var none = new Dictionary<string, ProficiencyLevel>();
        FluentActions.Invoking(() => new GapAnalyzer(null!)).Should().Throw<ArgumentNullException>().WithParameterName("standards");
        FluentActions.Invoking(() => analyzer.ForOfficial(PositionKind.Pelaksana, null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("assessed");
        FluentActions.Invoking(() => analyzer.ForOfficial(PositionKind.Pelaksana, none, null!)).Should().Throw<ArgumentNullException>().WithParameterName("frameworks");
        FluentActions.Invoking(() => analyzer.RankNeeds(null!, [], [])).Should().Throw<ArgumentNullException>().WithParameterName("officials");
        FluentActions.Invoking(() => analyzer.RankNeeds([], null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("frameworks");
        FluentActions.Invoking(() => analyzer.RankNeeds([], [], null!)).Should().Throw<ArgumentNullException>().WithParameterName("programmes");
        FluentActions.Invoking(() => analyzer.RankNeeds([null!], [], [])).Should().Throw<ArgumentNullException>().WithParameterName("officials");
        analyzer.Standards.Should().BeSameAs(PositionStandardTable.Default);
    }

    [Fact]
    public void AProfile_ReadsAsPositionTierAndCount_BehindAMaskedNip()
    {
        var structural = new OfficialCompetencyProfile(Nip(1), PositionKind.JptPratama, Levels(("M.01", 2)));
        var functional = new OfficialCompetencyProfile(Nip(1), PositionKind.Fungsional, FunctionalTier.AhliMuda, Levels());

        structural.ToString().Should().Be($"{Nip(1).ToMaskedString()} (JptPratama, 1 competencies)");
        functional.ToString().Should().Be($"{Nip(1).ToMaskedString()} (Fungsional AhliMuda, 0 competencies)");
        (structural.Tier, functional.Tier).Should().Be(((FunctionalTier?)null, FunctionalTier.AhliMuda));
    }

    [Fact]
    public void RankNeeds_ComparesTheMeanShortfall_NotTheTotal()
    {
        // M.01: 4 officials each 1 short (total 4, mean 1); M.02: one official 3 short (total 3, mean 3) ranks first.
        var officials = Enumerable.Range(1, 4).Select(i => new OfficialCompetencyProfile(Nip(i), PositionKind.JptPratama, Levels(("M.01", 3)))).Append(
            new OfficialCompetencyProfile(Nip(5), PositionKind.JptPratama, Levels(("M.02", 1))));

        Analyzer().RankNeeds(officials, [CompetencyFramework.AsnManagerial], []).Select(n => n.Competency.Code).Should().Equal("M.02", "M.01");
    }
}

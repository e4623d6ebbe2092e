using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Seeds;
using static Bimtek.Domain.Testing.People;

namespace Bimtek.Domain.Tests.Assessments;

public class GapAnalyzerTests
{
    private static readonly GapAnalyzer Analyzer = new(PositionStandardTable.Default);

    private static Dictionary<string, ProficiencyLevel> Levels(params (string Code, int Level)[] levels) =>
        levels.ToDictionary(l => l.Code, l => ProficiencyLevel.Create(l.Level));

    [Fact]
    public void ForOfficial_RequiredMinusAssessed_PerCompetency()
    {
        // A kepala dinas (JPT Pratama, 4 required by the assumed default table).
        var gaps = Analyzer.ForOfficial(PositionKind.JptPratama, Levels(("M.01", 3), ("M.02", 4), ("M.03", 5), ("S.01", 2), ("X.99", 1)), [CompetencyFramework.AsnManagerial, CompetencyFramework.AsnSocioCultural]);

        gaps.Select(g => (g.Competency.Code, g.Required.Value, g.Assessed.Value, g.Gap, g.IsShortfall)).Should().Equal(
            ("M.01", 4, 3, 1, true),
            ("M.02", 4, 4, 0, false),
            ("M.03", 4, 5, -1, false),
            ("S.01", 4, 2, 2, true));
    }

    [Theory]
    [InlineData(FunctionalTier.AhliMadya, 4)]
    [InlineData(FunctionalTier.AhliMuda, 3)]
    [InlineData(FunctionalTier.AhliPertama, 2)]
    [InlineData(FunctionalTier.Terampil, 1)]
    public void ForOfficial_AFunctionalOfficial_IsHeldToTheLevelOfTheirTier(FunctionalTier tier, int required)
    {
        // E.g. a Pembina Industri Ahli Muda at a dinas perindustrian, assessed at level 2 throughout.
        var gaps = Analyzer.ForOfficial(PositionKind.Fungsional, tier, Levels(("M.01", 2), ("M.08", 2), ("S.01", 2)), [CompetencyFramework.AsnManagerial, CompetencyFramework.AsnSocioCultural]);

        gaps.Select(g => (g.Competency.Code, g.Required.Value, g.Gap)).Should().Equal(
            ("M.01", required, required - 2),
            ("M.08", required, required - 2),
            ("S.01", required, required - 2));
        PositionStandardTable.Default.Find(PositionKind.Fungsional, tier, gaps[0].Competency)!.Provenance.Should().Be(Provenance.Assumed);
    }

    [Fact]
    public void RankNeeds_CountsFunctionalOfficialsByTheirTier()
    {
        var officials = new[]
        {
            new OfficialCompetencyProfile(Nip(1), PositionKind.Fungsional, FunctionalTier.AhliMuda, Levels(("M.04", 1))), // 3 − 1 = 2
            new OfficialCompetencyProfile(Nip(2), PositionKind.Fungsional, FunctionalTier.AhliPertama, Levels(("M.04", 1))), // 2 − 1 = 1
            new OfficialCompetencyProfile(Nip(3), PositionKind.Pelaksana, Levels(("M.04", 1))), // 1 − 1 = 0
        };

        var need = Analyzer.RankNeeds(officials, [CompetencyFramework.AsnManagerial], []).Should().ContainSingle().Subject;

        (need.Competency.Code, need.OfficialsAssessed, need.OfficialsShort, need.TotalShortfall, need.MaxShortfall).Should().Be(("M.04", 3, 2, 3, 2));
        officials[0].ToString().Should().Contain("Fungsional AhliMuda").And.NotContain(officials[0].Nip.ToUnmaskedString());
    }

    [Fact]
    public void RankNeeds_RanksByMeanShortfallThenBreadthThenCode()
    {
        var officials = new[]
        {
            new OfficialCompetencyProfile(Nip(1), PositionKind.JptPratama, Levels(("M.01", 3), ("M.02", 4), ("M.03", 2))), // gaps 1, 0, 2
            new OfficialCompetencyProfile(Nip(2), PositionKind.Administrator, Levels(("M.01", 3), ("M.02", 2), ("M.03", 1))), // gaps 0, 1, 2
            new OfficialCompetencyProfile(Nip(3), PositionKind.Pengawas, Levels(("M.01", 1), ("M.02", 3))), // gaps 1, −1
            new OfficialCompetencyProfile(Nip(4), PositionKind.Fungsional, Levels(("M.01", 1))), // no tier, no standard: not counted
        };

        var needs = Analyzer.RankNeeds(officials, [CompetencyFramework.AsnManagerial], []);

        needs.Select(n => (n.Rank, n.Competency.Code, n.OfficialsAssessed, n.OfficialsShort, n.TotalShortfall, n.MaxShortfall)).Should().Equal(
            (1, "M.03", 2, 2, 4, 2), // mean shortfall 4 / 2 = 2
            (2, "M.01", 3, 2, 2, 1), // 2 / 3
            (3, "M.02", 3, 1, 1, 1)); // 1 / 3
        needs[0].MeanShortfall.Should().Be(2m);
        needs[1].MeanGap.Should().Be(2m / 3m);
        needs[2].MeanGap.Should().Be(0m); // (0 + 1 − 1) / 3
        needs[1].PercentShort.Should().Be(200m / 3m);
    }

    [Fact]
    public void RankNeeds_NamesTheModulesWhoseObjectivesAddressTheNeed()
    {
        var programme = EmbeddedProgrammes.Load("KEMENPERIN-2020-NEW-NORMAL");
        var standards = new PositionStandardTable([new PositionStandard(PositionKind.JptPratama, "TK.02", ProficiencyLevel.Create(3), Provenance.HostSupplied)]);

        var needs = new GapAnalyzer(standards).RankNeeds(
            [new OfficialCompetencyProfile(Nip(1), PositionKind.JptPratama, Levels(("TK.02", 1)))],
            [CompetencyFramework.ForProgramme(programme)],
            [programme]);

        var need = needs.Should().ContainSingle().Subject;
        need.Competency.Code.Should().Be("TK.02");
        need.AddressedBy.Select(r => (r.ModuleCode, r.ObjectiveCode)).Should().Equal(("M2", "TK.02"), ("M3", "TK.02"), ("M4", "TK.02"), ("M5", "TK.02"));
        need.AddressedBy.Should().OnlyContain(r => r.ProgrammeCode == "KEMENPERIN-2020-NEW-NORMAL");
    }

    [Fact]
    public void RankNeeds_OfAnEmptyGroup_IsEmpty()
    {
        Analyzer.RankNeeds([], [CompetencyFramework.AsnManagerial], []).Should().BeEmpty();
    }

    [Fact]
    public void Profile_ToString_MasksTheNip()
    {
        var profile = new OfficialCompetencyProfile(Nip(1), PositionKind.JptPratama, Levels());

        profile.ToString().Should().NotContain(Nip(1).ToUnmaskedString());
    }
}

using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Tests.Assessments;

public class PositionStandardTableTests
{
    private static readonly Competency Integritas = CompetencyFramework.AsnManagerial.Find("M.01")!;
    private static readonly Competency PerekatBangsa = CompetencyFramework.AsnSocioCultural.Find("S.01")!;
    private static readonly Competency Technical = new("TK.02", "Analisis kebijakan", CompetencyKind.Technical, []);

    [Theory]
    [InlineData(PositionKind.JptUtama, 5)]
    [InlineData(PositionKind.JptMadya, 5)]
    [InlineData(PositionKind.JptPratama, 4)]
    [InlineData(PositionKind.Administrator, 3)]
    [InlineData(PositionKind.Pengawas, 2)]
    [InlineData(PositionKind.Pelaksana, 1)]
    public void Default_GivesTheUsualTable_FlaggedAssumed(PositionKind position, int level)
    {
        foreach (var competency in new[] { Integritas, PerekatBangsa })
        {
            var standard = PositionStandardTable.Default.Find(position, competency)!;
            standard.Level.Value.Should().Be(level);
            standard.Provenance.Should().Be(Provenance.Assumed);
        }
    }

    [Fact]
    public void Default_HasNoStandard_ForFunctionalPositionsOrTechnicalCompetencies()
    {
        PositionStandardTable.Default.Find(PositionKind.Fungsional, Integritas).Should().BeNull();
        PositionStandardTable.Default.Find(PositionKind.JptPratama, Technical).Should().BeNull();
    }

    [Fact]
    public void ASpecificStandard_WinsOverTheGeneralOne()
    {
        var table = new PositionStandardTable(
        [
            new PositionStandard(PositionKind.Fungsional, null, ProficiencyLevel.Create(1), Provenance.HostSupplied),
            new PositionStandard(PositionKind.Fungsional, "M.01", ProficiencyLevel.Create(2), Provenance.HostSupplied),
            new PositionStandard(PositionKind.Fungsional, "TK.02", ProficiencyLevel.Create(3), Provenance.HostSupplied),
        ]);

        table.Find(PositionKind.Fungsional, Integritas)!.Level.Value.Should().Be(2);
        table.Find(PositionKind.Fungsional, PerekatBangsa)!.Level.Value.Should().Be(1);
        table.Find(PositionKind.Fungsional, Technical)!.Level.Value.Should().Be(3);
        table.Find(PositionKind.Pelaksana, Integritas).Should().BeNull();
    }

    [Fact]
    public void Constructor_WhenAStandardRepeats_Throws()
    {
        var act = () => new PositionStandardTable(
        [
            new PositionStandard(PositionKind.Pengawas, "M.01", ProficiencyLevel.Create(2), Provenance.HostSupplied),
            new PositionStandard(PositionKind.Pengawas, "M.01", ProficiencyLevel.Create(3), Provenance.HostSupplied),
        ]);

        act.Should().Throw<ArgumentException>().WithMessage("*Pengawas/M.01*");
    }

    [Fact]
    public void Constructor_WhenALevelIsDefault_Throws()
    {
        var act = () => new PositionStandardTable([new PositionStandard(PositionKind.Pengawas, null, default, Provenance.HostSupplied)]);

        act.Should().Throw<ArgumentException>();
    }
}

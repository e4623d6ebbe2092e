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

    [Theory]
    [InlineData(FunctionalTier.AhliUtama, 5)]
    [InlineData(FunctionalTier.AhliMadya, 4)]
    [InlineData(FunctionalTier.AhliMuda, 3)]
    [InlineData(FunctionalTier.AhliPertama, 2)]
    [InlineData(FunctionalTier.Penyelia, 3)]
    [InlineData(FunctionalTier.Mahir, 2)]
    [InlineData(FunctionalTier.Terampil, 1)]
    [InlineData(FunctionalTier.Pemula, 1)]
    public void Default_GivesEachFunctionalTierItsLevel_FlaggedAssumed(FunctionalTier tier, int level)
    {
        foreach (var competency in new[] { Integritas, PerekatBangsa })
        {
            var standard = PositionStandardTable.Default.Find(PositionKind.Fungsional, tier, competency)!;
            (standard.Position, standard.Tier, standard.Level.Value, standard.Provenance).Should().Be((PositionKind.Fungsional, tier, level, Provenance.Assumed));
        }
    }

    [Fact]
    public void Default_HasNoStandard_ForAFunctionalOfficialWithoutTierOrTechnicalCompetencies()
    {
        PositionStandardTable.Default.Find(PositionKind.Fungsional, Integritas).Should().BeNull("the levels differ by tier");
        PositionStandardTable.Default.Find(PositionKind.Fungsional, FunctionalTier.AhliMuda, Technical).Should().BeNull();
        PositionStandardTable.Default.Find(PositionKind.JptPratama, Technical).Should().BeNull();
    }

    [Fact]
    public void Default_LoadsEveryRow_TheQuotedSourcesWithCommasIncluded()
    {
        // The rows citing "sources A, B" are quoted in the seed; unquoted, that comma split the row and failed the table.
        PositionStandardTable.Default.Standards.Should().HaveCount(14);
        PositionStandardTable.Default.Standards.Where(s => s.Position == PositionKind.Fungsional).Select(s => s.Tier)
            .Should().Equal(FunctionalTier.AhliUtama, FunctionalTier.AhliMadya, FunctionalTier.AhliMuda, FunctionalTier.AhliPertama, FunctionalTier.Penyelia, FunctionalTier.Mahir, FunctionalTier.Terampil, FunctionalTier.Pemula);
    }

    [Fact]
    public void TheTiersOfOnePosition_AreDistinctStandards_AndATierWinsOverEveryTier()
    {
        var table = new PositionStandardTable(
        [
            new PositionStandard(PositionKind.Fungsional, null, ProficiencyLevel.Create(2), Provenance.HostSupplied),
            new PositionStandard(PositionKind.Fungsional, FunctionalTier.AhliMadya, null, ProficiencyLevel.Create(4), Provenance.HostSupplied),
            new PositionStandard(PositionKind.Fungsional, FunctionalTier.AhliMuda, null, ProficiencyLevel.Create(3), Provenance.HostSupplied),
            new PositionStandard(PositionKind.Fungsional, FunctionalTier.AhliMuda, "M.01", ProficiencyLevel.Create(5), Provenance.HostSupplied),
        ]);

        table.Find(PositionKind.Fungsional, FunctionalTier.AhliMadya, PerekatBangsa)!.Level.Value.Should().Be(4);
        table.Find(PositionKind.Fungsional, FunctionalTier.AhliMuda, PerekatBangsa)!.Level.Value.Should().Be(3);
        table.Find(PositionKind.Fungsional, FunctionalTier.AhliMuda, Integritas)!.Level.Value.Should().Be(5);
        table.Find(PositionKind.Fungsional, FunctionalTier.Pemula, Integritas)!.Level.Value.Should().Be(2, "no Pemula row: the standard for every tier");
        table.Find(PositionKind.Fungsional, Integritas)!.Level.Value.Should().Be(2);
    }

    [Fact]
    public void ATierOnAStructuralPosition_OrARepeatedTier_IsRejected()
    {
        var onStructural = () => new PositionStandardTable([new PositionStandard(PositionKind.Pengawas, FunctionalTier.Mahir, null, ProficiencyLevel.Create(2), Provenance.HostSupplied)]);
        var repeated = () => new PositionStandardTable(
        [
            new PositionStandard(PositionKind.Fungsional, FunctionalTier.Mahir, null, ProficiencyLevel.Create(2), Provenance.HostSupplied),
            new PositionStandard(PositionKind.Fungsional, FunctionalTier.Mahir, null, ProficiencyLevel.Create(3), Provenance.HostSupplied),
        ]);

        onStructural.Should().Throw<ArgumentException>().WithMessage("*only for Fungsional*");
        repeated.Should().Throw<ArgumentException>().WithMessage("*Fungsional Mahir/* more than once*");
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

    [Fact]
    public void ATechnicalCompetency_HasOnlyASpecificStandard_WhateverTheTier()
    {
        var table = new PositionStandardTable(
        [
            new PositionStandard(PositionKind.Fungsional, null, ProficiencyLevel.Create(1), Provenance.HostSupplied),
            new PositionStandard(PositionKind.Fungsional, FunctionalTier.Mahir, null, ProficiencyLevel.Create(2), Provenance.HostSupplied),
            new PositionStandard(PositionKind.Fungsional, FunctionalTier.AhliMuda, "TK.02", ProficiencyLevel.Create(4), Provenance.HostSupplied),
        ]);

        table.Find(PositionKind.Fungsional, FunctionalTier.Mahir, Technical).Should().BeNull();
        table.Find(PositionKind.Fungsional, Technical).Should().BeNull();
        table.Find(PositionKind.Fungsional, FunctionalTier.AhliMuda, Technical)!.Level.Value.Should().Be(4);
        table.Find(PositionKind.Fungsional, FunctionalTier.Mahir, Integritas)!.Level.Value.Should().Be(2);
        table.Find(PositionKind.Fungsional, FunctionalTier.AhliMuda, Integritas)!.Level.Value.Should().Be(1);
        table.Find(PositionKind.Pelaksana, FunctionalTier.Mahir, Integritas).Should().BeNull();
    }

    [Fact]
    public void Constructor_NamesTheStandardAndWhatIsWrongWithIt()
    {
        FluentActions.Invoking(() => new PositionStandardTable([new PositionStandard(PositionKind.Pengawas, "M.01", default, Provenance.HostSupplied)]))
            .Should().Throw<ArgumentException>().WithMessage("Standard Pengawas/M.01: needs a defined position and a level 1–5. (Parameter 'standards')");
        FluentActions.Invoking(() => new PositionStandardTable([new PositionStandard((PositionKind)0, null, ProficiencyLevel.Create(2), Provenance.HostSupplied)]))
            .Should().Throw<ArgumentException>().WithMessage("Standard 0/*: needs a defined position and a level 1–5. (Parameter 'standards')");
        FluentActions.Invoking(() => new PositionStandardTable([new PositionStandard(PositionKind.Fungsional, (FunctionalTier)0, null, ProficiencyLevel.Create(2), Provenance.HostSupplied)]))
            .Should().Throw<ArgumentException>().WithMessage("Standard Fungsional 0/*: a tier is a defined FunctionalTier, and only for Fungsional. (Parameter 'standards')");
        FluentActions.Invoking(() => new PositionStandardTable([null!])).Should().Throw<ArgumentException>().WithMessage("A standard is null. (Parameter 'standards')");
        FluentActions.Invoking(() => new PositionStandardTable(null!)).Should().Throw<ArgumentNullException>().WithParameterName("standards");
        FluentActions.Invoking(() => PositionStandardTable.Default.Find(PositionKind.Pengawas, null!)).Should().Throw<ArgumentNullException>().WithParameterName("competency");
    }

    [Fact]
    public void AStandardForEveryTier_ServesATieredQuestion_AndNamesReadExactly()
    {
        var table = new PositionStandardTable([new PositionStandard(PositionKind.Fungsional, "TK.02", ProficiencyLevel.Create(3), Provenance.HostSupplied)]);

        table.Find(PositionKind.Fungsional, FunctionalTier.Mahir, Technical)!.Level.Value.Should().Be(3);
        FluentActions.Invoking(() => new PositionStandardTable([new PositionStandard(PositionKind.Pengawas, null, default, Provenance.HostSupplied)]))
            .Should().Throw<ArgumentException>().Which.Message.Should().Be("Standard Pengawas/*: needs a defined position and a level 1–5. (Parameter 'standards')");
    }
}

using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using Bimtek.Domain.Seeds;

namespace Bimtek.Domain.Tests.Assessments;

public class CompetencyFrameworkTests
{
    [Fact]
    public void AsnManagerial_HasTheEightCompetenciesInTheRegulationsOrder()
    {
        var framework = CompetencyFramework.AsnManagerial;

        framework.Competencies.Select(c => c.Code).Should().Equal("M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08");
        framework.Competencies.Select(c => c.Name).Should().Equal(
            "Integritas", "Kerjasama", "Komunikasi", "Orientasi pada Hasil", "Pelayanan Publik",
            "Pengembangan Diri dan Orang Lain", "Mengelola Perubahan", "Pengambilan Keputusan");
        framework.Competencies.Should().OnlyContain(c => c.Kind == CompetencyKind.Managerial && c.Levels.Count == 5);
        framework.Source.Should().Contain("38/2017");
    }

    [Fact]
    public void AsnSocioCultural_IsPerekatBangsa()
    {
        var competency = CompetencyFramework.AsnSocioCultural.Competencies.Should().ContainSingle().Subject;

        competency.Code.Should().Be("S.01");
        competency.Name.Should().Be("Perekat Bangsa");
        competency.Kind.Should().Be(CompetencyKind.SocioCultural);
    }

    [Fact]
    public void Integritas_LevelOneAndDefinitionAreSourced_OtherLevelsAssumed()
    {
        var integritas = CompetencyFramework.AsnManagerial.Find("M.01")!;

        var levelOne = integritas.Describe(ProficiencyLevel.Create(1))!;
        levelOne.Description.Should().Be("Mampu bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi");
        levelOne.Provenance.Should().Be(Provenance.Sourced);
        integritas.Provenance.Should().Be(Provenance.Sourced);
        integritas.Definition.Should().StartWith("Konsistensi berperilaku");
        integritas.Levels.Skip(1).Should().OnlyContain(l => l.Provenance == Provenance.Assumed);
        CompetencyFramework.AsnManagerial.Find("M.02")!.Provenance.Should().Be(Provenance.Assumed);
    }

    [Fact]
    public void ForProgramme_The2020Programme_GivesItsFourTechnicalCompetencies()
    {
        var framework = CompetencyFramework.ForProgramme(EmbeddedProgrammes.Load("KEMENPERIN-2020-NEW-NORMAL"));

        framework.Code.Should().Be("KEMENPERIN-2020-NEW-NORMAL-TEKNIS");
        framework.Competencies.Select(c => c.Code).Should().Equal("TK.01", "TK.02", "TK.03", "TK.04");
        framework.Find("TK.04")!.Name.Should().Be("Menyusun kebijakan dan menganalisis kebijakan publik");
        framework.Competencies.Should().OnlyContain(c => c.Kind == CompetencyKind.Technical && c.Levels.Count == 0);
    }

    [Fact]
    public void Constructor_WhenCodesRepeat_Throws()
    {
        var a = new Competency("X.01", "A", CompetencyKind.Technical, []);
        var act = () => new CompetencyFramework("F", "F", "host", [a, new Competency("X.01", "B", CompetencyKind.Technical, [])]);

        act.Should().Throw<ArgumentException>().WithMessage("*X.01*");
    }

    [Fact]
    public void Competency_WhenLevelsAreIncomplete_Throws()
    {
        var act = () => new Competency("X.01", "A", CompetencyKind.Technical, [new CompetencyLevel(ProficiencyLevel.Create(1), "one", Provenance.HostSupplied)]);

        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void ProficiencyLevel_OutsideOneToFive_Throws(int value)
    {
        var act = () => ProficiencyLevel.Create(value);

        act.Should().Throw<ArgumentOutOfRangeException>();
        ProficiencyLevel.TryCreate(value, out var level).Should().BeFalse();
        level.IsDefault.Should().BeTrue();
    }
}

using System.Text;
using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Tests.Assessments;

/// <summary>The competency seeds' readers, fed rows and documents the embedded seeds do not hold.</summary>
public class CompetencySeedsTests
{
    private static readonly string[] Columns = ["position", "tier", "competency", "level", "status", "source"];

    private static List<PositionStandard> Read(params string[][] rows) =>
        CompetencySeeds.ReadPositionStandards(rows.Select((fields, i) => new SeedRow("competencies.position-standards.csv", i + 2, Columns, fields)));

    [Fact]
    public void ReadPositionStandards_ReadsPositionsTiersWildcardsAndStatuses()
    {
        var standards = Read(
            ["jptPratama", "", "*", "4", "assumed", "a"],
            ["Fungsional", "ahliMuda", "M.01", "3", "sourced", "b"]);

        standards.Should().Equal(
            new PositionStandard(PositionKind.JptPratama, null, ProficiencyLevel.Create(4), Provenance.Assumed),
            new PositionStandard(PositionKind.Fungsional, FunctionalTier.AhliMuda, "M.01", ProficiencyLevel.Create(3), Provenance.Sourced));
        standards[1].Tier.Should().Be(FunctionalTier.AhliMuda);
        standards[0].Tier.Should().BeNull();
    }

    [Theory]
    [InlineData("position", "bupati", "not a position kind")]
    [InlineData("position", "99", "not a position kind")]
    [InlineData("level", "6", "expected 1 to 5")]
    [InlineData("level", "", "expected 1 to 5")]
    [InlineData("status", "confirmed", "expected sourced or assumed")]
    [InlineData("tier", "madya", "not a functional tier (ahliUtama … pemula)")]
    [InlineData("tier", "3", "not a functional tier (ahliUtama … pemula)")]
    public void ReadPositionStandards_AMalformedRow_FailsNamingTheFileLineColumnValueAndRule(string column, string value, string reason)
    {
        string[] fields = ["fungsional", "ahliMuda", "*", "3", "assumed", "s"];
        fields[Array.IndexOf(Columns, column)] = value;

        FluentActions.Invoking(() => Read(fields)).Should().Throw<InvalidDataException>()
            .WithMessage($"Seed competencies.position-standards.csv line 2, column '{column}' = '{value}': {reason}");
    }

    [Fact]
    public void ReadPositionStandards_ATierOnAStructuralPosition_IsRefused() =>
        FluentActions.Invoking(() => Read(["administrator", "ahliMuda", "*", "3", "assumed", "s"])).Should().Throw<InvalidDataException>()
            .WithMessage("Seed competencies.position-standards.csv line 2, column 'tier' = 'ahliMuda': only a fungsional position has a tier");

    private static (CompetencyFramework Managerial, CompetencyFramework SocioCultural) ReadAsn(string json) =>
        CompetencySeeds.ReadAsn(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    private static string Document(string kind = "managerial", string definitionStatus = "sourced", string levelStatus = "assumed") => $$"""
        { "regulation": "r", "competencies": [
          { "code": "M.01", "kind": "{{kind}}", "name": "Integritas", "definition": "d", "definitionStatus": "{{definitionStatus}}", "levels": [
            { "level": 1, "status": "sourced", "description": "a" }, { "level": 2, "status": "{{levelStatus}}", "description": "b" },
            { "level": 3, "status": "assumed", "description": "c" }, { "level": 4, "status": "assumed", "description": "d" },
            { "level": 5, "status": "assumed", "description": "e" } ] },
          { "code": "S.01", "kind": "socioCultural", "name": "Perekat Bangsa", "definitionStatus": "none", "levels": [] } ] }
        """;

    [Fact]
    public void ReadAsn_SplitsTheFrameworksByKind_AndMarksAMissingDefinitionAssumed()
    {
        var (managerial, socioCultural) = ReadAsn(Document());

        (managerial.Code, managerial.Name, managerial.Source).Should().Be(("ASN-MANAJERIAL", "Kompetensi Manajerial ASN", "Permenpan RB 38/2017 (Standar Kompetensi Jabatan ASN), Lampiran II"));
        var integritas = managerial.Competencies.Should().ContainSingle().Subject;
        (integritas.Kind, integritas.Definition, integritas.Provenance).Should().Be((CompetencyKind.Managerial, "d", Provenance.Sourced));
        integritas.Levels.Select(l => l.Provenance).Should().Equal(Provenance.Sourced, Provenance.Assumed, Provenance.Assumed, Provenance.Assumed, Provenance.Assumed);
        socioCultural.Code.Should().Be("ASN-SOSIAL-KULTURAL");
        var perekat = socioCultural.Competencies.Should().ContainSingle().Subject;
        (perekat.Kind, perekat.Definition, perekat.Provenance, perekat.Levels.Count).Should().Be((CompetencyKind.SocioCultural, (string?)null, Provenance.Assumed, 0));
    }

    [Theory]
    [InlineData("technical", "sourced", "assumed", "Seed test.json: competency M.01 has kind 'technical'.")]
    [InlineData("managerial", "confirmed", "assumed", "Seed test.json: status 'confirmed' is neither sourced nor assumed.")]
    [InlineData("managerial", "sourced", "", "Seed test.json: status '' is neither sourced nor assumed.")]
    public void ReadAsn_AnUnknownKindOrStatus_IsRefusedByName(string kind, string definitionStatus, string levelStatus, string message) =>
        FluentActions.Invoking(() => ReadAsn(Document(kind, definitionStatus, levelStatus))).Should().Throw<InvalidDataException>().WithMessage(message);

    [Fact]
    public void ReadAsn_AnEmptyDocument_IsRefused() =>
        FluentActions.Invoking(() => ReadAsn("null")).Should().Throw<InvalidDataException>().WithMessage("Seed test.json is empty.");

    [Fact]
    public void TheEmbeddedSeeds_ReadAfresh_GiveTheWholeTables()
    {
        // Read here, not through the cached defaults, so that each reading of the embedded files is tested on its own.
        var standards = CompetencySeeds.LoadPositionStandards();
        var (managerial, socioCultural) = CompetencySeeds.LoadAsn();

        standards.Should().HaveCount(14);
        standards[0].Should().Be(new PositionStandard(PositionKind.JptUtama, null, ProficiencyLevel.Create(5), Provenance.Assumed));
        standards.Count(s => s.Tier is not null).Should().Be(8);
        (managerial.Competencies.Count, socioCultural.Competencies.Count).Should().Be((8, 1));
    }
}

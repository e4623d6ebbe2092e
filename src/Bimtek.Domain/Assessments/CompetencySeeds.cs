using System.Text.Json;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Assessments;

/// <summary>Reads <c>seeds/competencies/</c>: the ASN dictionaries and the default position standards.</summary>
internal static class CompetencySeeds
{
    private const string Regulation = "Permenpan RB 38/2017 (Standar Kompetensi Jabatan ASN), Lampiran II";

    private static readonly JsonSerializerOptions SeedJson = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static (CompetencyFramework Managerial, CompetencyFramework SocioCultural) LoadAsn()
    {
        const string resource = "competencies.asn-competencies.json";
        using var stream = EmbeddedSeed.Open(resource);
        var document = JsonSerializer.Deserialize<SeedDocument>(stream, SeedJson)
            ?? throw new InvalidDataException($"Seed {resource} is empty.");
        var competencies = document.Competencies.Select(c => new Competency(
            c.Code,
            c.Name,
            c.Kind switch
            {
                "managerial" => CompetencyKind.Managerial,
                "socioCultural" => CompetencyKind.SocioCultural,
                _ => throw new InvalidDataException($"Seed {resource}: competency {c.Code} has kind '{c.Kind}'."),
            },
            c.Levels.Select(l => new CompetencyLevel(ProficiencyLevel.Create(l.Level), l.Description, Status(resource, l.Status))),
            c.Definition,
            c.DefinitionStatus == "none" ? Provenance.Assumed : Status(resource, c.DefinitionStatus))).ToList();
        return (
            new CompetencyFramework("ASN-MANAJERIAL", "Kompetensi Manajerial ASN", Regulation, competencies.Where(c => c.Kind == CompetencyKind.Managerial)),
            new CompetencyFramework("ASN-SOSIAL-KULTURAL", "Kompetensi Sosial Kultural ASN", Regulation, competencies.Where(c => c.Kind == CompetencyKind.SocioCultural)));
    }

    public static List<PositionStandard> LoadPositionStandards() =>
    [
        .. EmbeddedSeed.ReadCsv("competencies.position-standards.csv", "position", "competency", "level", "status", "source")
            .Select(row => new PositionStandard(
                Enum.TryParse<PositionKind>(row["position"], ignoreCase: true, out var kind) && Enum.IsDefined(kind)
                    ? kind : throw row.Error("position", "not a position kind"),
                row["competency"] == "*" ? null : row["competency"],
                ProficiencyLevel.TryParse(row["level"], out var level) ? level : throw row.Error("level", "expected 1 to 5"),
                row["status"] switch
                {
                    "sourced" => Provenance.Sourced,
                    "assumed" => Provenance.Assumed,
                    _ => throw row.Error("status", "expected sourced or assumed"),
                })),
    ];

    private static Provenance Status(string resource, string? status) => status switch
    {
        "sourced" => Provenance.Sourced,
        "assumed" => Provenance.Assumed,
        _ => throw new InvalidDataException($"Seed {resource}: status '{status}' is neither sourced nor assumed."),
    };

    private sealed record SeedDocument(string Regulation, IReadOnlyList<SeedCompetency> Competencies);

    private sealed record SeedCompetency(string Code, string Kind, string Name, string? Definition, string DefinitionStatus, IReadOnlyList<SeedLevel> Levels);

    private sealed record SeedLevel(int Level, string Status, string Description);
}

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
        return ReadAsn(stream, resource);
    }

    // Takes the document, so that a malformed one can be tested without a malformed embedded seed.
    public static (CompetencyFramework Managerial, CompetencyFramework SocioCultural) ReadAsn(Stream stream, string resource)
    {
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

    // One row per position (and functional tier) and competency ("*": every managerial and socio-cultural one). The
    // tier column is blank for a structural position; the source column may be quoted (it cites "A, B").
    public static List<PositionStandard> LoadPositionStandards() =>
        ReadPositionStandards(EmbeddedSeed.ReadCsv("competencies.position-standards.csv", "position", "tier", "competency", "level", "status", "source"));

    // Takes the rows, so that a malformed row can be tested without a malformed embedded seed.
    public static List<PositionStandard> ReadPositionStandards(IEnumerable<SeedRow> rows)
    {
        var standards = new List<PositionStandard>();
        foreach (var row in rows)
        {
            var position = Enum.TryParse<PositionKind>(row["position"], ignoreCase: true, out var kind) && Enum.IsDefined(kind)
                ? kind : throw row.Error("position", "not a position kind");
            var competency = row["competency"] == "*" ? null : row["competency"];
            var level = ProficiencyLevel.TryParse(row["level"], out var l) ? l : throw row.Error("level", "expected 1 to 5");
            var provenance = row["status"] switch
            {
                "sourced" => Provenance.Sourced,
                "assumed" => Provenance.Assumed,
                _ => throw row.Error("status", "expected sourced or assumed"),
            };
            if (row["tier"].Length == 0)
            {
                standards.Add(new PositionStandard(position, competency, level, provenance));
                continue;
            }

            var tier = Enum.TryParse<FunctionalTier>(row["tier"], ignoreCase: true, out var t) && Enum.IsDefined(t) && !int.TryParse(row["tier"], out _)
                ? t : throw row.Error("tier", "not a functional tier (ahliUtama … pemula)");
            standards.Add(position == PositionKind.Fungsional
                ? new PositionStandard(position, tier, competency, level, provenance)
                : throw row.Error("tier", "only a fungsional position has a tier"));
        }

        return standards;
    }

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

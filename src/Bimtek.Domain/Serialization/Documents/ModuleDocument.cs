using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Serialization.Documents;

/// <summary>The JSON form of a <see cref="Module"/>.</summary>
internal sealed class ModuleDocument
{
    public required string Code { get; init; }

    public required string Title { get; init; }

    public required int Jp { get; init; }

    public required List<ObjectiveDocument> Objectives { get; init; }

    public static ModuleDocument From(Module m) => new()
    {
        Code = m.Code,
        Title = m.Title,
        Jp = m.Jp.Value,
        Objectives = [.. m.Objectives.Select(o => new ObjectiveDocument { Code = o.Code, Description = o.Description, Competencies = [.. o.CompetencyCodes] })],
    };

    public Module ToModule(DocumentPath at) => new(
        at.Required(Code, "code"),
        at.Required(Title, "title"),
        ProgrammeDocument.Jp(Jp, at.Property("jp")),
        [.. at.Required(Objectives, "objectives").Select((o, i) => ToObjective(o, at.Property("objectives").Index(i)))]);

    private static LearningObjective ToObjective(ObjectiveDocument? o, DocumentPath at)
    {
        var objective = o ?? throw at.Error("must not be null");
        return new(at.Required(objective.Code, "code"), at.Required(objective.Description, "description"), at.RequiredStrings(objective.Competencies, "competencies"));
    }
}

/// <summary>The JSON form of a <see cref="LearningObjective"/>.</summary>
internal sealed class ObjectiveDocument
{
    public required string Code { get; init; }

    public required string Description { get; init; }

    public required List<string> Competencies { get; init; }
}

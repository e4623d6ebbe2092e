using Bimtek.Domain.Calendar;
using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Serialization.Documents;

/// <summary>The JSON form of a <see cref="Programme"/>.</summary>
internal sealed class ProgrammeDocument
{
    public required string Code { get; init; }

    public required string Title { get; init; }

    public required OrganiserDocument Organiser { get; init; }

    public required int FiscalYear { get; init; }

    public required DeliveryMode DeliveryMode { get; init; }

    public required int TotalJp { get; init; }

    public ProgrammeStatus Status { get; init; } = ProgrammeStatus.Draft;

    public string? CancellationReason { get; init; }

    public required List<ModuleDocument> Curriculum { get; init; }

    public required List<PhaseDocument> Phases { get; init; }

    public CompletionPolicyDocument? CompletionPolicy { get; init; }

    public List<string>? Sources { get; init; }

    public List<string>? Assumptions { get; init; }

    public static ProgrammeDocument From(Programme p) => new()
    {
        Code = p.Code,
        Title = p.Title,
        Organiser = new OrganiserDocument { Unit = p.Organiser.Unit, Agency = p.Organiser.Agency, Ministry = p.Organiser.Ministry },
        FiscalYear = p.FiscalYear,
        DeliveryMode = p.DeliveryMode,
        TotalJp = p.TotalJp.Value,
        Status = p.Status,
        CancellationReason = p.CancellationReason,
        Curriculum = [.. p.Curriculum.Select(ModuleDocument.From)],
        Phases = [.. p.Phases.Select(PhaseDocument.From)],
        CompletionPolicy = CompletionPolicyDocument.From(p.CompletionPolicy),
        Sources = p.Sources.Count == 0 ? null : [.. p.Sources],
        Assumptions = p.Assumptions.Count == 0 ? null : [.. p.Assumptions],
    };

    public Programme ToProgramme(DocumentPath at)
    {
        var organiser = at.Required(Organiser, "organiser");
        return new(
            at.Required(Code, "code"),
            at.Required(Title, "title"),
            new Organiser(at.Property("organiser").Required(organiser.Unit, "unit"), organiser.Agency, organiser.Ministry),
            FiscalYear,
            DeliveryMode,
            Jp(TotalJp, at.Property("totalJp")),
            [.. at.Required(Curriculum, "curriculum").Select((m, i) => at.Property("curriculum").Index(i).Required(m).ToModule(at.Property("curriculum").Index(i)))],
            [.. at.Required(Phases, "phases").Select((p, i) => at.Property("phases").Index(i).Required(p).ToPhase(at.Property("phases").Index(i)))],
            CompletionPolicy?.ToPolicy(at.Property("completionPolicy")),
            at.Strings(Sources, "sources"),
            at.Strings(Assumptions, "assumptions"),
            Status,
            CancellationReason);
    }

    internal static LessonHours Jp(int value, DocumentPath at) =>
        value >= 0 ? LessonHours.FromJp(value) : throw at.Error($"lesson hours (JP) are never negative; got {value}");
}

/// <summary>The JSON form of an <see cref="Programmes.Organiser"/>.</summary>
internal sealed class OrganiserDocument
{
    public required string Unit { get; init; }

    public string? Agency { get; init; }

    public string? Ministry { get; init; }
}

/// <summary>The JSON form of a <see cref="CompletionPolicy"/>.</summary>
internal sealed class CompletionPolicyDocument
{
    public required decimal MinimumAttendancePercent { get; init; }

    public required decimal PassMark { get; init; }

    public required List<EvaluationKind> RequiredEvaluations { get; init; }

    public static CompletionPolicyDocument From(CompletionPolicy policy) => new()
    {
        MinimumAttendancePercent = policy.MinimumAttendancePercent,
        PassMark = policy.PassMark,
        RequiredEvaluations = [.. policy.RequiredEvaluations],
    };

    public CompletionPolicy ToPolicy(DocumentPath at) =>
        new(MinimumAttendancePercent, PassMark, at.Required(RequiredEvaluations, "requiredEvaluations"));
}

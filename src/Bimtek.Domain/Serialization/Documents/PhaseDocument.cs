using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Serialization.Documents;

/// <summary>The JSON form of a <see cref="Phase"/>.</summary>
internal sealed class PhaseDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required RegionLevel TargetLevel { get; init; }

    public required List<AudienceDocument> Audience { get; init; }

    public required LocalDate Start { get; init; }

    public required LocalDate End { get; init; }

    public required PhaseDelivery Delivery { get; init; }

    public string? Prerequisite { get; init; }

    public OpeningDocument? Opening { get; init; }

    public static PhaseDocument From(Phase p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        TargetLevel = p.TargetLevel,
        Audience = [.. p.Audience.Select(a => new AudienceDocument { Position = a.Kind, Title = a.Title, PerRegion = a.PerRegion })],
        Start = p.Start,
        End = p.End,
        Delivery = p.Delivery,
        Prerequisite = p.PrerequisitePhaseId,
        Opening = p.Opening is { } o ? new OpeningDocument { Date = o.Date, Official = o.Official } : null,
    };

    public Phase ToPhase(DocumentPath at) => new(
        at.Required(Id, "id"),
        at.Required(Name, "name"),
        TargetLevel,
        [.. at.Required(Audience, "audience").Select((a, i) => ToMember(a, at.Property("audience").Index(i)))],
        Start,
        End,
        Delivery,
        Prerequisite,
        Opening is { } o ? new OpeningEvent(o.Date, at.Property("opening").Required(o.Official, "official")) : null);

    private static AudienceMember ToMember(AudienceDocument? a, DocumentPath at)
    {
        var member = a ?? throw at.Error("must not be null");
        return new(member.Position, at.Required(member.Title, "title"), member.PerRegion);
    }
}

/// <summary>The JSON form of an <see cref="AudienceMember"/>.</summary>
internal sealed class AudienceDocument
{
    public required PositionKind Position { get; init; }

    public required string Title { get; init; }

    public required int PerRegion { get; init; }
}

/// <summary>The JSON form of an <see cref="OpeningEvent"/>.</summary>
internal sealed class OpeningDocument
{
    public required LocalDate Date { get; init; }

    public required string Official { get; init; }
}

namespace Bimtek.Domain.Programmes;

/// <summary>Where a programme is in its life: Draft → Published → InProgress → Completed, or Cancelled.</summary>
public enum ProgrammeStatus
{
    /// <summary>Being defined; may be invalid.</summary>
    Draft = 1,

    /// <summary>Announced with a valid definition; sessions may be planned and nominations taken.</summary>
    Published = 2,

    /// <summary>Its first phase has begun.</summary>
    InProgress = 3,

    /// <summary>Its last phase has ended and it was closed.</summary>
    Completed = 4,

    /// <summary>Called off before completion; the reason is kept.</summary>
    Cancelled = 5,
}

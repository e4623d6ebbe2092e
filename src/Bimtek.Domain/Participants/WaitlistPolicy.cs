namespace Bimtek.Domain.Participants;

/// <summary>How a session's waitlist is ordered when a seat frees.</summary>
public enum WaitlistPolicy
{
    /// <summary>First come, first served: by the nomination's arrival.</summary>
    FirstComeFirstServed = 1,

    /// <summary>By position kind (in <see cref="EnrolmentSettings.PositionPriority"/> order), then by arrival.</summary>
    PositionPriority = 2,
}

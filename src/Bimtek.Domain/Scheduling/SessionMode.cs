namespace Bimtek.Domain.Scheduling;

/// <summary>How a training session is held.</summary>
public enum SessionMode
{
    /// <summary>Online, on a platform room with a seat limit; participants join from their own zones.</summary>
    Virtual = 1,

    /// <summary>In a room at a venue; participants travel to the centre.</summary>
    InPerson = 2,

    /// <summary>In a room, with others joining online on a platform room.</summary>
    Hybrid = 3,
}

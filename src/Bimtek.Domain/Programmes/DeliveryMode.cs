namespace Bimtek.Domain.Programmes;

/// <summary>How a programme is delivered (Peraturan LAN 10/2018: klasikal and nonklasikal learning).</summary>
public enum DeliveryMode
{
    /// <summary>Online, synchronous (e.g. a video meeting) — nonklasikal distance learning.</summary>
    Virtual = 1,

    /// <summary>Face to face in a classroom — pelatihan klasikal.</summary>
    Classical = 2,

    /// <summary>A mix of virtual and classical parts.</summary>
    Blended = 3,
}

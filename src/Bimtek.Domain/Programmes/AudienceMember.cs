namespace Bimtek.Domain.Programmes;

/// <summary>One kind of official a phase invites from each target region, and how many.</summary>
/// <remarks>Immutable; equal when the three values are equal. A count below 1 is reported by the validator
/// (<c>Programme.AudienceCountNotPositive</c>), not refused here.</remarks>
public sealed record AudienceMember
{
    /// <summary>Creates an audience member.</summary>
    /// <param name="kind">The position kind, e.g. <see cref="PositionKind.JptPratama"/> for a kepala dinas.</param>
    /// <param name="title">The position as the invitation names it, e.g. <c>Kepala Dinas Perindustrian</c>.</param>
    /// <param name="perRegion">How many such officials each target region sends.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public AudienceMember(PositionKind kind, string title, int perRegion)
    {
        ArgumentNullException.ThrowIfNull(title);
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a PositionKind value.");
        Title = title;
        PerRegion = perRegion;
    }

    /// <summary>Gets the position kind.</summary>
    public PositionKind Kind { get; }

    /// <summary>Gets the position as the invitation names it.</summary>
    public string Title { get; }

    /// <summary>Gets how many such officials each target region sends.</summary>
    public int PerRegion { get; }
}

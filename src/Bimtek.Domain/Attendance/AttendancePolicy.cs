using Bimtek.Domain.Common;

namespace Bimtek.Domain.Attendance;

/// <summary>How presence in the log becomes attendance of an agenda item.</summary>
/// <remarks>
/// Immutable. No source sets the share of an item one must be present for (fact sheet §4), so
/// <see cref="Default"/>'s 80 % is <em>assumed</em> (the same figure public Indonesian training code uses for the whole
/// course); hosts set their own through <c>BimtekOptions.AttendancePolicy</c>.
/// </remarks>
public sealed class AttendancePolicy
{
    /// <summary>The default policy (assumed): present for at least 80 % of an item.</summary>
    public static readonly AttendancePolicy Default = new(80m, Provenance.Assumed);

    /// <summary>Creates a policy.</summary>
    /// <param name="minimumSharePercent">The share of an item a participant must be present for to attend it, in
    /// percent, greater than 0 and at most 100 (inclusive: exactly the share attends).</param>
    /// <exception cref="ArgumentOutOfRangeException">The share is not in (0, 100].</exception>
    public AttendancePolicy(decimal minimumSharePercent)
        : this(minimumSharePercent, Provenance.HostSupplied)
    {
    }

    private AttendancePolicy(decimal minimumSharePercent, Provenance provenance)
    {
        if (minimumSharePercent <= 0m || !Percentage.IsOnScale(minimumSharePercent))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumSharePercent), minimumSharePercent, "The share must be greater than 0 and at most 100 percent.");
        }

        MinimumSharePercent = minimumSharePercent;
        Provenance = provenance;
    }

    /// <summary>Gets the share of an item a participant must be present for, in percent.</summary>
    public decimal MinimumSharePercent { get; }

    /// <summary>Gets where the share comes from: <see cref="Provenance.Assumed"/> for <see cref="Default"/>,
    /// <see cref="Provenance.HostSupplied"/> for a policy the host made.</summary>
    public Provenance Provenance { get; }

    /// <inheritdoc />
    public override string ToString() => $"≥ {MinimumSharePercent} % of each item";
}

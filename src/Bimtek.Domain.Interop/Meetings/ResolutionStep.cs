namespace Bimtek.Domain.Interop.Meetings;

/// <summary>A way of telling who a meeting row is (see <see cref="IdentityResolver"/>); the host chooses their order.</summary>
public enum ResolutionStep
{
    /// <summary>The row's e-mail equals a registered e-mail of the official (case-insensitive, trimmed).</summary>
    Email = 1,

    /// <summary>A valid, enrolled NIP is written in the display name (<c>198703152010011002_Budi</c>,
    /// <c>Budi (NIP 19870315 201001 1 002)</c>, dots or spaces between groups).</summary>
    NipInName = 2,

    /// <summary>The display name equals the registered name once case, spacing, punctuation and Indonesian titles are folded.</summary>
    Name = 3,

    /// <summary>The host's own mapping of display names or e-mails to NIPs (<see cref="ResolutionOptions.Mapping"/>).</summary>
    HostMapping = 4,
}

using NodaTime;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// One presence interval of one person as an export gives it: a join and (perhaps) a leave, with who it was as the
/// platform knew them (display name, e-mail) and where it came from (line or JSON path).
/// </summary>
/// <remarks>Holds personal data (a display name, an e-mail): <see cref="ToString"/> shows only where the row came from.
/// Immutable.</remarks>
public sealed class MeetingRow
{
    internal MeetingRow(string? where, int line, string displayName, string? email, Instant join, Instant? leave, Duration? reported, MeetingRole role, bool continuityAssumed)
    {
        _where = where;
        Line = line;
        DisplayName = displayName;
        Email = email;
        Join = join;
        Leave = leave;
        ReportedDuration = reported;
        Role = role;
        ContinuityAssumed = continuityAssumed;
    }

    private readonly string? _where;

    /// <summary>Gets where the row came from, for messages: <c>line 12</c> or a JSON path such as <c>$.participants[3]</c>.</summary>
    public string Where => _where ?? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {Line}");

    /// <summary>Gets the row's line in a CSV export (1-based), or 0 for JSON.</summary>
    public int Line { get; }

    /// <summary>Gets the display name as the platform shows it (personal data).</summary>
    public string DisplayName { get; }

    /// <summary>Gets the e-mail the platform recorded, or <see langword="null"/> (personal data).</summary>
    public string? Email { get; }

    /// <summary>Gets when the person joined.</summary>
    public Instant Join { get; }

    /// <summary>Gets when the person left, or <see langword="null"/> when the export has no leave.</summary>
    public Instant? Leave { get; }

    /// <summary>Gets the duration the export states for the row, or <see langword="null"/>.</summary>
    public Duration? ReportedDuration { get; }

    /// <summary>Gets the person's part in the meeting.</summary>
    public MeetingRole Role { get; }

    /// <summary>Gets whether the row spans first join to last exit, with presence between assumed, not recorded.</summary>
    public bool ContinuityAssumed { get; }

    /// <inheritdoc />
    public override string ToString() => Where;
}

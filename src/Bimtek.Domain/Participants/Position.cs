using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Participants;

/// <summary>A position (jabatan) an official holds: its kind and its title.</summary>
/// <remarks>Immutable; equal when kind and title are equal (titles compared ordinally).</remarks>
public sealed record Position
{
    /// <summary>Creates a position.</summary>
    /// <param name="kind">The kind, e.g. <see cref="PositionKind.Administrator"/> for a kepala bidang.</param>
    /// <param name="title">The title as the agency writes it, e.g. <c>Kepala Bidang Perindustrian</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public Position(PositionKind kind, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a PositionKind value.");
        Title = title.Trim();
    }

    /// <summary>Gets the kind of position.</summary>
    public PositionKind Kind { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Kind})";
}

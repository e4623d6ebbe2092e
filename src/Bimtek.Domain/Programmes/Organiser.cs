namespace Bimtek.Domain.Programmes;

/// <summary>The unit that organises a programme, within its agency and ministry.</summary>
/// <remarks>Immutable; equal when the three names are equal.</remarks>
public sealed record Organiser
{
    /// <summary>Creates an organiser.</summary>
    /// <param name="unit">The organising unit, e.g. <c>Pusdiklat Industri</c>.</param>
    /// <param name="agency">The agency above it, e.g. <c>BPSDMI</c>, if any.</param>
    /// <param name="ministry">The ministry, e.g. <c>Kemenperin</c>, if any.</param>
    public Organiser(string unit, string? agency = null, string? ministry = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Unit = unit;
        Agency = agency;
        Ministry = ministry;
    }

    /// <summary>Gets the organising unit.</summary>
    public string Unit { get; }

    /// <summary>Gets the agency above it, or <see langword="null"/>.</summary>
    public string? Agency { get; }

    /// <summary>Gets the ministry, or <see langword="null"/>.</summary>
    public string? Ministry { get; }

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", new[] { Unit, Agency, Ministry }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

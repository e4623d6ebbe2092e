namespace Bimtek.Domain.Programmes;

/// <summary>The unit that organises a programme, within its agency and ministry.</summary>
/// <param name="Unit">The organising unit, e.g. <c>Pusdiklat Industri</c>.</param>
/// <param name="Agency">The agency above it, e.g. <c>BPSDMI</c>, if any.</param>
/// <param name="Ministry">The ministry, e.g. <c>Kemenperin</c>, if any.</param>
public sealed record Organiser(string Unit, string? Agency = null, string? Ministry = null)
{
    /// <inheritdoc />
    public override string ToString() => string.Join(", ", new[] { Unit, Agency, Ministry }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

namespace Bimtek.Domain.Testing;

/// <summary>Where a test starts, for nouns that take "an": <c>An.Official().As(PositionKind.Administrator).Build()</c>.</summary>
public static class An
{
    /// <summary>An official (<see cref="OfficialBuilder"/>): number 1, a kepala dinas of Kota Yogyakarta.</summary>
    /// <returns>A new builder.</returns>
    public static OfficialBuilder Official() => new();
}

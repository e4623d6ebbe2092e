namespace Bimtek.Domain.Assessments;

/// <summary>A group's need in one competency: how many fall short, by how much, and which modules address it.</summary>
/// <remarks>Needs are ranked by <see cref="MeanShortfall"/> (deepest and widest first), then <see cref="OfficialsShort"/>,
/// then competency code (ordinal), so the order is total and stable.</remarks>
public sealed class CompetencyNeed
{
    internal CompetencyNeed(Competency competency, int rank, int officialsAssessed, int officialsShort, int totalShortfall, int maxShortfall, decimal meanGap, IReadOnlyList<ObjectiveReference> addressedBy)
    {
        Competency = competency;
        Rank = rank;
        OfficialsAssessed = officialsAssessed;
        OfficialsShort = officialsShort;
        TotalShortfall = totalShortfall;
        MaxShortfall = maxShortfall;
        MeanGap = meanGap;
        AddressedBy = addressedBy;
    }

    /// <summary>Gets the competency.</summary>
    public Competency Competency { get; }

    /// <summary>Gets the rank, 1 for the greatest need.</summary>
    public int Rank { get; }

    /// <summary>Gets the number of officials assessed in the competency whose position has a standard for it.</summary>
    public int OfficialsAssessed { get; }

    /// <summary>Gets the number of those below their standard.</summary>
    public int OfficialsShort { get; }

    /// <summary>Gets the sum of the shortfalls, in levels (officials at or above standard add 0).</summary>
    public int TotalShortfall { get; }

    /// <summary>Gets the largest shortfall, in levels (0 when no one falls short).</summary>
    public int MaxShortfall { get; }

    /// <summary>Gets the mean shortfall per official assessed, in levels: <see cref="TotalShortfall"/> / <see cref="OfficialsAssessed"/>.</summary>
    public decimal MeanShortfall => OfficialsAssessed == 0 ? 0m : (decimal)TotalShortfall / OfficialsAssessed;

    /// <summary>Gets the mean of required − assessed, in levels; negative when the group exceeds the standard on average.</summary>
    public decimal MeanGap { get; }

    /// <summary>Gets the share of officials assessed who fall short, in percent.</summary>
    public decimal PercentShort => OfficialsAssessed == 0 ? 0m : 100m * OfficialsShort / OfficialsAssessed;

    /// <summary>Gets the learning objectives (of the programmes given) that develop the competency; empty when none does.</summary>
    public IReadOnlyList<ObjectiveReference> AddressedBy { get; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"#{Rank} {Competency.Code}: {OfficialsShort}/{OfficialsAssessed} short, mean shortfall {MeanShortfall:0.##}");
}

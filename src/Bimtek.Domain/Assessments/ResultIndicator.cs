using Bimtek.Domain.Common;

namespace Bimtek.Domain.Assessments;

/// <summary>A level-4 (results) indicator the host supplies, e.g. industry permits processed by a dinas, with its baseline, target and actual.</summary>
/// <param name="Code">The host's code.</param>
/// <param name="Name">What is measured.</param>
/// <param name="Unit">The unit (e.g. <c>permits/month</c>, <c>%</c>).</param>
/// <param name="Baseline">The value before the training, when known.</param>
/// <param name="Target">The value aimed at, when set.</param>
/// <param name="Actual">The value measured after, when measured.</param>
/// <param name="Provenance">Who answers for the figures: the host, by default.</param>
public sealed record ResultIndicator(string Code, string Name, string Unit, decimal? Baseline, decimal? Target, decimal? Actual, Provenance Provenance = Provenance.HostSupplied)
{
    /// <summary>Gets how far the actual went from the baseline to the target, in percent ((actual − baseline) /
    /// (target − baseline) × 100; above 100 beats the target, negative went the wrong way); <see langword="null"/> when a
    /// figure is missing or the target equals the baseline.</summary>
    public decimal? AchievementPercent =>
        Baseline is { } b && Target is { } t && Actual is { } a && t != b ? (a - b) / (t - b) * 100m : null;
}

using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Assessments;

/// <summary>A grading scale as data: bands over 0–100 and a pass mark.</summary>
/// <remarks>
/// Scales differ by training type and institution (FACTS part 2 §2: LAN-style bands, a BKPM scale with other cuts), so
/// the scale is data and <see cref="Default"/> is only the package's default. Immutable and thread-safe.
/// </remarks>
public sealed class GradingPolicy : IGradingPolicy
{
    private readonly GradeBand[] _descending;

    /// <summary>Creates a policy.</summary>
    /// <param name="bands">The bands in any order: exactly one with no lower bound (it starts at 0); the others with
    /// distinct bounds from 0 to below 100.</param>
    /// <param name="passMark">The lowest passing score, 0–100 (inclusive).</param>
    /// <param name="provenance">Whether the scale is sourced, assumed or the host's.</param>
    /// <exception cref="ArgumentException">The bands do not cover 0–100 exactly once, a code or name is blank or repeated,
    /// or the pass mark is outside 0–100.</exception>
    public GradingPolicy(IEnumerable<GradeBand> bands, decimal passMark, Provenance provenance = Provenance.HostSupplied)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var list = bands.Select(b => b ?? throw new ArgumentException("A band is null.", nameof(bands))).ToList();
        if (list.Count(b => b.Above is null) != 1)
        {
            throw new ArgumentException("Exactly one band must have no lower bound: the lowest, which starts at 0.", nameof(bands));
        }

        foreach (var band in list)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(band.Code, nameof(bands));
            ArgumentException.ThrowIfNullOrWhiteSpace(band.Name, nameof(bands));
            ArgumentException.ThrowIfNullOrWhiteSpace(band.EnglishName, nameof(bands));
            if (band.Above is < 0m or >= Score.Maximum)
            {
                throw new ArgumentException($"Band {band.Code}: its lower bound {band.Above} must be 0 or more and below 100.", nameof(bands));
            }
        }

        if (list.Select(b => b.Code).Distinct(StringComparer.Ordinal).Count() != list.Count
            || list.Where(b => b.Above is not null).Select(b => b.Above).Distinct().Count() != list.Count - 1)
        {
            throw new ArgumentException("Band codes and lower bounds must be distinct.", nameof(bands));
        }

        if (!Percentage.IsOnScale(passMark))
        {
            throw new ArgumentOutOfRangeException(nameof(passMark), passMark, "The pass mark is 0 to 100.");
        }

        // The lowest band (no bound) sorts first, as decimal.MinValue.
        Bands = list.OrderBy(b => b.Above ?? decimal.MinValue).ToList().AsReadOnly();
        _descending = [.. Bands.Reverse()];
        PassMark = passMark;
        Provenance = provenance;
    }

    /// <summary>
    /// Gets the LAN-style five-band scale, <b>assumed</b> (FACTS §b and part 2 §2, Low: one public code sample, the LAN
    /// tables not read): Sangat Memuaskan above 90, Memuaskan above 80 to 90, Cukup Memuaskan above 70 to 80, Kurang
    /// Memuaskan above 60 to 70, Tidak Memuaskan 60 or below; so 90.00 is Memuaskan and 90.01 Sangat Memuaskan. Its
    /// pass mark is <see cref="CompletionPolicy.Default"/>'s, 60 (inclusive, also assumed).
    /// </summary>
    public static GradingPolicy Default { get; } = new(
        [
            new GradeBand("TidakMemuaskan", "Tidak Memuaskan", "Unsatisfactory", null),
            new GradeBand("KurangMemuaskan", "Kurang Memuaskan", "Less than satisfactory", 60m),
            new GradeBand("CukupMemuaskan", "Cukup Memuaskan", "Fairly satisfactory", 70m),
            new GradeBand("Memuaskan", "Memuaskan", "Satisfactory", 80m),
            new GradeBand("SangatMemuaskan", "Sangat Memuaskan", "Very satisfactory", 90m),
        ],
        CompletionPolicy.Default.PassMark,
        Provenance.Assumed);

    /// <inheritdoc />
    public IReadOnlyList<GradeBand> Bands { get; }

    /// <inheritdoc />
    public decimal PassMark { get; }

    /// <summary>Gets whether the scale is sourced, assumed or the host's.</summary>
    public Provenance Provenance { get; }

    /// <inheritdoc />
    public GradeBand Grade(Score score)
    {
        foreach (var band in _descending)
        {
            if (band.Above is not { } above || score.Value > above)
            {
                return band;
            }
        }

        throw new InvalidOperationException("Unreachable: the lowest band has no bound.");
    }

    /// <inheritdoc />
    public bool Passes(Score score) => score.Value >= PassMark;

    /// <summary>Returns the same bands with another pass mark (e.g. a programme's <see cref="CompletionPolicy.PassMark"/>).</summary>
    /// <param name="passMark">The lowest passing score, 0–100.</param>
    /// <returns>The policy.</returns>
    public GradingPolicy WithPassMark(decimal passMark) => passMark == PassMark ? this : new GradingPolicy(Bands, passMark, Provenance);

    /// <inheritdoc />
    public override string ToString() => $"{Bands.Count} bands, pass mark {PassMark} ({Provenance})";
}

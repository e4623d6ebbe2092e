using System.Globalization;
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
    /// distinct inclusive lower bounds above 0 and up to 100.</param>
    /// <param name="passMark">The lowest passing score, 0–100 (inclusive). Put it on a band's lower bound (see
    /// <see cref="PassingBand"/>) so that no band holds both passing and failing scores.</param>
    /// <param name="provenance">Whether the scale is sourced, assumed or the host's.</param>
    /// <exception cref="ArgumentException">The bands do not cover 0–100 exactly once, a code or name is blank or repeated,
    /// or the pass mark is outside 0–100.</exception>
    public GradingPolicy(IEnumerable<GradeBand> bands, decimal passMark, Provenance provenance = Provenance.HostSupplied)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var list = bands.Select(b => b ?? throw new ArgumentException("A band is null.", nameof(bands))).ToList();
        if (list.Count(b => b.From is null) != 1)
        {
            throw new ArgumentException("Exactly one band must have no lower bound: the lowest, which starts at 0.", nameof(bands));
        }

        foreach (var band in list)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(band.Code, nameof(bands));
            ArgumentException.ThrowIfNullOrWhiteSpace(band.Name, nameof(bands));
            ArgumentException.ThrowIfNullOrWhiteSpace(band.EnglishName, nameof(bands));
            if (band.From is <= 0m or > Score.Maximum)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Band {band.Code}: its lower bound {band.From} must be above 0 and at most 100."), nameof(bands));
            }
        }

        if (list.Select(b => b.Code).Distinct(StringComparer.Ordinal).Count() != list.Count
            || list.Where(b => b.From is not null).Select(b => b.From).Distinct().Count() != list.Count - 1)
        {
            throw new ArgumentException("Band codes and lower bounds must be distinct.", nameof(bands));
        }

        if (!Percentage.IsOnScale(passMark))
        {
            throw new ArgumentOutOfRangeException(nameof(passMark), passMark, "The pass mark is 0 to 100.");
        }

        // The lowest band (no bound) sorts first, as decimal.MinValue.
        Bands = list.OrderBy(b => b.From ?? decimal.MinValue).ToList().AsReadOnly();
        _descending = [.. Bands.Reverse()];
        PassMark = passMark;
        PassingBand = passMark == 0m ? Bands[0] : Bands.FirstOrDefault(b => b.From == passMark);
        Provenance = provenance;
    }

    /// <summary>
    /// Gets the LAN-style five-band scale, <b>assumed</b> (FACTS §b and part 2 §2, Low: one public code sample, the LAN
    /// tables not read): Sangat Memuaskan from 90, Memuaskan from 80 to below 90, Cukup Memuaskan from 70 to below 80,
    /// Kurang Memuaskan from 60 to below 70, Tidak Memuaskan below 60. Its pass mark is
    /// <see cref="CompletionPolicy.Default"/>'s, 60 (inclusive, also assumed), the lower bound of Kurang Memuaskan: every
    /// passing score grades Kurang Memuaskan or better and every failing score Tidak Memuaskan.
    /// </summary>
    /// <remarks>
    /// The code sample writes its cuts as "above 90" (so 90.00 was Memuaskan); the package takes inclusive lower bounds
    /// instead, the form of the pass mark ("at least 60", also in the public code found) and of the BKPM transcript's
    /// scale, so that a score of 60 is not "lulus — tidak memuaskan". Whether Kurang Memuaskan passes is not sourced.
    /// </remarks>
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

    /// <summary>Gets the band whose lower bound is the pass mark (the lowest band when the pass mark is 0), or
    /// <see langword="null"/> when the pass mark falls inside a band, which then holds passing and failing scores.</summary>
    public GradeBand? PassingBand { get; }

    /// <summary>Gets whether the scale is sourced, assumed or the host's.</summary>
    public Provenance Provenance { get; }

    /// <inheritdoc />
    public GradeBand Grade(Score score)
    {
        foreach (var band in _descending)
        {
            if (band.From is not { } from || score.Value >= from)
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
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Bands.Count} bands, pass mark {PassMark} ({Provenance})");
}

using Bimtek.Domain.Calendar;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Certificates;

/// <summary>
/// The competency-development ledger: per official and year, the JP earned from certificates of any programme, against
/// the civil-service minimum of 20 JP a year.
/// </summary>
/// <remarks>
/// <para>PP 11/2017 Pasal 203(4): every PNS receives competency development of at least 20 JP a year (fact sheet §b);
/// <see cref="MinimumJpPerYear"/>. A certificate counts in the year of its issue.</para>
/// <para>Built once by sorting (year, NIP) keys; lookups are binary searches. Immutable and thread-safe. Each
/// certificate must be passed once: the ledger adds what it is given.</para>
/// </remarks>
public sealed class DevelopmentLedger
{
    /// <summary>The yearly minimum, 20 JP (PP 11/2017 Pasal 203 ayat (4)).</summary>
    public static readonly LessonHours MinimumJpPerYear = LessonHours.FromJp(20);

    // Per year: officials (NIP values, ascending) and their JP that year.
    private readonly Dictionary<int, (long[] Nips, int[] Jp)> _years;

    /// <summary>Builds the ledger from certificates.</summary>
    /// <param name="certificates">The certificates, each once.</param>
    /// <exception cref="ArgumentException">A certificate is <see langword="null"/>.</exception>
    public DevelopmentLedger(IEnumerable<Certificate> certificates)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        var list = certificates as IReadOnlyList<Certificate> ?? certificates.ToList();
        var years = new int[list.Count];
        var nips = new long[list.Count];
        var jp = new int[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var certificate = list[i] ?? throw new ArgumentException("A certificate is null.", nameof(certificates));
            years[i] = certificate.Year;
            nips[i] = certificate.Holder.Value;
            jp[i] = certificate.Jp.Value;
        }

        _years = Build(years, nips, jp);
        Count = list.Count;
    }

    /// <summary>Builds the ledger from certificates and development already on record elsewhere.</summary>
    /// <param name="certificates">The certificates, each once.</param>
    /// <param name="records">Development on record elsewhere (e.g. SIASN), each once and none repeating a certificate.</param>
    /// <exception cref="ArgumentException">A certificate or record is <see langword="null"/>.</exception>
    public DevelopmentLedger(IEnumerable<Certificate> certificates, IEnumerable<DevelopmentRecord> records)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        ArgumentNullException.ThrowIfNull(records);
        var rows = new List<(int Year, long Nip, int Jp)>();
        foreach (var certificate in certificates)
        {
            var c = certificate ?? throw new ArgumentException("A certificate is null.", nameof(certificates));
            rows.Add((c.Year, c.Holder.Value, c.Jp.Value));
        }

        foreach (var record in records)
        {
            if (record is null)
            {
                throw new ArgumentException("A record is null.", nameof(records));
            }

            rows.Add((record.Year, record.Holder.Value, record.Jp.Value));
        }

        _years = Build([.. rows.Select(r => r.Year)], [.. rows.Select(r => r.Nip)], [.. rows.Select(r => r.Jp)]);
        Count = rows.Count;
    }

    /// <summary>Gets the number of certificates (and records) counted.</summary>
    public int Count { get; }

    /// <summary>Gets the years with at least one certificate, ascending.</summary>
    public IReadOnlyList<int> Years => [.. _years.Keys.Order()];

    /// <summary>Gets the JP an official earned in a year.</summary>
    /// <param name="nip">The official.</param>
    /// <param name="year">The year.</param>
    /// <returns>The JP (zero when none).</returns>
    public LessonHours EarnedBy(Nip nip, int year)
    {
        if (!_years.TryGetValue(year, out var entries))
        {
            return LessonHours.Zero;
        }

        var at = Array.BinarySearch(entries.Nips, nip.Value);
        return at >= 0 ? LessonHours.FromJp(entries.Jp[at]) : LessonHours.Zero;
    }

    /// <summary>Lists the officials short of the minimum in a year, and by how much, ordered by NIP.</summary>
    /// <param name="year">The year.</param>
    /// <param name="officials">The officials to judge (e.g. an agency's staff list), so that those with no certificate
    /// at all appear; <see langword="null"/> judges only those with a certificate that year.</param>
    /// <param name="minimum">The yearly minimum; <see langword="null"/> for <see cref="MinimumJpPerYear"/>.</param>
    /// <returns>The shortfalls.</returns>
    public IReadOnlyList<DevelopmentShortfall> Shortfalls(int year, IEnumerable<Nip>? officials = null, LessonHours? minimum = null)
    {
        var floor = (minimum ?? MinimumJpPerYear).Value;
        var (nips, jp) = _years.TryGetValue(year, out var entries) ? entries : ([], []);
        var result = new List<DevelopmentShortfall>();
        if (officials is null)
        {
            for (var i = 0; i < nips.Length; i++)
            {
                if (jp[i] < floor)
                {
                    result.Add(Shortfall(nips[i], year, jp[i], floor));
                }
            }

            return result.AsReadOnly();
        }

        var judged = officials.Select(o => o.IsDefault ? throw new ArgumentException("An official's NIP is the default Nip.", nameof(officials)) : o.Value).ToArray();
        Array.Sort(judged);
        for (var i = 0; i < judged.Length; i++)
        {
            if (i > 0 && judged[i] == judged[i - 1])
            {
                continue;
            }

            var at = Array.BinarySearch(nips, judged[i]);
            var earned = at >= 0 ? jp[at] : 0;
            if (earned < floor)
            {
                result.Add(Shortfall(judged[i], year, earned, floor));
            }
        }

        return result.AsReadOnly();
    }

    private static DevelopmentShortfall Shortfall(long nip, int year, int earned, int floor) =>
        new(Nip.FromValue(nip), year, LessonHours.FromJp(earned), LessonHours.FromJp(floor - earned));

    private static Dictionary<int, (long[] Nips, int[] Jp)> Build(int[] years, long[] nips, int[] jp)
    {
        var result = new Dictionary<int, (long[], int[])>();
        if (years.Length == 0)
        {
            return result;
        }

        // Counting sort by year (a handful of distinct years), then one primitive sort of NIP keys per year.
        int minYear = int.MaxValue, maxYear = int.MinValue;
        foreach (var y in years)
        {
            minYear = Math.Min(minYear, y);
            maxYear = Math.Max(maxYear, y);
        }

        var offsets = new int[maxYear - minYear + 2];
        foreach (var y in years)
        {
            offsets[y - minYear + 1]++;
        }

        for (var k = 1; k < offsets.Length; k++)
        {
            offsets[k] += offsets[k - 1];
        }

        var next = (int[])offsets.Clone();
        var sortedNips = new long[nips.Length];
        var sortedJp = new int[jp.Length];
        for (var i = 0; i < years.Length; i++)
        {
            var at = next[years[i] - minYear]++;
            sortedNips[at] = nips[i];
            sortedJp[at] = jp[i];
        }

        for (var y = 0; y < offsets.Length - 1; y++)
        {
            var start = offsets[y];
            var length = offsets[y + 1] - start;
            if (length == 0)
            {
                continue;
            }

            Array.Sort(sortedNips, sortedJp, start, length);
            var unique = 0;
            var outNips = new long[length];
            var outJp = new int[length];
            for (var i = start; i < start + length; i++)
            {
                if (unique > 0 && outNips[unique - 1] == sortedNips[i])
                {
                    outJp[unique - 1] = checked(outJp[unique - 1] + sortedJp[i]);
                }
                else
                {
                    outNips[unique] = sortedNips[i];
                    outJp[unique++] = sortedJp[i];
                }
            }

            result[minYear + y] = (outNips[..unique], outJp[..unique]);
        }

        return result;
    }
}

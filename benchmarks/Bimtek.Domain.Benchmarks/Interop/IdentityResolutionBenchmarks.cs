using System.Globalization;
using BenchmarkDotNet.Attributes;
using Bimtek.Domain.Common;
using Bimtek.Domain.Interop.Meetings;
using NodaTime;

namespace Bimtek.Domain.Benchmarks.Interop;

/// <summary>
/// Resolution of meeting rows against a 50,000-official roster, all four steps (goal of issue 12: 100,000 rows in ≤ 1 s,
/// and 10× the rows in ≤ 12× the time). A quarter of the rows resolve at each step in the default order: by e-mail, by
/// a NIP in the display name (<c>196001012010011001_Budi_Disperin</c>), by the name with titles (<c>Dr. Budi …, S.T.</c>),
/// and by the host's mapping (which tries every step before it); one row in a hundred matches no one. Beside it, the
/// cheapest possible resolver: one e-mail dictionary lookup per row (answering only the first quarter).
/// </summary>
[MemoryDiagnoser]
public class IdentityResolutionBenchmarks
{
    private const int RosterSize = 50_000;

    private MeetingRow[] _rows = null!;
    private RosterOfficial[] _roster = null!;
    private IdentityResolver _resolver = null!;
    private ResolutionOptions _options = null!;
    private Dictionary<string, Nip> _byEmail = null!;

    [Params(10_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _roster = [.. Enumerable.Range(0, RosterSize).Select(i => new RosterOfficial(SyntheticOfficials.NipOf(i), SyntheticOfficials.NameOf(i), [SyntheticOfficials.EmailOf(i)]))];
        _resolver = new IdentityResolver(_roster);
        _byEmail = _roster.ToDictionary(o => o.Emails[0], o => o.Nip, StringComparer.OrdinalIgnoreCase);
        var mapping = new Dictionary<string, Nip>();
        var random = new Random(2020);
        var join = Instant.FromUtc(2020, 6, 18, 1, 0);
        _rows = new MeetingRow[Rows];
        for (var r = 0; r < Rows; r++)
        {
            var o = random.Next(RosterSize);
            var (name, email) = (r % 100 == 99) ? ($"Tamu {r}", null) : (r % 4) switch
            {
                0 => ("Zoom user", SyntheticOfficials.EmailOf(o).ToUpperInvariant()),
                1 => ($"{SyntheticOfficials.NipOf(o).ToUnmaskedString()}_{SyntheticOfficials.NameOf(o).Split(' ')[0]}_Disperin Kab. Kudus", (string?)null),
                2 => ($"Dr. Ir. {SyntheticOfficials.NameOf(o)}, S.T., M.M.", null),
                _ => (Alias(o, mapping), null),
            };
            _rows[r] = new MeetingRow(string.Create(CultureInfo.InvariantCulture, $"line {r + 2}"), r + 2, name, email, join, join + Duration.FromMinutes(90), null, MeetingRole.Attendee, false);
        }

        _options = new ResolutionOptions(mapping: mapping);
    }

    [Benchmark(Baseline = true, Description = "E-mail dictionary lookup only (first quarter resolves)")]
    public int EmailLookupOnly()
    {
        var resolved = 0;
        foreach (var row in _rows)
        {
            resolved += row.Email is { } e && _byEmail.ContainsKey(e) ? 1 : 0;
        }

        return resolved;
    }

    [Benchmark(Description = "IdentityResolver, four steps (indexes built)")]
    public int Resolve() => _resolver.ResolveRows(_rows, _options).Resolved;

    [Benchmark(Description = "IdentityResolver, four steps, roster indexes built in the call")]
    public int BuildAndResolve() => new IdentityResolver(_roster).ResolveRows(_rows, _options).Resolved;

    private static string Alias(int official, Dictionary<string, Nip> mapping)
    {
        var alias = string.Create(CultureInfo.InvariantCulture, $"HP Peserta {official}");
        mapping[alias] = SyntheticOfficials.NipOf(official);
        return alias;
    }
}

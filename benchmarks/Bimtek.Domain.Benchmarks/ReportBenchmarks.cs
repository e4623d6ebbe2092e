using BenchmarkDotNet.Attributes;
using Bimtek.Domain.Assessments;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Domain.Benchmarks;

/// <summary>
/// An evaluation report over a synthetic cohort (target: 100,000 participants in ≤ 200 ms): 1,000 classes of the
/// synthetic year, every participant with pre-, post- and final scores, attendance and completion, and seven in ten
/// with a position and assessed levels in the nine ASN competencies (gap analysis). Beside it, the baseline a host
/// would write first: LINQ GroupBy per scope computing only counts, means and grade counts (no coverage, gains or gaps).
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private static readonly PositionKind[] Positions = [PositionKind.JptPratama, PositionKind.Administrator, PositionKind.Pengawas, PositionKind.Pelaksana];

    private Schedule _schedule = null!;
    private ParticipantResult[] _results = null!;
    private ReportCalculator _calculator = null!;
    private Dictionary<string, TrainingSession> _sessions = null!;

    [Params(10_000, 100_000)]
    public int Participants { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _schedule = SyntheticYear.Create(1_000);
        _sessions = _schedule.Sessions.ToDictionary(s => s.Id);
        _calculator = new ReportCalculator(GradingPolicy.Default, new GapAnalyzer(PositionStandardTable.Default));
        var competencies = CompetencyFramework.AsnManagerial.Competencies.Concat(CompetencyFramework.AsnSocioCultural.Competencies).Select(c => c.Code).ToArray();
        var random = new Random(2020);
        _results = new ParticipantResult[Participants];
        for (var i = 0; i < Participants; i++)
        {
            var session = _schedule.Sessions[i % _schedule.Sessions.Count];
            var pre = random.Next(0, 101);
            var post = Math.Clamp(pre + random.Next(-10, 60), 0, 100);
            var assessed = random.Next(10) < 7
                ? competencies.ToDictionary(c => c, _ => ProficiencyLevel.Create(random.Next(1, 6)))
                : null;
            _results[i] = new ParticipantResult(
                // Distinct synthetic NIPs: one birth date per 999 sequence numbers, appointed January 2000.
                Nip.Parse($"{new NodaTime.LocalDate(1970, 1, 1).PlusDays(i / 999):yyyyMMdd}200001{1 + (i % 2)}{1 + (i % 999):D3}"),
                session.Id,
                session.Regions[0],
                Score.Create(pre),
                Score.Create(post),
                Score.Create(Math.Min(100m, random.Next(40, 101) + (random.Next(100) / 100m))),
                Percentage.Create(random.Next(50, 101)),
                random.Next(10) < 9,
                assessed is null ? null : Positions[i % Positions.Length],
                assessed);
        }
    }

    [Benchmark(Description = "ReportCalculator.Calculate (class, centre, province, programme; gains, grades, gaps)")]
    public int Report() => _calculator.Calculate(_schedule, _results).Provinces.Count;

    [Benchmark(Baseline = true, Description = "LINQ GroupBy per scope (counts, means, grades only)")]
    public int LinqBaseline()
    {
        var policy = GradingPolicy.Default;
        var rows = 0;
        foreach (var key in new Func<ParticipantResult, string>[]
        {
            r => r.SessionId,
            r => _sessions[r.SessionId].Centre.ToString(),
            r => r.Region.Province.ToString(),
            _ => "programme",
        })
        {
            foreach (var group in _results.GroupBy(key))
            {
                var pre = group.Where(r => r.PreTest is not null).Average(r => r.PreTest!.Value.Value);
                var post = group.Where(r => r.PostTest is not null).Average(r => r.PostTest!.Value.Value);
                var grades = group.Where(r => r.FinalScore is not null).GroupBy(r => policy.Grade(r.FinalScore!.Value).Code).ToDictionary(g => g.Key, g => g.Count());
                rows += grades.Count + (pre > post ? 1 : 0);
            }
        }

        return rows;
    }
}

using System.Collections.Concurrent;
using Bimtek.Domain.Assessments;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Bimtek.Domain.Tests.Reliability;

/// <summary>
/// Issue 17 §3: every singleton <c>AddBimtekDomain</c> registers, used from 16 threads at once (10,000 calls in all:
/// directory look-ups, calendar windows, validation, planning, eligibility and enrolment, attendance, grading, gaps,
/// reports, certificates), answers exactly as the same calls made one after another. Each run builds its own container,
/// so the services' lazy first uses race too.
/// </summary>
public class ConcurrencyTests
{
    private const int Calls = 10_000;
    private const int Threads = 16;
    private static readonly Instant Now = Instant.FromUtc(2020, 6, 10, 2, 0);
    private static readonly LocalDate June15 = new(2020, 6, 15);
    private static readonly Schedule AsRun = EmbeddedProgrammes.LoadAsRunSchedule(EmbeddedProgrammes.NewNormal2020);
    private static readonly Programme NewNormal = AsRun.Programme;
    private static readonly TrainingSession Yogyakarta = AsRun.Sessions.Single(s => s.Id == "BDI-YOG-2020-06");
    private static readonly Regency[] Regencies = [.. RegionDirectory.Shared.Value.GetRegencies(June15)];
    private static readonly Province[] Provinces = [.. RegionDirectory.Shared.Value.GetProvinces(June15)];
    private static readonly DateTimeZone[] Zones = [.. new[] { "Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura" }.Select(z => DateTimeZoneProviders.Tzdb[z])];

    [Fact]
    public void EverySingleton_From16ThreadsAtOnce_AnswersAsTheSequentialRun()
    {
        var sequential = Run(threads: 1);
        var concurrent = Run(Threads);

        concurrent.Answers.Should().HaveCount(Calls);
        sequential.Numbers.Should().NotBeEmpty("some certificates are issued");
        sequential.Answers.Where(a => a.StartsWith("plan: ", StringComparison.Ordinal)).Should().Contain(a => a.Contains('@'), "provinces' regencies are planned (DKI Jakarta's administrative cities are no target)");
        concurrent.Answers.Should().Equal(sequential.Answers);
        // Certificate numbers come from one sequence: who gets which depends on the race, but none is lost or given twice.
        concurrent.Numbers.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(sequential.Numbers);
    }

    [Fact]
    public void Operations_CoverEverySingletonAddBimtekDomainRegisters()
    {
        var registered = new ServiceCollection().AddBimtekDomain()
            .Where(d => d.Lifetime == ServiceLifetime.Singleton && d.ServiceType != typeof(BimtekOptions))
            .Select(d => d.ServiceType).ToHashSet();

        registered.Should().NotBeEmpty().And.BeSubsetOf(Operations.Select(o => o.Service));
    }

    private static (string[] Answers, string[] Numbers) Run(int threads)
    {
        using var provider = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Now)).AddBimtekDomain().BuildServiceProvider();
        var answers = new string[Calls];
        var numbers = new ConcurrentBag<string>();
        var next = -1;
        using var start = new ManualResetEventSlim();
        void Work()
        {
            start.Wait();
            for (var i = Interlocked.Increment(ref next); i < Calls; i = Interlocked.Increment(ref next))
            {
                var operation = Operations[i % Operations.Length];
                answers[i] = $"{operation.Name}: {operation.Call(provider, i / Operations.Length, numbers)}";
            }
        }

        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(Work)).ToList();
        workers.ForEach(w => w.Start());
        start.Set(); // all at once
        workers.ForEach(w => w.Join());
        return (answers, [.. numbers.Order(StringComparer.Ordinal)]);
    }

    private sealed record Operation(string Name, Type Service, Func<IServiceProvider, int, ConcurrentBag<string>, string> Call);

    private static Operation Op<T>(string name, Func<T, int, string> call)
        where T : notnull => new(name, typeof(T), (sp, n, _) => call(sp.GetRequiredService<T>(), n));

    private static string Describe(Regency? regency) => regency is null ? "–" : $"{regency.Code} {regency.FullName} {regency.Kind} {regency.TimeZone.Id} {regency.IsAutonomous}";

    private static string Describe(WorkingWindow window) => $"{window.Day.Date} {window.Day.Kind} {string.Join(",", window.Intervals)} {window.LessonHours}";

    private static string Describe(PlanResult plan) =>
        $"{plan.Cost.Objective} {string.Join(";", plan.Schedule.Sessions.Select(s => $"{s.Id}@{s.Days[0].Date}+{s.Days.Count}:{string.Join(",", s.Regions)}"))} " +
        $"{string.Join(",", plan.Shortfalls.Select(s => s.Code))} {string.Join(",", plan.UnplannedRegions)}";

    private static string Describe(SessionAttendance attendance) =>
        string.Join(";", attendance.Participants.Select(p => $"{p.Nip} {p.AttendedJp} {p.AttendancePercent} {p.MeetsMinimum}")) + " " + string.Join(",", attendance.Findings.Select(f => f.Code));

    private static string Codes(IEnumerable<FluentValidation.Results.ValidationFailure> failures) =>
        string.Join(",", failures.Select(f => $"{f.ErrorCode}@{f.PropertyName}"));

    private static Programme Broken(int n) => new Testing.ProgrammeBuilder().WithTotalJp(5 + (n % 7)); // the curriculum has 4 JP

    private static Schedule Without(Schedule schedule, int n) =>
        new(schedule.Programme, schedule.Sessions.Where((_, i) => i != n % schedule.Sessions.Count), schedule.Instructors);

    private static PlanningRequest PlanFor(RegionCode province) =>
        new PlanningRequest(NewNormal, "kabupaten-kota", PlanningRequest.DefaultClassCapacity)
            .ForRegions(RegionDirectory.Shared.Value.GetRegencies(province, June15).Select(r => r.Code));

    private static readonly Agency City = new("Dinas Perindustrian Kota Yogyakarta", RegionCode.Parse("34.71"), AgencyLevel.Regency);

    private static readonly EligibilityContext Context = new(NewNormal.FindPhase(Yogyakarta.PhaseId)!, Yogyakarta);

    private static Nip Nip(int n) => Testing.People.Nip(1 + (n % 50));

    private static Nomination Nomination(int n) => new(
        new Participant(Nip(n), $"Peserta {n % 50}", new Position(n % 3 == 0 ? PositionKind.Pelaksana : PositionKind.Administrator, "Kepala Bidang"), City),
        Yogyakarta.Id,
        City,
        Now);

    private static AttendanceLog Log(int n, Nip? first = null)
    {
        var log = new AttendanceLogBuilder();
        log.AddRow(2, (first ?? Nip(0)).ToUnmaskedString(), Yogyakarta.Id, "2020-06-18T07:55:00+07:00", $"2020-06-18T{10 + (n % 5):00}:{n % 60:00}:00+07:00");
        log.AddRow(3, (first ?? Nip(0)).ToUnmaskedString(), Yogyakarta.Id, "2020-06-19T07:58:00+07:00", n % 3 == 0 ? string.Empty : "2020-06-19T13:50:00+07:00");
        log.AddRow(4, Nip(1).ToUnmaskedString(), Yogyakarta.Id, "2020-06-18T08:00:00+07:00", "2020-06-18T09:00:00+07:00");
        return log.Build();
    }

    private static ParticipantResult[] Results(int n) =>
    [
        new(Nip(n), Yogyakarta.Id, RegionCode.Parse("34.71"), Score.Create(n % 100), Score.Create(70), Score.Create(60 + (n % 40)), Percentage.Create(100), true),
        new(Nip(n + 1), "BDI-SBY-2020-06", RegionCode.Parse("35.01"), Score.Create(50), Score.Create(40 + (n % 60)), null, Percentage.Create(80), n % 2 == 0),
    ];

    private static ReactionResponse Response(int n) => new(
        $"R{n}",
        new Dictionary<ReactionAspect, IReadOnlyList<int>> { [ReactionAspect.Material] = [1 + (n % 4), 4], [ReactionAspect.Instructor] = [3, 1 + ((n * 3) % 4)] });

    // Present both days (an open leave is closed at the meeting's end) with a pre- and post-test: a completion.
    private static ParticipantCompletion Completion(int n)
    {
        var log = new AttendanceLogBuilder();
        log.AddRow(2, Nip(n).ToUnmaskedString(), Yogyakarta.Id, "2020-06-18T07:55:00+07:00", string.Empty);
        log.AddRow(3, Nip(n).ToUnmaskedString(), Yogyakarta.Id, "2020-06-19T07:58:00+07:00", "2020-06-19T13:50:00+07:00");
        var attendance = new AttendanceCalculator(Testing.Reference.Bdi).Calculate(Yogyakarta.WithParticipants([Nip(n)]), log.Build(), NewNormal.CompletionPolicy);
        var results = ResultReader.Read([new ResultRow(2, Nip(n).ToUnmaskedString(), Yogyakarta.Id, "34.71", PreTest: "40", PostTest: $"{70 + (n % 30)}", FinalScore: "85")], AsRun)
            .Results.Select(r => r with { EvaluationsDone = [EvaluationKind.ReactionSurvey] });
        return SessionCompletion.Decide(NewNormal, attendance, results).Participants[0];
    }

    // Cheap look-ups many times over, the heavy services (validation, planning, reports) less often; each variant n
    // picks another region, date, score or log so that no answer is merely cached.
    private static readonly Operation[] Operations =
    [
        .. Enumerable.Repeat(Op<IRegionDirectory>("regency", (d, n) => Describe(d.FindRegency(Regencies[n % Regencies.Length].Code, June15))), 6),
        .. Enumerable.Repeat(Op<IRegionDirectory>("province", (d, n) =>
            $"{d.FindProvince(Provinces[n % Provinces.Length].Code, June15)?.Name} {d.GetRegencies(Provinces[n % Provinces.Length].Code, June15).Count}"), 3),
        .. Enumerable.Repeat(Op<IRegionDirectory>("name", (d, n) =>
            string.Join("|", d.ResolveName(Regencies[(n * 7) % Regencies.Length].Name, June15).Matches.Select(m => m.Code))), 3),
        .. Enumerable.Repeat(Op<ICentreDirectory>("service area", (d, n) =>
            $"{d.FindServiceArea(Regencies[(n * 3) % Regencies.Length].Code, June15)?.Centre} {d.GetRegenciesServed(d.Centres[n % d.Centres.Count].Code, June15).Count}"), 5),
        .. Enumerable.Repeat(Op<IWorkingCalendar>("window", (c, n) => Describe(c.GetWorkingWindow(June15.PlusDays(n % 60), Zones[n % Zones.Length], Regencies[n % Regencies.Length].Code))), 5),
        .. Enumerable.Repeat(Op<IWorkingCalendar>("common window", (c, n) =>
        {
            var window = c.GetCommonWorkingWindow(new LocalDate(2020 + (n % 3), 1, 1).PlusDays(n % 365), Zones.Take(1 + (n % Zones.Length)));
            return $"{window.Date} {string.Join(",", window.Intervals)} {window.LessonHours}";
        }), 4),
        Op<IValidator<Programme>>("programme", (v, n) => Codes(v.Validate(n % 2 == 0 ? NewNormal : Broken(n)).Errors)),
        Op<IScheduleValidator>("schedule", (v, n) => Codes(v.Validate(n % 2 == 0 ? AsRun : Without(AsRun, n)).Errors)),
        Op<ISchedulePlanner>("plan", (p, n) => Describe(p.Plan(PlanFor(Provinces[n % Provinces.Length].Code)))),
        Op<IEligibilityPolicy>("eligibility", (p, n) => string.Join(",", p.Check(Nomination(n), Context).Violations.Select(v => v.Code))),
        Op<IValidator<EligibilityRequest>>("eligibility validator", (v, n) => Codes(v.Validate(new EligibilityRequest(Nomination(n), Context)).Errors)),
        Op<EnrolmentDesk>("enrolment", (desk, n) =>
        {
            var roster = new SessionRoster(Yogyakarta.Id, Instant.FromUtc(2020, 6, 18, 1, 0), new EnrolmentSettings(capacity: 1 + (n % 3)));
            var changes = Enumerable.Range(0, 4).Select(k => desk.Nominate(roster, Nomination(n + k), Context)).ToList();
            return $"{roster.Enrolled.Count} enrolled, {string.Join(",", changes.Select(c => c.Enrolment?.Status))}";
        }),
        .. Enumerable.Repeat(Op<IAttendanceCalculator>("attendance", (c, n) => Describe(c.Calculate(Yogyakarta.WithParticipants([Nip(0), Nip(1)]), Log(n), NewNormal.CompletionPolicy))), 2),
        .. Enumerable.Repeat(Op<IGradingPolicy>("grade", (g, n) => $"{g.Grade(Score.Create(n % 101)).Name} {g.Passes(Score.Create((n * 7) % 101))}"), 3),
        Op<IPositionStandards>("standard", (s, n) => $"{s.Find(PositionKind.JptPratama, CompetencyFramework.AsnManagerial.Competencies[n % CompetencyFramework.AsnManagerial.Competencies.Count])?.Level}"),
        Op<IGapAnalyzer>("gap", (g, n) => string.Join(",", g.ForOfficial(
            n % 2 == 0 ? PositionKind.Administrator : PositionKind.JptPratama,
            CompetencyFramework.AsnManagerial.Competencies.ToDictionary(c => c.Code, c => ProficiencyLevel.Create(1 + ((n + c.Code.Length) % 5))),
            [CompetencyFramework.AsnManagerial]).Select(g => $"{g.Competency.Code}:{g.Required}/{g.Assessed}"))),
        Op<IReportCalculator>("report", (r, n) =>
        {
            var report = r.Calculate(AsRun, Results(n));
            return $"{report.Programme.Participants} {report.Programme.CompletionPercent} {report.Programme.Gain.GainOfAverages.Value} {report.Programme.MeanFinal?.Value} {report.Classes.Count} {report.Provinces.Count}";
        }),
        Op<ReactionSurveyPolicy>("reaction", (p, n) => $"{p.Summarise([Response(n), Response(n + 1)])}"),
        Op<ICertificateSequence>("sequence", (s, n) => "allocated"),
        Op<ICertificateNumberGenerator>("number", (g, n) => $"{g.Verify("0001/BDI-YOG/X/2020", Nip(n), "000000")}"),
        new("certificate", typeof(CertificateIssuer), (sp, n, numbers) =>
        {
            var issue = sp.GetRequiredService<CertificateIssuer>().Issue(NewNormal, Yogyakarta.Centre, Completion(n), new LocalDate(2020, 6, 19));
            if (issue.Certificate is { } certificate)
            {
                numbers.Add(certificate.Number);
            }

            return $"{issue.Certificate?.Holder} {issue.Certificate?.Jp} {string.Join(",", issue.Result.Violations.Select(v => v.Code))}";
        }),
        Op<IClock>("clock", (c, n) => $"{c.GetCurrentInstant()}"),
    ];
}

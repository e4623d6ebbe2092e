using Bimtek.Domain.Assessments;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Text;

namespace Bimtek.Domain.EntityFrameworkCore.Tests.Builders;

/// <summary>The BDI Yogyakarta session of June 2020 run for <c>count</c> synthetic officials: attendance from a meeting
/// log (every tenth leaves early on the second day, unless all stay), results, and the package's completion.</summary>
internal sealed class Pipeline
{
    private static readonly ServiceProvider Domain = new ServiceCollection().AddBimtekDomain().BuildServiceProvider();
    private static readonly OffsetDateTimePattern Wib = OffsetDateTimePattern.ExtendedIso;

    public Pipeline(int count, int first = 1, bool allStay = false)
    {
        var schedule = June2020.AsRun;
        Programme = schedule.Programme;
        var nips = Enumerable.Range(first, count).Select(June2020.NipFor).ToList();
        Session = schedule.Sessions.Single(s => s.Id == June2020.SessionId).WithParticipants(nips);
        var log = new AttendanceLogBuilder();
        for (var i = 0; i < nips.Count; i++)
        {
            log.Add(new AttendanceLogEntry(nips[i], Session.Id, At("2020-06-18T07:50:00+07:00"), At("2020-06-18T16:30:00+07:00")));
            log.Add(new AttendanceLogEntry(nips[i], Session.Id, At("2020-06-19T07:50:00+07:00"), At(i % 10 == 9 && !allStay ? "2020-06-19T08:30:00+07:00" : "2020-06-19T16:30:00+07:00")));
        }

        Attendance = Domain.GetRequiredService<IAttendanceCalculator>()
            .Calculate(Session, log.Build(), Programme.CompletionPolicy, [.. nips.Select(n => new RosterEntry(n))]);
        Results = nips.Select((nip, i) => new ParticipantResult(
                nip,
                Session.Id,
                RegionCode.Parse("34.71"),
                Score.Create(30 + (i % 40)),
                Score.Create(60 + (i % 40)),
                Score.Create(60.5m + (i % 39)),
                null,
                null,
                i % 3 == 0 ? PositionKind.JptPratama : PositionKind.Administrator,
                i % 5 == 0 ? new Dictionary<string, ProficiencyLevel> { ["T-NEW-NORMAL"] = ProficiencyLevel.Create(1 + (i % 5)) } : null,
                [EvaluationKind.ReactionSurvey]))
            .ToList();
        Completion = SessionCompletion.Decide(Programme, Attendance, Results);
    }

    public Programme Programme { get; }

    public TrainingSession Session { get; }

    public SessionAttendance Attendance { get; }

    public IReadOnlyList<ParticipantResult> Results { get; }

    public SessionCompletion Completion { get; }

    private static Instant At(string text) => Wib.Parse(text).Value.ToInstant();
}

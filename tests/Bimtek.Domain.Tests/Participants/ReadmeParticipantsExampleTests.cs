using Bimtek.Domain.Attendance;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Bimtek.Domain.Tests.Participants;

/// <summary>README's "Participants, attendance and certificates" example, line by line.</summary>
public class ReadmeParticipantsExampleTests
{
    [Fact]
    public void Example_GivesTheAnswersTheReadmeShows()
    {
        var clock = new FakeClock(Instant.FromUtc(2020, 6, 10, 2, 0));
        using var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddBimtekDomain().BuildServiceProvider();

        var nip = Nip.Parse("19660801 198803 1 001");
        nip.ToString().Should().Be("19660801********01");
        $"{nip.BirthDate:yyyy-MM-dd} {nip.Appointment:yyyy-MM} {nip.Sex}".Should().Be("1966-08-01 1988-03 Male");
        Nip.TryParse("196602301988031001", out _, out var why).Should().BeFalse();
        why!.English.Should().Be("the birth day (digits 7–8) does not exist in that month");
        why.Indonesian.Should().Be("tanggal lahir (digit 7–8) tidak ada pada bulan itu");

        var amir = new Participant(nip, "Amir", new Position(PositionKind.JptPratama, "Kepala Dinas Perindustrian"),
            new Agency("Dinas Perindustrian Kota Yogyakarta", RegionCode.Parse("34.71"), AgencyLevel.Regency));

        var schedule = EmbeddedProgrammes.LoadAsRunSchedule("KEMENPERIN-2020-NEW-NORMAL");
        var programme = schedule.Programme;
        var session = schedule.Sessions.Single(s => s.Id == "BDI-YOG-2020-06");
        var phase = programme.FindPhase(session.PhaseId)!;
        var start = Instant.FromUtc(2020, 6, 18, 1, 0);

        var desk = provider.GetRequiredService<EnrolmentDesk>();
        var roster = new SessionRoster(session.Id, start, new EnrolmentSettings(capacity: 500, WaitlistPolicy.PositionPriority));
        var change = desk.Nominate(roster, new Nomination(amir, session.Id, amir.Agency, clock.GetCurrentInstant()), new EligibilityContext(phase, session));
        change.Enrolment!.Status.Should().Be(EnrolmentStatus.Enrolled);

        var logs = new AttendanceLogBuilder();
        logs.AddRow(2, "196608011988031001", session.Id, "2020-06-18T07:55:00+07:00", "");
        logs.AddRow(3, "196608011988031001", session.Id, "2020-06-19T07:58:00+07:00", "2020-06-19T10:15:00+07:00");
        var attendance = provider.GetRequiredService<IAttendanceCalculator>()
            .Calculate(session, logs.Build(), programme.CompletionPolicy, roster: [new RosterEntry(nip, change.Enrolment!.EnrolledAt)]);
        var mine = attendance.Find(nip)!;
        (mine.AttendedJp.Value, mine.ApplicableJp.Value, mine.AttendancePercent, mine.MeetsMinimum).Should().Be((6, 6, 100m, true));

        var issue = provider.GetRequiredService<CertificateIssuer>().Issue(programme, session.Centre,
            new CompletionEvidence(nip, mine.AttendancePercent, finalScore: 85m, [EvaluationKind.PostTest, EvaluationKind.ReactionSurvey]),
            issuedOn: new LocalDate(2020, 6, 19));
        issue.Certificate!.Number.Should().Be("0001/BDI-YOG/KEMENPERIN-2020-NEW-NORMAL/2020");
        issue.Certificate.Jp.Value.Should().Be(6);

        var ledger = new DevelopmentLedger([issue.Certificate]);
        var shortfall = ledger.Shortfalls(2020, [nip]).Single();
        shortfall.Shortfall.Value.Should().Be(14);
    }
}

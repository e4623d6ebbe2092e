using Bimtek.Domain.Assessments;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Seeds;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static Bimtek.Domain.Certificates.CertificateRuleCodes;

namespace Bimtek.Domain.Tests.Participants;

/// <summary>README's "Participants, attendance and certificates" examples, line by line: the same code, and what its
/// comments say it prints.</summary>
public class ReadmeParticipantsExampleTests
{
    [Fact]
    public void Nip_GivesTheAnswersTheReadmeShows()
    {
        var nip = Nip.Parse("19660801 198803 1 001");
        nip.ToString().Should().Be("1966************01");
        $"{nip.BirthDate:yyyy-MM-dd} {nip.Appointment:yyyy-MM} {nip.Sex}".Should().Be("1966-08-01 1988-03 Male");
        Nip.TryParse("196602301988031001", out _, out var why).Should().BeFalse();
        why!.English.Should().Be("the birth day (digits 7–8) does not exist in that month");
        why.Indonesian.Should().Be("tanggal lahir (digit 7–8) tidak ada pada bulan itu");
        var pppk = Nip.Parse("199003152024212001");
        $"{pppk.Kind} {pppk.AppointmentYear} {pppk.PppkCode}".Should().Be("Pppk 2024 21");
        nip.ToUnmaskedString().Should().Be("196608011988031001");
    }

    [Fact]
    public void Pipeline_FromNominationToReport_GivesTheAnswersTheReadmeShows()
    {
        // README block, verbatim from here to the end of the pipeline.
        var clock = new FakeClock(Instant.FromUtc(2020, 6, 10, 2, 0));   // replaying June 2020
        using var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddBimtekDomain().BuildServiceProvider();
        var schedule = EmbeddedProgrammes.LoadAsRunSchedule("KEMENPERIN-2020-NEW-NORMAL");
        var programme = schedule.Programme;
        var session = schedule.Sessions.Single(s => s.Id == "BDI-YOG-2020-06");   // 18–19 June 2020, 6 JP

        // 1 Nomination → roster: eligibility (Participants.* codes), then a seat or the waitlist.
        var city = new Agency("Dinas Perindustrian Kota Yogyakarta", RegionCode.Parse("34.71"), AgencyLevel.Regency);
        var amir = new Participant(Nip.Parse("196608011988031001"), "Amir", new Position(PositionKind.JptPratama, "Kepala Dinas"), city);
        var budi = new Participant(Nip.Parse("197501022000031002"), "Budi", new Position(PositionKind.Administrator, "Kepala Bidang"), city);
        var roster = new SessionRoster(session.Id, Instant.FromUtc(2020, 6, 18, 1, 0), new EnrolmentSettings(capacity: 500));
        var desk = provider.GetRequiredService<EnrolmentDesk>();
        foreach (var official in new[] { amir, budi })
        {
            desk.Nominate(roster, new Nomination(official, session.Id, city, clock.GetCurrentInstant()), new EligibilityContext(programme.FindPhase(session.PhaseId)!, session));
        }

        // 2 Roster → session: the session lists its participants by NIP, the one identity of every stage.
        session = session.WithParticipants(roster.Enrolled.Select(e => e.Participant.Nip));

        // 3 Attendance from the meeting log: devices merged, a missing leave closed at the meeting's end.
        var log = new AttendanceLogBuilder();
        log.AddRow(2, "196608011988031001", session.Id, "2020-06-18T07:55:00+07:00", "");
        log.AddRow(3, "196608011988031001", session.Id, "2020-06-19T07:58:00+07:00", "2020-06-19T10:15:00+07:00");
        log.AddRow(4, "197501022000031002", session.Id, "2020-06-18T07:58:00+07:00", "2020-06-18T13:50:00+07:00");
        var attendance = provider.GetRequiredService<IAttendanceCalculator>()
            .Calculate(session, log.Build(), programme.CompletionPolicy, RosterEntry.From(roster));

        // 4 Results, as a results file gives them (bad rows come back with Assessments.* codes).
        var results = ResultReader.Read(
        [
            new ResultRow(2, "196608011988031001", session.Id, "34.71", PreTest: "40", PostTest: "85", FinalScore: "85"),
            new ResultRow(3, "197501022000031002", session.Id, "34.71", PreTest: "50", PostTest: "70", FinalScore: "70"),
        ], schedule).Results.Select(r => r with { EvaluationsDone = [EvaluationKind.ReactionSurvey] });

        // 5 Completion, decided by the package: attendance + results + the programme's CompletionPolicy.
        var completion = SessionCompletion.Decide(programme, attendance, results);
        var completionText = completion.ToString();                    // BDI-YOG-2020-06: 1 of 2 completed
        var budiReasons = completion.Find(budi.Nip)!.Result;           // Certificates.AttendanceBelowMinimum: 66.66 % of 6 JP

        // 6 Certificates for those who completed; 7 the yearly ledger (PP 11/2017 Pasal 203(4): 20 JP a year).
        var issuer = provider.GetRequiredService<CertificateIssuer>();
        var certificates = completion.Completed.Select(c => issuer.Issue(programme, session.Centre, c, new LocalDate(2020, 6, 19)).Certificate!).ToList();
        var certificateText = certificates[0].ToString();              // 0001/BDI-YOG/KEMENPERIN-2020-NEW-NORMAL/2020 (1966************01, 6 JP)
        var shortfalls = new DevelopmentLedger(certificates).Shortfalls(2020, [amir.Nip, budi.Nip]);   // 14 JP and 20 JP short

        // 8 Report over the results, with the package's attendance and completion.
        var report = provider.GetRequiredService<IReportCalculator>().Calculate(schedule, completion.Results);
        var completionPercent = report.Programme.CompletionPercent;     // 50
        var gain = report.Programme.Gain.GainOfAverages.Value;          // ≈ 0.59: (77.5 − 45) / (100 − 45)

        // What the comments say.
        roster.Enrolled.Should().HaveCount(2);
        session.Participants.Should().Equal(amir.Nip, budi.Nip);
        attendance.Find(amir.Nip)!.AttendancePercent.Should().Be(Percentage.Create(100));
        attendance.Find(budi.Nip)!.AttendedJp.Value.Should().Be(4);
        completionText.Should().Be("BDI-YOG-2020-06: 1 of 2 completed");
        budiReasons.Violations.Should().ContainSingle().Which.Code.Should().Be(AttendanceBelowMinimum);
        budiReasons.Violations[0].Details["Percent"].Should().Be(Percentage.Create(66.66m));
        certificateText.Should().Be("0001/BDI-YOG/KEMENPERIN-2020-NEW-NORMAL/2020 (1966************01, 6 JP)");
        shortfalls.Select(s => s.Shortfall.Value).Should().Equal(14, 20);
        completionPercent.Should().Be(50m);
        gain.Should().Be(32.5m / 55m);
    }
}

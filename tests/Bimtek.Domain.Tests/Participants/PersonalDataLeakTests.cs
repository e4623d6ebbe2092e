using System.Globalization;
using Bimtek.Domain.Attendance;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Testing;
using NodaTime;

namespace Bimtek.Domain.Tests.Participants;

/// <summary>
/// Makes every participant, attendance and certificate rule fire for one official (Perka BKN's example NIP, a Dukcapil
/// example NIK, a recognisable name) and scans every message, ToString and exception text for them unmasked.
/// </summary>
public class PersonalDataLeakTests
{
    private const string NikText = "3404011208660001";
    private const string Name = "Amir Synthetic";
    private static readonly Nip Amir = Nip.Parse(People.AmirNip);
    private static readonly Instant Early = Instant.FromUtc(2020, 6, 1, 2, 0);

    // Unmasked forms: the digits, the printed groupings, and the hidden middle (appointment, sex digit, sequence).
    private static readonly string[] Forbidden =
        [People.AmirNip, "19660801 198803 1 001", "19660801.198803.1.001", "1988031001", "19880310", NikText, "121186", Name];

    [Fact]
    public void EveryRuleMessage_InBothLanguages_ShowsNoUnmaskedIdentity()
    {
        var violations = ProduceEveryViolation();

        var produced = violations.Select(v => v.Code).ToHashSet();
        var catalogued = ParticipantRules.All.Concat(AttendanceRules.All).Concat(CertificateRules.All).Select(r => r.Code);
        produced.Should().BeEquivalentTo(catalogued, "every rule's message must be scanned");
        foreach (var violation in violations)
        {
            Scan(violation.Message);
            Scan(violation.ToString());
            Scan(violation.Rule.Format(RuleLanguage.Indonesian, violation.Details));
            Scan(violation.Rule.Format(CultureInfo.InvariantCulture, violation.Details));
            foreach (var value in violation.Details.Values)
            {
                Scan(Convert.ToString(value, CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void ToString_OfEveryTypeHoldingAnIdentity_IsMasked()
    {
        var amir = People.Amir();
        var nomination = new Nomination(amir, "S1", amir.Agency, Early);
        var roster = new SessionRoster("S1", Early.Plus(Duration.FromDays(7)), new EnrolmentSettings(1));
        var change = roster.Offer(nomination, Early);
        var certificate = new Certificate("0001/BDI-YOG/P/2020", "ABCD-EFGH", Amir, "P", Reference.Centre("BDI-YOG"), new LocalDate(2020, 6, 9), Bimtek.Domain.Calendar.LessonHours.FromJp(4));
        var ledger = new DevelopmentLedger([certificate]);
        var attendance = new AttendanceCalculator(Reference.Bdi).Calculate(new SessionBuilder().Build(), new AttendanceLogBuilder().Build(), CompletionPolicy.Default, [new RosterEntry(Amir)]);

        object[] objects =
        [
            Amir, Nik.Parse(NikText), amir, nomination, change, change.Enrolment!, roster, certificate,
            ParticipantCompletion.Decide(Completions.Programme, Amir, null, null), ledger.Shortfalls(2020).Single(), attendance.Participants.Single(),
            new ManualMark(Amir, new LocalDate(2020, 6, 8), new LocalTime(9, 0), AttendanceMark.Present), new RosterEntry(Amir, Early),
            new AttendanceLogEntry(Amir, "S1", Early, null), new Position(PositionKind.Administrator, "Kepala Bidang"), amir.Agency,
        ];

        foreach (var item in objects)
        {
            Scan(item.ToString());
        }
    }

    [Fact]
    public void ExceptionMessages_OfTheParsersAndGuards_ShowNoUnmaskedIdentity()
    {
        string[] bad = [People.AmirNip + "9", People.AmirNip[..17], People.AmirNip.Replace("1001", "3001", StringComparison.Ordinal), "19660801 198803 1 00x", NikText + "1", NikText.Replace("12", "92", StringComparison.Ordinal)];
        var messages = new List<string>();
        foreach (var text in bad)
        {
            messages.Add(Catch(() => Nip.Parse(text)));
            messages.Add(Catch(() => Nik.Parse(text)));
        }

        messages.Add(Catch(() => new AttendanceCalculator(Reference.Bdi).Calculate(
            new SessionBuilder().Build(), new AttendanceLogBuilder().Build(), CompletionPolicy.Default, [new RosterEntry(Amir), new RosterEntry(Amir)])));

        messages.Should().OnlyContain(m => m.Length > 0);
        foreach (var message in messages)
        {
            Scan(message);
            foreach (var text in bad)
            {
                message.Should().NotContain(text);
            }
        }
    }

    private static List<RuleViolation> ProduceEveryViolation()
    {
        var violations = new List<RuleViolation>();
        var policy = new EligibilityPolicy(Reference.Map, Reference.Bdi);
        var p2 = new ProgrammeBuilder().Build().FindPhase("p2")!;
        var staff = new Participant(Amir, Name, new Position(PositionKind.Pelaksana, "Staf"), People.YogyakartaProvinceOffice);
        var merauke = new Agency("Dinas Merauke", RegionCode.Parse("93.01"), AgencyLevel.Regency);
        var serang = People.SerangIndustryOffice;
        var narrow = new SessionBuilder().WithRegions("34.01").Build();
        var wide = new SessionBuilder().WithRegions("34.71", "36.02").Build();
        violations.AddRange(policy.Check(new Nomination(staff, "S9", serang, Early), new EligibilityContext(p2, narrow, new Dictionary<Nip, string> { [Amir] = "S0" })).Violations);
        violations.AddRange(policy.Check(Nominate(new Participant(Amir, Name, new Position(PositionKind.JptPratama, "Kadis"), merauke)), new EligibilityContext(p2, narrow)).Violations);
        violations.AddRange(policy.Check(Nominate(new Participant(Amir, Name, new Position(PositionKind.JptPratama, "Kadis"), People.YogyakartaCityOffice)), new EligibilityContext(p2, narrow)).Violations);
        violations.AddRange(policy.Check(Nominate(new Participant(Amir, Name, new Position(PositionKind.JptPratama, "Kadis"), serang)), new EligibilityContext(p2, wide)).Violations);

        var amir = new Participant(Amir, Name, new Position(PositionKind.JptPratama, "Kadis"), People.YogyakartaCityOffice);
        var quota = new SessionRoster("S1", Early.Plus(Duration.FromDays(7)), new EnrolmentSettings(2, provinceQuotas: new Dictionary<RegionCode, int> { [RegionCode.Parse("34")] = 0 }));
        violations.AddRange(quota.Offer(Nominate(amir), Early).Result.Violations);
        var full = new SessionRoster("S1", Early.Plus(Duration.FromDays(1)), new EnrolmentSettings(1));
        full.Offer(Nominate(People.Official(2)), Early);
        violations.AddRange(full.Offer(Nominate(amir), Early).Result.Violations);
        violations.AddRange(full.Offer(Nominate(amir), Early).Result.Violations);
        violations.AddRange(full.Offer(new Nomination(amir, "S2", amir.Agency, Early), Early).Result.Violations);
        violations.AddRange(full.Cancel(Amir, Early.Plus(Duration.FromDays(2))).Result.Violations);
        violations.AddRange(full.Cancel(People.Nip(9), Early).Result.Violations);

        var builder = new AttendanceLogBuilder();
        builder.AddRow(2, People.AmirNip.Replace("1001", "1000", StringComparison.Ordinal), "S1", "x", null);
        builder.AddRow(3, People.AmirNip, "S1", "2020-06-08T10:00:00+07:00", "2020-06-08T09:00:00+07:00");
        builder.AddRow(4, People.AmirNip, "S1", "2020-06-08T20:00:00+07:00", null);
        builder.AddRow(5, People.AmirNip, "S1", "2020-06-08T13:00:00+07:00", null);
        builder.AddRow(6, People.Nip(3).ToUnmaskedString(), "S1", "2020-06-08T13:00:00+07:00", null);
        builder.AddRow(7, People.AmirNip, People.AmirNip, "2020-06-08T13:00:00+07:00", null);
        violations.AddRange(builder.Rejected);
        var log = builder.Build();
        violations.AddRange(log.FindUnknownSessions(["S1"]));
        var attendance = new AttendanceCalculator(Reference.Bdi).Calculate(
            new SessionBuilder().Build(), log, CompletionPolicy.Default, [new RosterEntry(Amir)], [new ManualMark(Amir, new LocalDate(2020, 6, 8), new LocalTime(7, 0), AttendanceMark.Present)]);
        violations.AddRange(attendance.Findings);
        violations.AddRange(attendance.BelowMinimum());

        var programme = Completions.Programme;
        violations.AddRange(ParticipantCompletion.Decide(programme, Amir, null, null).Result.Violations);
        violations.AddRange(ParticipantCompletion.Decide(programme, Amir, Completions.Attendance((Amir, true, true)).Find(Amir), Completions.Result(Amir, 10m)).Result.Violations);
        var issuer = new CertificateIssuer(new CertificateNumberGenerator(new InMemoryCertificateSequence()));
        var good = ParticipantCompletion.Decide(programme, Amir, Completions.Attendance((Amir, true, true)).Find(Amir), Completions.Result(Amir, 90m));
        var first = issuer.Issue(programme, Reference.Centre("BDI-YOG"), good, new LocalDate(2020, 6, 9)).Certificate!;
        violations.AddRange(issuer.Issue(programme, Reference.Centre("BDI-YOG"), good, new LocalDate(2020, 6, 9), [first]).Result.Violations);
        violations.AddRange(new DevelopmentLedger([first]).Shortfalls(2020).Select(s => s.ToViolation()));
        return violations;
    }

    private static Nomination Nominate(Participant participant) => new(participant, "S1", participant.Agency, Early);

    private static string Catch(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return ex.Message;
        }

        return string.Empty;
    }

    private static void Scan(string? text)
    {
        foreach (var form in Forbidden)
        {
            (text ?? string.Empty).Should().NotContain(form);
        }
    }
}

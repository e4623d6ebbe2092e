using Bimtek.Domain.Common;
using Bimtek.Domain.Interop.Meetings;

namespace Bimtek.Domain.Interop.Tests.Meetings;

public class IdentityResolverTests
{
    private static readonly Nip Sutrisno = Nip.Parse("197905122005011003");
    private static readonly Nip Rina = Nip.Parse("198211302009012004");
    private static readonly Nip Agus = Nip.Parse("199001072015031001");

    [Fact]
    public void Resolve_ClassicZoom_EachStepCountedHostsAndGuestsApart()
    {
        var result = new IdentityResolver(Samples.Roster()).Resolve(Samples.Read("zoom-classic.csv"));

        result.Rows.Select(r => (r.Outcome, r.Nip, r.Step)).Should().Equal(
            (ResolutionOutcome.Host, default(Nip), (ResolutionStep?)null),
            (ResolutionOutcome.Resolved, Sutrisno, ResolutionStep.Email),
            (ResolutionOutcome.Resolved, Sutrisno, ResolutionStep.Email),
            (ResolutionOutcome.Resolved, Rina, ResolutionStep.NipInName),
            (ResolutionOutcome.Resolved, Agus, ResolutionStep.Name),
            (ResolutionOutcome.Unresolved, default(Nip), (ResolutionStep?)null));
        result.ResolvedBy.Should().Equal(new Dictionary<ResolutionStep, int>
        {
            [ResolutionStep.Email] = 2,
            [ResolutionStep.NipInName] = 1,
            [ResolutionStep.Name] = 1,
            [ResolutionStep.HostMapping] = 0,
        });
        result.HostRows.Should().Be(1);
        result.GuestRows.Should().Be(5);
        result.Findings.Should().ContainSingle().Which.Should().Match<RuleViolation>(f => f.Code == MeetingRuleCodes.Unresolved && f.Details["Where"]!.ToString() == "line 10");
    }

    [Fact]
    public void Resolve_HostMapping_ResolvesWhatTheRulesCannot()
    {
        var mapping = new Dictionary<string, Nip> { ["Tamu Tanpa Nama"] = Nip.Parse("198506202010122002") };

        var result = new IdentityResolver(Samples.Roster()).Resolve(Samples.Read("zoom-classic.csv"), new ResolutionOptions(mapping: mapping));

        result.ResolvedBy[ResolutionStep.HostMapping].Should().Be(1);
        result.Unresolved.Should().Be(0);
    }

    [Fact]
    public void Resolve_TwoOfficialsWithOneName_IsAmbiguousNotGuessed()
    {
        var roster = Samples.Roster().Append(new RosterOfficial(Nip.Parse("198001012005011001"), "Ir. Agus Prasetyo, M.T.", [])).ToList();

        var result = new IdentityResolver(roster).Resolve(Samples.Read("zoom-classic.csv"));

        result.Rows[4].Outcome.Should().Be(ResolutionOutcome.Ambiguous);
        result.Findings.Select(f => f.Code).Should().Contain(MeetingRuleCodes.Ambiguous);
        foreach (var message in result.Findings.SelectMany(f => new[] { f.Format(new("en")), f.Format(new("id")) }))
        {
            message.Should().NotContainAny(Samples.PersonalData);
        }
    }

    [Fact]
    public void Resolve_StepsInAnotherOrder_TheFirstMatchingStepWins()
    {
        var result = new IdentityResolver(Samples.Roster()).Resolve(Samples.Read("zoom-web.csv"), new ResolutionOptions([ResolutionStep.Name, ResolutionStep.NipInName, ResolutionStep.Email]));

        result.Rows.Select(r => r.Step).Should().Equal(ResolutionStep.Email, ResolutionStep.Name, ResolutionStep.Name);
    }

    [Theory]
    [InlineData("198211302009012004_Rina_Dinkop Kab. Sleman")]
    [InlineData("Rina (NIP 19821130 200901 2 004)")]
    [InlineData("Rina - 19821130.200901.2.004")]
    [InlineData("NIP.19821130-200901-2-004 Rina")]
    public void Resolve_NipWrittenInTheDisplayName_InEveryIndonesianStyle(string displayName)
    {
        var json = $$"""{ "participants": [ { "name": "{{displayName}}", "join_time": "2020-06-18T01:00:00Z", "leave_time": "2020-06-18T02:00:00Z" } ] }""";

        var result = new IdentityResolver(Samples.Roster()).Resolve(MeetingExportReader.ReadText(json, new MeetingReadOptions(Samples.Wib)));

        result.Rows.Single().Should().Match<RowResolution>(r => r.Nip == Rina && r.Step == ResolutionStep.NipInName);
    }

    [Fact]
    public void Resolve_NipInNameNotEnrolled_IsUnresolvedSayingSo()
    {
        const string json = """{ "participants": [ { "name": "199912312020121001 Tamu", "join_time": "2020-06-18T01:00:00Z" } ] }""";

        var result = new IdentityResolver(Samples.Roster()).Resolve(MeetingExportReader.ReadText(json, new MeetingReadOptions(Samples.Wib)));

        result.Unresolved.Should().Be(1);
        result.Findings.Single().Format(new("en")).Should().Contain("not enrolled").And.NotContain("199912312020121001");
    }

    [Theory]
    [InlineData("Dr. Ir. H. Sutrisno Wibowo, M.T.", "sutrisno wibowo")]
    [InlineData("SUTRISNO  WIBOWO", "sutrisno wibowo")]
    [InlineData("Hj. Siti Nurhaliza, S.E., Ak., M.Si.", "siti nurhaliza")]
    [InlineData("Agus Prasetyo S.Kom.", "agus prasetyo")]
    [InlineData("Prof. Dr. Rina Kusumawati SE MM", "rina kusumawati")]
    [InlineData("Drs. Budi Santoso, MBA", "budi santoso")]
    [InlineData("Ma'ruf Amin", "maruf amin")]
    [InlineData("Lim Ma", "lim ma")]
    public void Normalise_FoldsCasePunctuationAndTitles(string name, string expected) =>
        PersonName.Normalise(name).Should().Be(expected);

    [Fact]
    public void ToAttendanceLog_ResolvedRowsOnly_AsRowsOfTheSession()
    {
        var result = new IdentityResolver(Samples.Roster()).Resolve(Samples.Read("zoom-classic.csv"));

        var log = result.ToAttendanceLog("BDI-YOG-2020-06");

        log.CountFor("BDI-YOG-2020-06").Should().Be(4);
    }

    [Fact]
    public void ToAttendanceLog_WithoutAskingForRows_HoldsTheResolvedRowsOfTheRows()
    {
        // The result keeps verdicts beside the rows and makes RowResolution objects only when Rows is read: the log and
        // the counts made before that must agree with what Rows then says, and Rows must stay one list.
        var result = new IdentityResolver(Samples.Roster()).Resolve(Samples.Read("zoom-classic.csv"));

        var log = result.ToAttendanceLog("BDI-YOG-2020-06");

        var resolved = result.Rows.Where(r => r.Outcome == ResolutionOutcome.Resolved).ToList();
        log.CountFor("BDI-YOG-2020-06").Should().Be(resolved.Count);
        result.Resolved.Should().Be(resolved.Count);
        result.HostRows.Should().Be(result.Rows.Count(r => r.Row.Role == MeetingRole.Host));
        result.Rows.Should().BeSameAs(result.Rows);
    }

    [Fact]
    public void Resolve_MeetCsv_MarksWhoseAttendanceIsAssumedContinuous()
    {
        var report = Samples.Read("meet.csv", date: new NodaTime.LocalDate(2020, 6, 18));

        var result = new IdentityResolver(Samples.Roster()).Resolve(report);

        result.ContinuityAssumedFor.Should().BeEquivalentTo([Sutrisno, Agus]);
    }
}

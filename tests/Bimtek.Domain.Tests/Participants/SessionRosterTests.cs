using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Testing;
using NodaTime;
using NodaTime.Testing;
using static Bimtek.Domain.Participants.ParticipantRuleCodes;
using static Bimtek.Domain.Tests.Participants.SessionS1;

namespace Bimtek.Domain.Tests.Participants;

public class SessionRosterTests
{
    [Fact]
    public void Offer_WhileSeatsAreFree_Enrols()
    {
        var roster = Roster(capacity: 2);

        var change = roster.Offer(Nominate(People.Official(1)), Early);

        change.Succeeded.Should().BeTrue();
        change.Result.Violations.Should().BeEmpty();
        change.Enrolment!.Status.Should().Be(EnrolmentStatus.Enrolled);
        change.Enrolment.EnrolledAt.Should().Be(Early);
        roster.FreeSeats.Should().Be(1);
    }

    [Fact]
    public void Offer_WhenFull_WaitlistsWithAWarningAndThePosition()
    {
        var roster = Roster(capacity: 1);
        roster.Offer(Nominate(People.Official(1)), Early);
        roster.Offer(Nominate(People.Official(2)), Early);

        var change = roster.Offer(Nominate(People.Official(3)), Early);

        change.Succeeded.Should().BeTrue();
        change.Enrolment!.Status.Should().Be(EnrolmentStatus.Waitlisted);
        var warning = change.Result.Violations.Should().ContainSingle().Which;
        warning.Code.Should().Be(SessionFull);
        warning.Details["Position"].Should().Be(2);
    }

    [Fact]
    public void Offer_WhenAlreadyOnTheRoster_Refuses()
    {
        var roster = Roster(capacity: 1);
        roster.Offer(Nominate(People.Official(1)), Early);

        var change = roster.Offer(Nominate(People.Official(1)), Early);

        change.Succeeded.Should().BeFalse();
        change.Result.Violations.Single().Code.Should().Be(AlreadyInSession);
        roster.Entries.Should().HaveCount(1);
    }

    [Fact]
    public void Offer_WhenNominationIsForAnotherSession_Refuses() =>
        Roster(capacity: 1).Offer(new Nomination(People.Official(1), "S2", People.YogyakartaCityOffice, Early), Early)
            .Result.Violations.Single().Code.Should().Be(NominationForOtherSession);

    [Fact]
    public void Cancel_BeforeTheCutOff_FreesTheSeatAndPromotesFirstComeFirstServed()
    {
        var roster = Roster(capacity: 1);
        roster.Offer(Nominate(People.Official(1)), Early);
        roster.Offer(Nominate(People.Official(3, kind: PositionKind.JptPratama), Early.Plus(Duration.FromMinutes(2))), Early);
        roster.Offer(Nominate(People.Official(2), Early.Plus(Duration.FromMinutes(1))), Early);
        var now = Early.Plus(Duration.FromDays(1));

        var change = roster.Cancel(People.Nip(1), now);

        change.Succeeded.Should().BeTrue();
        change.Enrolment!.Status.Should().Be(EnrolmentStatus.Cancelled);
        var promoted = change.Promoted.Should().ContainSingle().Which;
        promoted.Participant.Nip.Should().Be(People.Nip(2), "the earlier nomination waits less");
        promoted.EnrolledAt.Should().Be(now);
        roster.Waitlist.Select(e => e.Participant.Nip).Should().Equal(People.Nip(3));
    }

    [Fact]
    public void Cancel_WithPositionPriority_PromotesTheSeniorPositionFirst()
    {
        var roster = Roster(new EnrolmentSettings(1, WaitlistPolicy.PositionPriority));
        roster.Offer(Nominate(People.Official(1)), Early);
        roster.Offer(Nominate(People.Official(2, kind: PositionKind.Administrator)), Early);
        roster.Offer(Nominate(People.Official(3, kind: PositionKind.JptPratama), Early.Plus(Duration.FromHours(1))), Early);

        var change = roster.Cancel(People.Nip(1), Early);

        change.Promoted.Single().Participant.Nip.Should().Be(People.Nip(3));
    }

    [Fact]
    public void Cancel_ExactlyAtTheDeadline_IsAccepted_AndOneTickLater_IsRefused()
    {
        var roster = Roster(capacity: 2);
        roster.Offer(Nominate(People.Official(1)), Early);
        roster.Offer(Nominate(People.Official(2)), Early);
        roster.CancellationDeadline.Should().Be(Start - Duration.FromDays(3));

        roster.Cancel(People.Nip(1), roster.CancellationDeadline).Succeeded.Should().BeTrue();
        var late = roster.Cancel(People.Nip(2), roster.CancellationDeadline + Duration.Epsilon);

        late.Succeeded.Should().BeFalse();
        late.Result.Violations.Single().Code.Should().Be(CancellationAfterCutOff);
        roster.Find(People.Nip(2))!.Status.Should().Be(EnrolmentStatus.Enrolled);
    }

    [Fact]
    public void Quota_WhenTheProvinceHasUsedItsSeats_WaitlistsAndPromotesAnotherProvinceFirst()
    {
        var diy = Reference.Code("34");
        var roster = Roster(new EnrolmentSettings(3, provinceQuotas: new Dictionary<RegionCode, int> { [diy] = 1 }));
        var banten = new Agency("Dinas Perindustrian Kota Serang", Reference.Code("36.73"), AgencyLevel.Regency);
        roster.Offer(Nominate(People.Official(1)), Early);

        var second = roster.Offer(Nominate(People.Official(2)), Early);
        roster.Offer(Nominate(People.Official(3, banten)), Early);
        roster.Offer(Nominate(People.Official(4, banten)), Early);
        var blocked = roster.Offer(Nominate(People.Official(5, banten)), Early);

        second.Result.Violations.Single().Code.Should().Be(ProvinceQuotaFull);
        second.Result.Violations.Single().Details["Quota"].Should().Be(1);
        blocked.Result.Violations.Single().Code.Should().Be(SessionFull);
        var change = roster.Cancel(People.Nip(3), Early);
        change.Promoted.Single().Participant.Nip.Should().Be(People.Nip(5), "official 2 waits longer but DI Yogyakarta's quota is used");
    }

    [Fact]
    public void Transitions_ThatTheStateMachineForbids_AreRefusedWithTheirStatuses()
    {
        var roster = Roster(capacity: 1);
        roster.Offer(Nominate(People.Official(1)), Early);
        roster.Offer(Nominate(People.Official(2)), Early);

        var withdrawEnrolled = roster.Withdraw(People.Nip(1), Early);
        var cancelWaitlisted = roster.Cancel(People.Nip(2), Early);
        roster.Withdraw(People.Nip(2), Early).Succeeded.Should().BeTrue();
        var withdrawAgain = roster.Withdraw(People.Nip(2), Early);

        withdrawEnrolled.Result.Violations.Single().Details["From"].Should().Be(EnrolmentStatus.Enrolled);
        cancelWaitlisted.Result.Violations.Single().Code.Should().Be(TransitionNotAllowed);
        withdrawAgain.Result.Violations.Single().Details["From"].Should().Be(EnrolmentStatus.Withdrawn);
        roster.Cancel(People.Nip(9), Early).Result.Violations.Single().Code.Should().Be(NotInSession);
    }

    [Fact]
    public void Cancel_AfterTheCutOffOfAWaitlistedEntry_ReportsBothRules() =>
        Roster(capacity: 1).Also(r => r.Offer(Nominate(People.Official(1)), Early)).Also(r => r.Offer(Nominate(People.Official(2)), Early))
            .Cancel(People.Nip(2), Start).Result.Violations.Select(v => v.Code).Should().Equal(TransitionNotAllowed, CancellationAfterCutOff);

    [Fact]
    public void Desk_ChecksEligibilityAndUsesTheClock()
    {
        var clock = new FakeClock(Early);
        var desk = new EnrolmentDesk(new EligibilityPolicy(Reference.Map, Reference.Bdi), clock);
        var phase = new ProgrammeBuilder().Build().FindPhase("p2")!;
        var context = new EligibilityContext(phase, new SessionBuilder().Build());
        var roster = Roster(capacity: 5);

        var staff = desk.Nominate(roster, Nominate(People.Official(1, kind: PositionKind.Pelaksana)), context);
        var head = desk.Nominate(roster, Nominate(People.Official(2)), context);
        var again = desk.Nominate(roster, Nominate(People.Official(2)), context);
        clock.AdvanceDays(6);
        var late = desk.Cancel(roster, People.Nip(2));

        staff.Result.Violations.Single().Code.Should().Be(PositionNotInAudience);
        head.Enrolment!.EnrolledAt.Should().Be(Early);
        again.Result.Violations.Single().Code.Should().Be(AlreadyEnrolledInPhase);
        late.Result.Violations.Single().Code.Should().Be(CancellationAfterCutOff);
    }

    [Fact]
    public void Offer_TheFirstToWait_IsToldPositionOne()
    {
        var roster = Roster(capacity: 1);
        roster.Offer(Nominate(People.Official(1)), Early);

        var change = roster.Offer(Nominate(People.Official(2)), Early);

        change.Result.Violations.Single().Details["Position"].Should().Be(1);
    }

    [Fact]
    public void Offer_UnderPositionPriority_TellsASeniorLatecomerTheirPlaceAheadOfJuniors()
    {
        var roster = Roster(new EnrolmentSettings(1, WaitlistPolicy.PositionPriority));
        roster.Offer(Nominate(People.Official(1)), Early);
        roster.Offer(Nominate(People.Official(2, kind: PositionKind.Pelaksana)), Early);
        roster.Offer(Nominate(People.Official(3, kind: PositionKind.Pelaksana)), Early);

        var change = roster.Offer(Nominate(People.Official(4), Early.Plus(Duration.FromHours(1))), Early);

        change.Result.Violations.Single().Details["Position"].Should().Be(1);
    }

    [Fact]
    public void FirstComeFirstServed_IgnoresThePosition()
    {
        var roster = Roster(capacity: 1);
        roster.Offer(Nominate(People.Official(1)), Early);
        roster.Offer(Nominate(People.Official(2, kind: PositionKind.Pelaksana)), Early);
        roster.Offer(Nominate(People.Official(3), Early.Plus(Duration.FromHours(1))), Early);

        roster.Waitlist.Select(e => e.Participant.Nip).Should().Equal([People.Nip(2), People.Nip(3)], "the staff member was nominated first");
        roster.Cancel(People.Nip(1), Early).Promoted.Single().Participant.Nip.Should().Be(People.Nip(2));
    }

    [Fact]
    public void PositionPriority_BetweenEqualKinds_TheEarlierNominationGoesFirst()
    {
        var roster = Roster(new EnrolmentSettings(1, WaitlistPolicy.PositionPriority));
        roster.Offer(Nominate(People.Official(1)), Early);
        roster.Offer(Nominate(People.Official(2), Early.Plus(Duration.FromHours(2))), Early);
        roster.Offer(Nominate(People.Official(3), Early.Plus(Duration.FromHours(1))), Early);

        roster.Waitlist.Select(e => e.Participant.Nip).Should().Equal([People.Nip(3), People.Nip(2)]);
    }

    [Fact]
    public void PositionPriority_BetweenEqualKindsNominatedAtOneInstant_TheFirstToArriveGoesFirst()
    {
        var roster = Roster(new EnrolmentSettings(1, WaitlistPolicy.PositionPriority));
        var submitted = Early.Plus(Duration.FromHours(1));
        roster.Offer(Nominate(People.Official(1)), Early);
        roster.Offer(Nominate(People.Official(2), submitted), Early);
        roster.Offer(Nominate(People.Official(3), submitted), Early);

        roster.Waitlist.Select(e => e.Participant.Nip).Should().Equal([People.Nip(2), People.Nip(3)]);
    }

    [Fact]
    public void Moves_RecordEveryStatusReached_InOrder_WithItsInstant()
    {
        var roster = Roster(capacity: 1);
        var t1 = Early.Plus(Duration.FromMinutes(1));
        var t2 = Early.Plus(Duration.FromMinutes(2));
        var t3 = Early.Plus(Duration.FromMinutes(3));
        roster.Offer(Nominate(People.Official(1)), Early);
        roster.Offer(Nominate(People.Official(2)), t1);
        roster.Offer(Nominate(People.Official(3)), t1);
        roster.Cancel(People.Nip(1), t2);
        roster.Withdraw(People.Nip(3), t3);
        roster.Withdraw(People.Nip(2), t3).Succeeded.Should().BeFalse("a refused move is not recorded");

        roster.Moves.Select(m => (m.Enrolment.Participant.Nip, m.Status, m.At)).Should().Equal(
            (People.Nip(1), EnrolmentStatus.Enrolled, Early),
            (People.Nip(2), EnrolmentStatus.Waitlisted, t1),
            (People.Nip(3), EnrolmentStatus.Waitlisted, t1),
            (People.Nip(1), EnrolmentStatus.Cancelled, t2),
            (People.Nip(2), EnrolmentStatus.Enrolled, t2),
            (People.Nip(3), EnrolmentStatus.Withdrawn, t3));
    }

    [Fact]
    public void Withdraw_OfSomeoneNotOnTheRoster_IsRefusedWithTheNipMasked()
    {
        var roster = Roster(capacity: 1);

        var change = roster.Withdraw(People.Nip(9), Early);

        change.Enrolment.Should().BeNull();
        var violation = change.Result.Violations.Single();
        violation.Code.Should().Be(NotInSession);
        violation.Details["Participant"].Should().Be(People.Nip(9).ToMaskedString());
        roster.Moves.Should().BeEmpty();
    }

    [Fact]
    public void Texts_ShowStatusesAndCountsWithTheNipMasked()
    {
        var roster = Roster(capacity: 2);
        var nomination = Nominate(People.Official(1));
        var masked = People.Nip(1).ToMaskedString();

        var enrolled = roster.Offer(nomination, Early);
        var refused = roster.Offer(new Nomination(People.Official(2), "S2", People.YogyakartaCityOffice, Early), Early);

        nomination.ToString().Should().Be($"{masked} (JptPratama) → S1");
        enrolled.Enrolment!.ToString().Should().Be($"{masked} (JptPratama) Enrolled");
        enrolled.ToString().Should().Be("Enrolled: Succeeded");
        refused.ToString().Should().StartWith($"Refused: {NominationForOtherSession}: ");
        roster.ToString().Should().Be("S1: 1/2 enrolled");
        string.Concat(nomination, enrolled.Enrolment, enrolled, refused).Should().NotContain(People.Nip(1).ToUnmaskedString())
            .And.NotContain(People.Name(1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Settings_WhenCapacityIsBelowOne_Throws(int capacity) =>
        ((Action)(() => _ = new EnrolmentSettings(capacity))).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Settings_WhenQuotaIsKeyedByARegency_Throws() =>
        ((Action)(() => _ = new EnrolmentSettings(5, provinceQuotas: new Dictionary<RegionCode, int> { [Reference.Code("34.71")] = 1 })))
            .Should().Throw<ArgumentException>();

    private static SessionRoster Roster(int capacity) => Roster(new EnrolmentSettings(capacity));

    private static SessionRoster Roster(EnrolmentSettings settings) => new("S1", Start, settings);

    private static Nomination Nominate(Participant participant, Instant? at = null) =>
        new(participant, "S1", participant.Agency, at ?? Early);
}

internal static class RosterTestExtensions
{
    public static SessionRoster Also(this SessionRoster roster, Action<SessionRoster> action)
    {
        action(roster);
        return roster;
    }
}

using Bimtek.Domain.EntityFrameworkCore.Tests.Builders;
using Bimtek.Domain.EntityFrameworkCore.Tests.Databases;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.EntityFrameworkCore.Tests;

public sealed class RosterTests
{
    private static readonly Instant Opened = Instant.FromUtc(2020, 6, 1, 2, 0);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Roster_WithWaitlistMoves_SavedAndReopened_IsTheSameAndBehavesTheSame(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var roster = WithWaitlistMoves();
        await using (var context = database.NewContext())
        {
            await new BimtekStore(context).SaveRosterAsync(roster);
        }

        TestDatabase.CloseConnections();
        await using var reopened = database.NewContext();
        var loaded = await new BimtekStore(reopened).FindRosterAsync(June2020.SessionId);

        loaded.Should().NotBeNull();
        Describe(loaded!).Should().Equal(Describe(roster));
        loaded!.Waitlist.Select(e => e.Participant.Nip).Should().Equal(roster.Waitlist.Select(e => e.Participant.Nip));
        loaded.Settings.ProvinceQuotas.Should().Equal(roster.Settings.ProvinceQuotas);
        loaded.Settings.WaitlistPolicy.Should().Be(roster.Settings.WaitlistPolicy);
        loaded.Settings.CancellationCutOff.Should().Be(roster.Settings.CancellationCutOff);
        loaded.Settings.CancellationCutOffProvenance.Should().Be(roster.Settings.CancellationCutOffProvenance);
        loaded.Settings.PositionPriority.Should().Equal(roster.Settings.PositionPriority);

        // The same next move on both gives the same promotions: the reloaded roster is the roster, not a picture of it.
        var later = Opened + Duration.FromDays(5);
        var original = roster.Cancel(June2020.NipFor(2), later);
        var reloaded = loaded.Cancel(June2020.NipFor(2), later);
        reloaded.Succeeded.Should().Be(original.Succeeded).And.BeTrue();
        reloaded.Promoted.Select(e => e.Participant.Nip).Should().Equal(original.Promoted.Select(e => e.Participant.Nip)).And.NotBeEmpty();
        Describe(loaded).Should().Equal(Describe(roster));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Roster_SeveralMovesOfOneEntryBeforeOneSave_KeepsEveryMoveInOrder(string provider)
    {
        // One seat. Official 2 is waitlisted, promoted (enrolled) when 1 cancels, then cancels too; official 3 is
        // waitlisted and withdraws (the core withdraws only from the waitlist: an enrolled entry cancels instead).
        await using var database = await TestDatabase.CreateAsync(provider);
        var t = Opened;
        var roster = new SessionRoster(June2020.SessionId, June2020.SessionStart, new EnrolmentSettings(capacity: 1));
        roster.Offer(June2020.Nominate(1, t), t);
        await using (var context = database.NewContext())
        {
            await new BimtekStore(context).SaveRosterAsync(roster);
        }

        await using (var context = database.NewContext())
        {
            var store = new BimtekStore(context);
            var loaded = (await store.FindRosterAsync(June2020.SessionId))!;
            loaded.Offer(June2020.Nominate(2, t + Minutes(1)), t + Minutes(1)).Enrolment!.Status.Should().Be(EnrolmentStatus.Waitlisted);
            loaded.Offer(June2020.Nominate(3, t + Minutes(2)), t + Minutes(2)).Enrolment!.Status.Should().Be(EnrolmentStatus.Waitlisted);
            loaded.Withdraw(June2020.NipFor(3), t + Minutes(3)).Succeeded.Should().BeTrue();
            loaded.Cancel(June2020.NipFor(1), t + Minutes(4)).Promoted.Should().ContainSingle();
            loaded.Cancel(June2020.NipFor(2), t + Minutes(5)).Succeeded.Should().BeTrue();
            await store.SaveRosterAsync(loaded);

            // A further save of the same roster object repeats nothing; a later move adds one line.
            await store.SaveRosterAsync(loaded);
            loaded.Offer(June2020.Nominate(4, t + Minutes(6)), t + Minutes(6));
            await store.SaveRosterAsync(loaded);
        }

        TestDatabase.CloseConnections();
        await using var reader = database.NewContext();
        var history = await new BimtekStore(reader).RosterHistoryAsync(June2020.SessionId);

        history.Select(h => (h.Nip, h.Status, h.At)).Should().Equal(
            (June2020.NipFor(1), EnrolmentStatus.Enrolled, t),
            (June2020.NipFor(2), EnrolmentStatus.Waitlisted, t + Minutes(1)),
            (June2020.NipFor(3), EnrolmentStatus.Waitlisted, t + Minutes(2)),
            (June2020.NipFor(3), EnrolmentStatus.Withdrawn, t + Minutes(3)),
            (June2020.NipFor(1), EnrolmentStatus.Cancelled, t + Minutes(4)),
            (June2020.NipFor(2), EnrolmentStatus.Enrolled, t + Minutes(4)),
            (June2020.NipFor(2), EnrolmentStatus.Cancelled, t + Minutes(5)),
            (June2020.NipFor(4), EnrolmentStatus.Enrolled, t + Minutes(6)));
        var reloaded = (await new BimtekStore(reader).FindRosterAsync(June2020.SessionId))!;
        reloaded.Entries.Select(e => e.Status).Should().Equal(
            EnrolmentStatus.Cancelled, EnrolmentStatus.Cancelled, EnrolmentStatus.Withdrawn, EnrolmentStatus.Enrolled);
    }

    [Fact]
    public void SessionRoster_Moves_ListsArrivalsAndEveryLaterMoveInOrder_AndARestoredRosterStartsWithNone()
    {
        var t = Opened;
        var roster = new SessionRoster(June2020.SessionId, June2020.SessionStart, new EnrolmentSettings(capacity: 1));
        roster.Offer(June2020.Nominate(1, t), t);
        roster.Offer(June2020.Nominate(2, t), t + Minutes(1));
        roster.Cancel(June2020.NipFor(1), t + Minutes(2));
        roster.Withdraw(June2020.NipFor(1), t + Minutes(3)).Succeeded.Should().BeFalse("a refused move is no move");

        roster.Moves.Select(m => (m.Enrolment.Participant.Nip, m.Status, m.At)).Should().Equal(
            (June2020.NipFor(1), EnrolmentStatus.Enrolled, t),
            (June2020.NipFor(2), EnrolmentStatus.Waitlisted, t + Minutes(1)),
            (June2020.NipFor(1), EnrolmentStatus.Cancelled, t + Minutes(2)),
            (June2020.NipFor(2), EnrolmentStatus.Enrolled, t + Minutes(2)));
        roster.Moves[0].ToString().Should().NotContain(June2020.NipFor(1).ToUnmaskedString());
        SessionRoster.Restore(roster.SessionId, roster.SessionStart, roster.Settings, roster.Entries.Select(e =>
            Enrolment.Restore(e.Nomination, e.Status, e.EnrolledAt, e.ChangedAt))).Moves.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Roster_SavedAfterEachMove_KeepsItsStatusHistory(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var roster = new SessionRoster(June2020.SessionId, June2020.SessionStart, new EnrolmentSettings(capacity: 1));
        roster.Offer(June2020.Nominate(1, Opened), Opened);
        roster.Offer(June2020.Nominate(2, Opened + Duration.FromMinutes(1)), Opened + Duration.FromMinutes(1));
        await using (var context = database.NewContext())
        {
            await new BimtekStore(context).SaveRosterAsync(roster);
        }

        var cancelledAt = Opened + Duration.FromDays(2);
        await using (var context = database.NewContext())
        {
            var store = new BimtekStore(context);
            var loaded = (await store.FindRosterAsync(June2020.SessionId))!;
            loaded.Cancel(June2020.NipFor(1), cancelledAt).Promoted.Should().ContainSingle();
            await store.SaveRosterAsync(loaded);
        }

        await using var reader = database.NewContext();
        var history = await new BimtekStore(reader).RosterHistoryAsync(June2020.SessionId);

        history.Select(h => (h.Nip, h.Status, h.At)).Should().Equal(
            (June2020.NipFor(1), EnrolmentStatus.Enrolled, Opened),
            (June2020.NipFor(2), EnrolmentStatus.Waitlisted, Opened + Duration.FromMinutes(1)),
            (June2020.NipFor(1), EnrolmentStatus.Cancelled, cancelledAt),
            (June2020.NipFor(2), EnrolmentStatus.Enrolled, cancelledAt));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Roster_EditedByTwoStaffAtOnce_OneWinsAndTheOtherIsRefused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.NewContext())
        {
            await new BimtekStore(context).SaveRosterAsync(new SessionRoster(June2020.SessionId, June2020.SessionStart, new EnrolmentSettings(capacity: 10)));
        }

        await using var first = database.NewContext();
        await using var second = database.NewContext();
        var firstStore = new BimtekStore(first);
        var secondStore = new BimtekStore(second);
        var firstCopy = (await firstStore.FindRosterAsync(June2020.SessionId))!;
        var secondCopy = (await secondStore.FindRosterAsync(June2020.SessionId))!;
        firstCopy.Offer(June2020.Nominate(1, Opened), Opened);
        secondCopy.Offer(June2020.Nominate(2, Opened), Opened);

        await firstStore.SaveRosterAsync(firstCopy);
        var stale = () => secondStore.SaveRosterAsync(secondCopy);

        (await stale.Should().ThrowAsync<BimtekConcurrencyException>()).WithMessage($"*{June2020.SessionId}*changed by someone else*");
        await using var reader = database.NewContext();
        var stored = (await new BimtekStore(reader).FindRosterAsync(June2020.SessionId))!;
        stored.Entries.Select(e => e.Participant.Nip).Should().Equal(June2020.NipFor(1));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Roster_SavedAsNewWhenOneIsStored_IsRefusedRatherThanOverwriting(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.NewContext())
        {
            await new BimtekStore(context).SaveRosterAsync(new SessionRoster(June2020.SessionId, June2020.SessionStart, new EnrolmentSettings(capacity: 10)));
        }

        await using var other = database.NewContext();
        var blind = () => new BimtekStore(other).SaveRosterAsync(new SessionRoster(June2020.SessionId, June2020.SessionStart, new EnrolmentSettings(capacity: 3)));

        await blind.Should().ThrowAsync<BimtekConcurrencyException>().WithMessage("*already stored*");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NewRosterOfThousands_WrittenInBulk_ReadsBackAndSavesAgainFromTheSameObject(string provider)
    {
        // 1,500 offers on 1,000 seats (500 waitlisted): a new roster's entries and history go in bulk (COPY / a prepared
        // INSERT); a further move on the same object then saves as an update of what was inserted.
        await using var database = await TestDatabase.CreateAsync(provider);
        var roster = new SessionRoster(June2020.SessionId, June2020.SessionStart, new EnrolmentSettings(capacity: 1000));
        for (var n = 1; n <= 1500; n++)
        {
            roster.Offer(June2020.Nominate(n, Opened + Duration.FromSeconds(n)), Opened + Duration.FromSeconds(n));
        }

        var cancelledAt = Opened + Duration.FromDays(3);
        await using (var context = database.NewContext())
        {
            var store = new BimtekStore(context);
            await store.SaveRosterAsync(roster);
            roster.Cancel(June2020.NipFor(10), cancelledAt).Promoted.Select(e => e.Participant.Nip).Should().Equal(June2020.NipFor(1001));
            await store.SaveRosterAsync(roster);
        }

        TestDatabase.CloseConnections();
        await using var reader = database.NewContext();
        var store2 = new BimtekStore(reader);
        var loaded = (await store2.FindRosterAsync(June2020.SessionId))!;
        Describe(loaded).Should().Equal(Describe(roster));
        var history = await store2.RosterHistoryAsync(June2020.SessionId);
        history.Should().HaveCount(1502);
        history.Take(3).Select(h => (h.Nip, h.Status)).Should().Equal(
            (June2020.NipFor(1), EnrolmentStatus.Enrolled), (June2020.NipFor(2), EnrolmentStatus.Enrolled), (June2020.NipFor(3), EnrolmentStatus.Enrolled));
        history[1000].Should().Be(new EnrolmentStatusChange(June2020.NipFor(1001), EnrolmentStatus.Waitlisted, Opened + Duration.FromSeconds(1001)));
        history.TakeLast(2).Should().Equal(
            new EnrolmentStatusChange(June2020.NipFor(10), EnrolmentStatus.Cancelled, cancelledAt),
            new EnrolmentStatusChange(June2020.NipFor(1001), EnrolmentStatus.Enrolled, cancelledAt));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task NewRosterSavedThenChangedBySomeoneElse_ASaveOfTheFirstObject_IsRefused(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var roster = new SessionRoster(June2020.SessionId, June2020.SessionStart, new EnrolmentSettings(capacity: 10));
        roster.Offer(June2020.Nominate(1, Opened), Opened);
        await using var mine = database.NewContext();
        var myStore = new BimtekStore(mine);
        await myStore.SaveRosterAsync(roster);

        await using (var other = database.NewContext())
        {
            var theirStore = new BimtekStore(other);
            var theirs = (await theirStore.FindRosterAsync(June2020.SessionId))!;
            theirs.Offer(June2020.Nominate(2, Opened), Opened);
            await theirStore.SaveRosterAsync(theirs);
        }

        roster.Offer(June2020.Nominate(3, Opened), Opened);
        var stale = () => myStore.SaveRosterAsync(roster);

        (await stale.Should().ThrowAsync<BimtekConcurrencyException>()).WithMessage("*changed by someone else*");
        await using var reader = database.NewContext();
        (await new BimtekStore(reader).FindRosterAsync(June2020.SessionId))!.Entries.Select(e => e.Participant.Nip)
            .Should().Equal(June2020.NipFor(1), June2020.NipFor(2));
    }

    // Capacity 3, a quota of 2 for DIY, position priority: offers, a quota waitlisting, a full session, a withdrawal,
    // a cancellation that promotes, and a re-offer after a cancellation.
    private static SessionRoster WithWaitlistMoves()
    {
        var diy = RegionCode.Parse("34");
        var settings = new EnrolmentSettings(
            capacity: 3,
            WaitlistPolicy.PositionPriority,
            new Dictionary<RegionCode, int> { [diy] = 2 },
            Duration.FromDays(2),
            [PositionKind.Administrator, PositionKind.JptPratama, PositionKind.Pengawas, PositionKind.Fungsional]);
        var roster = new SessionRoster(June2020.SessionId, June2020.SessionStart, settings);
        for (var n = 1; n <= 6; n++)
        {
            var at = Opened + Duration.FromMinutes(n);
            roster.Offer(June2020.Nominate(n, at, n % 2 == 0 ? PositionKind.Administrator : PositionKind.JptPratama), at).Succeeded.Should().BeTrue();
        }

        var day = Opened + Duration.FromDays(1);
        roster.Withdraw(June2020.NipFor(5), day).Succeeded.Should().BeTrue();
        roster.Cancel(June2020.NipFor(1), day).Succeeded.Should().BeTrue();
        roster.Offer(June2020.Nominate(1, day + Duration.FromHours(1)), day + Duration.FromHours(1)).Succeeded.Should().BeTrue();
        roster.Waitlist.Should().NotBeEmpty();
        return roster;
    }

    private static List<string> Describe(SessionRoster roster) =>
        roster.Entries.Select(e => $"{e.Participant.Nip.ToUnmaskedString()} {e.Participant.Name} {e.Participant.Position} {e.Participant.Agency} "
            + $"{e.Nomination.NominatedBy} {e.Nomination.SubmittedAt} {e.Status} {e.EnrolledAt} {e.ChangedAt}").ToList();

    private static Duration Minutes(int n) => Duration.FromMinutes(n);
}

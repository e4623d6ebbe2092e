using Bimtek.Domain.Participants;
using Bimtek.Domain.Testing;
using NodaTime;
using static Bimtek.Domain.Tests.Participants.SessionS1;

namespace Bimtek.Domain.Tests.Participants;

/// <summary>A host's persistence reads a roster back: <see cref="Enrolment.Restore"/> and <see cref="SessionRoster.Restore"/>.</summary>
public class SessionRosterRestoreTests
{
    [Fact]
    public void EnrolmentRestore_KeepsEveryStoredValue()
    {
        var nomination = Nominate(1);
        var changed = Early.Plus(Duration.FromHours(5));

        var entry = Enrolment.Restore(nomination, EnrolmentStatus.Cancelled, Early, changed);

        entry.Nomination.Should().BeSameAs(nomination);
        entry.Status.Should().Be(EnrolmentStatus.Cancelled);
        entry.EnrolledAt.Should().Be(Early);
        entry.ChangedAt.Should().Be(changed);
    }

    [Fact]
    public void EnrolmentRestore_WithoutANomination_NamesIt() =>
        ((Action)(() => Enrolment.Restore(null!, EnrolmentStatus.Waitlisted, null, Early)))
            .Should().Throw<ArgumentNullException>().WithParameterName("nomination");

    [Fact]
    public void EnrolmentRestore_WithAnUndefinedStatus_NamesTheStatus() =>
        ((Action)(() => Enrolment.Restore(Nominate(1), (EnrolmentStatus)99, null, Early)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("status")
            .WithMessage("Not an EnrolmentStatus value.*");

    [Fact]
    public void EnrolmentRestore_OfAnEnrolledEntryWithoutItsSeatInstant_IsRefused() =>
        ((Action)(() => Enrolment.Restore(Nominate(1), EnrolmentStatus.Enrolled, null, Early)))
            .Should().Throw<ArgumentException>().WithParameterName("enrolledAt")
            .WithMessage("An enrolled entry has the instant it took its seat.*");

    [Theory]
    [InlineData(EnrolmentStatus.Waitlisted)]
    [InlineData(EnrolmentStatus.Withdrawn)]
    public void EnrolmentRestore_OfAnEntryThatNeverHeldASeat_NeedsNoSeatInstant(EnrolmentStatus status) =>
        Enrolment.Restore(Nominate(1), status, null, Early).EnrolledAt.Should().BeNull();

    [Fact]
    public void EnrolmentRestore_OfAnEnrolledEntryWithItsSeatInstant_IsAccepted() =>
        Enrolment.Restore(Nominate(1), EnrolmentStatus.Enrolled, Early, Early).EnrolledAt.Should().Be(Early);

    [Fact]
    public void Restore_BehavesAsTheSavedRoster_FullSeatsAndTheWaitlistInStoredOrder()
    {
        var roster = SessionRoster.Restore("S1", Start, new EnrolmentSettings(2), [
            Stored(1, EnrolmentStatus.Enrolled),
            Stored(2, EnrolmentStatus.Waitlisted),
            Stored(3, EnrolmentStatus.Enrolled),
            Stored(4, EnrolmentStatus.Waitlisted),
        ]);

        roster.FreeSeats.Should().Be(0, "exactly as many entries are enrolled as there are seats");
        roster.Moves.Should().BeEmpty("a restored roster's past is the host's to keep");
        roster.Waitlist.Select(e => e.Participant.Nip).Should().Equal([People.Nip(2), People.Nip(4)], "equal submissions wait in stored order");
        var change = roster.Cancel(People.Nip(1), Early);
        change.Promoted.Select(e => e.Participant.Nip).Should().Equal(People.Nip(2));
    }

    [Fact]
    public void Restore_WithFewerEnrolledThanSeats_LeavesTheRestFree() =>
        SessionRoster.Restore("S1", Start, new EnrolmentSettings(3), [Stored(1, EnrolmentStatus.Enrolled)]).FreeSeats.Should().Be(2);

    [Fact]
    public void Restore_OfAParticipantWhoCancelledAndCameBack_FindsTheActiveEntry()
    {
        var cancelledFirst = SessionRoster.Restore("S1", Start, new EnrolmentSettings(2), [
            Stored(1, EnrolmentStatus.Cancelled), Stored(1, EnrolmentStatus.Enrolled)]);
        var activeFirst = SessionRoster.Restore("S1", Start, new EnrolmentSettings(2), [
            Stored(1, EnrolmentStatus.Enrolled), Stored(1, EnrolmentStatus.Cancelled)]);

        cancelledFirst.Find(People.Nip(1))!.Status.Should().Be(EnrolmentStatus.Enrolled);
        activeFirst.Find(People.Nip(1))!.Status.Should().Be(EnrolmentStatus.Enrolled);
        cancelledFirst.Entries.Should().HaveCount(2, "every entry ever made is kept");
    }

    [Theory]
    [InlineData(EnrolmentStatus.Enrolled, EnrolmentStatus.Enrolled)]
    [InlineData(EnrolmentStatus.Enrolled, EnrolmentStatus.Waitlisted)]
    [InlineData(EnrolmentStatus.Waitlisted, EnrolmentStatus.Waitlisted)]
    public void Restore_OfTwoActiveEntriesOfOneParticipant_IsRefusedWithTheNipMasked(EnrolmentStatus first, EnrolmentStatus second)
    {
        var restore = () => SessionRoster.Restore("S1", Start, new EnrolmentSettings(5), [Stored(1, first), Stored(1, second)]);

        var thrown = restore.Should().Throw<ArgumentException>().WithParameterName("entries").Which;
        thrown.Message.Should().Contain(People.Nip(1).ToMaskedString()).And.Contain("two active entries on session S1")
            .And.NotContain(People.Nip(1).ToUnmaskedString());
    }

    [Fact]
    public void Restore_OfMoreEnrolledThanSeats_IsRefusedWithBothCounts() =>
        ((Action)(() => SessionRoster.Restore("S1", Start, new EnrolmentSettings(1), [
            Stored(1, EnrolmentStatus.Enrolled), Stored(2, EnrolmentStatus.Enrolled)])))
            .Should().Throw<ArgumentException>().WithParameterName("entries")
            .WithMessage("Session S1 has 1 seat(s) but 2 enrolled entries.*");

    [Fact]
    public void Restore_OfAnEntryForAnotherSession_IsRefused() =>
        ((Action)(() => SessionRoster.Restore("S1", Start, new EnrolmentSettings(1), [
            Enrolment.Restore(new Nomination(People.Official(1), "S2", People.YogyakartaCityOffice, Early), EnrolmentStatus.Waitlisted, null, Early)])))
            .Should().Throw<ArgumentException>().WithParameterName("entries")
            .WithMessage("An entry is for session S2, not S1.*");

    [Fact]
    public void Restore_WithoutEntries_OrWithANullEntry_NamesTheEntries()
    {
        ((Action)(() => SessionRoster.Restore("S1", Start, new EnrolmentSettings(1), null!)))
            .Should().Throw<ArgumentNullException>().WithParameterName("entries");
        ((Action)(() => SessionRoster.Restore("S1", Start, new EnrolmentSettings(1), [null!])))
            .Should().Throw<ArgumentNullException>().WithParameterName("entries");
    }

    private static Nomination Nominate(int n) => new(People.Official(n), "S1", People.YogyakartaCityOffice, Early);

    private static Enrolment Stored(int n, EnrolmentStatus status) =>
        Enrolment.Restore(Nominate(n), status, status is EnrolmentStatus.Enrolled or EnrolmentStatus.Cancelled ? Early : null, Early);
}

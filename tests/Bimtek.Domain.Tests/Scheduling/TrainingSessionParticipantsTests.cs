using Bimtek.Domain.Attendance;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Testing;
using NodaTime;

namespace Bimtek.Domain.Tests.Scheduling;

public class TrainingSessionParticipantsTests
{
    [Fact]
    public void WithParticipants_ReplacesTheParticipantsOnly()
    {
        var session = new SessionBuilder().Build();

        var seated = session.WithParticipants([People.Nip(2), People.Nip(1)]);

        seated.Participants.Should().Equal(People.Nip(2), People.Nip(1));
        (seated.Id, seated.PhaseId, seated.Centre, seated.Mode).Should().Be((session.Id, session.PhaseId, session.Centre, session.Mode));
        seated.Days.Should().Equal(session.Days);
        seated.Regions.Should().Equal(session.Regions);
        session.Participants.Should().BeEmpty();
    }

    [Fact]
    public void WithParticipants_WhenANipIsTheDefault_Throws() =>
        ((Action)(() => new SessionBuilder().Build().WithParticipants([default]))).Should().Throw<ArgumentException>();

    [Fact]
    public void RosterEntryFrom_TakesTheEnrolled_ALateSeatWithItsInstant()
    {
        var start = Instant.FromUtc(2020, 6, 8, 1, 0);
        var roster = new SessionRoster("S1", start, new EnrolmentSettings(2));
        var early = People.Official(1);
        var late = People.Official(2);
        roster.Offer(new Nomination(early, "S1", early.Agency, start - Duration.FromDays(3)), start - Duration.FromDays(3));
        roster.Offer(new Nomination(late, "S1", late.Agency, start), start + Duration.FromHours(2));

        var entries = RosterEntry.From(roster);

        entries.Should().Equal(new RosterEntry(early.Nip, null), new RosterEntry(late.Nip, start + Duration.FromHours(2)));
    }
}

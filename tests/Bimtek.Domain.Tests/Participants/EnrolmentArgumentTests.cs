using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Testing;
using NodaTime.Testing;
using static Bimtek.Domain.Tests.Participants.SessionS1;

namespace Bimtek.Domain.Tests.Participants;

/// <summary>Missing or blank arguments to the enrolment types are refused with the parameter's name.</summary>
public class EnrolmentArgumentTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Roster_WithoutASessionId_NamesIt(string? blank) =>
        ((Action)(() => _ = new SessionRoster(blank!, Start, new EnrolmentSettings(1))))
            .Should().Throw<ArgumentException>().WithParameterName("sessionId");

    [Fact]
    public void Roster_WithoutSettings_NamesThem() =>
        ((Action)(() => _ = new SessionRoster("S1", Start, null!)))
            .Should().Throw<ArgumentNullException>().WithParameterName("settings");

    [Fact]
    public void Offer_OfNoNomination_NamesIt() =>
        ((Action)(() => new SessionRoster("S1", Start, new EnrolmentSettings(1)).Offer(null!, Early)))
            .Should().Throw<ArgumentNullException>().WithParameterName("nomination");

    [Fact]
    public void Nomination_WithoutAParticipant_NamesIt() =>
        ((Action)(() => _ = new Nomination(null!, "S1", People.YogyakartaCityOffice, Early)))
            .Should().Throw<ArgumentNullException>().WithParameterName("participant");

    [Fact]
    public void Nomination_WithoutTheNominatingAgency_NamesIt() =>
        ((Action)(() => _ = new Nomination(People.Official(1), "S1", null!, Early)))
            .Should().Throw<ArgumentNullException>().WithParameterName("nominatedBy");

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Nomination_WithoutASessionId_NamesIt(string? blank) =>
        ((Action)(() => _ = new Nomination(People.Official(1), blank!, People.YogyakartaCityOffice, Early)))
            .Should().Throw<ArgumentException>().WithParameterName("sessionId");

    [Fact]
    public void Desk_WithoutAPolicyOrAClock_NamesIt()
    {
        ((Action)(() => _ = new EnrolmentDesk(null!, new FakeClock(Early)))).Should().Throw<ArgumentNullException>().WithParameterName("eligibility");
        ((Action)(() => _ = new EnrolmentDesk(new RefuseAll(), null!))).Should().Throw<ArgumentNullException>().WithParameterName("clock");
    }

    [Fact]
    public void DeskNominate_WithAMissingArgument_NamesIt_WhateverThePolicy()
    {
        // A host's own policy need not check its arguments: the desk does, before asking it.
        var desk = new EnrolmentDesk(new RefuseAll(), new FakeClock(Early));
        var roster = new SessionRoster("S1", Start, new EnrolmentSettings(1));
        var nomination = new Nomination(People.Official(1), "S1", People.YogyakartaCityOffice, Early);
        var context = new EligibilityContext(new ProgrammeBuilder().Build().FindPhase("p2")!, new SessionBuilder().Build());

        ((Action)(() => desk.Nominate(null!, nomination, context))).Should().Throw<ArgumentNullException>().WithParameterName("roster");
        ((Action)(() => desk.Nominate(roster, null!, context))).Should().Throw<ArgumentNullException>().WithParameterName("nomination");
        ((Action)(() => desk.Nominate(roster, nomination, null!))).Should().Throw<ArgumentNullException>().WithParameterName("context");
    }

    [Fact]
    public void DeskCancel_WithoutARoster_NamesIt() =>
        ((Action)(() => new EnrolmentDesk(new RefuseAll(), new FakeClock(Early)).Cancel(null!, People.Nip(1))))
            .Should().Throw<ArgumentNullException>().WithParameterName("roster");

    /// <summary>A host policy that refuses every nomination without looking at it.</summary>
    private sealed class RefuseAll : IEligibilityPolicy
    {
        public RuleResult Check(Nomination nomination, EligibilityContext context) =>
            RuleResult.From([ParticipantRules.Violation(ParticipantRuleCodes.PositionNotInAudience)]);
    }
}

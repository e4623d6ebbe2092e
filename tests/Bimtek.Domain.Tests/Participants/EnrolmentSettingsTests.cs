using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Testing;
using NodaTime;
using static Bimtek.Domain.Tests.Participants.SessionS1;

namespace Bimtek.Domain.Tests.Participants;

/// <summary>The bounds of <see cref="EnrolmentSettings"/> and the values a roster takes from them.</summary>
public class EnrolmentSettingsTests
{
    [Fact]
    public void AnUndefinedWaitlistPolicy_IsRefusedByName() =>
        ((Action)(() => _ = new EnrolmentSettings(5, (WaitlistPolicy)0)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("waitlistPolicy")
            .WithMessage("Not a WaitlistPolicy value.*");

    [Fact]
    public void AQuotaKeyedByARegency_NamesTheQuotasAndTheCode() =>
        ((Action)(() => _ = new EnrolmentSettings(5, provinceQuotas: new Dictionary<RegionCode, int> { [Reference.Code("34.71")] = 1 })))
            .Should().Throw<ArgumentException>().WithParameterName("provinceQuotas")
            .WithMessage("A quota must be keyed by a province code, not '34.71'.*");

    [Fact]
    public void ANegativeQuota_IsRefused() =>
        ((Action)(() => _ = new EnrolmentSettings(5, provinceQuotas: new Dictionary<RegionCode, int> { [Reference.Code("34")] = -1 })))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("provinceQuotas");

    [Fact]
    public void AZeroQuota_IsAccepted_AndKeepsTheProvinceOnTheWaitlist()
    {
        var settings = new EnrolmentSettings(5, provinceQuotas: new Dictionary<RegionCode, int> { [Reference.Code("34")] = 0 });
        var roster = new SessionRoster("S1", Start, settings);

        roster.Offer(new Nomination(People.Official(1), "S1", People.YogyakartaCityOffice, Early), Early)
            .Enrolment!.Status.Should().Be(EnrolmentStatus.Waitlisted);
        settings.ProvinceQuotas.Should().Equal(new Dictionary<RegionCode, int> { [Reference.Code("34")] = 0 });
    }

    [Fact]
    public void ANegativeCutOff_IsRefusedByName() =>
        ((Action)(() => _ = new EnrolmentSettings(5, cancellationCutOff: Duration.FromHours(-1))))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("cancellationCutOff")
            .WithMessage("The cut-off is never negative.*");

    [Fact]
    public void AZeroCutOff_KeepsCancellationsOpenUntilTheStart()
    {
        var roster = new SessionRoster("S1", Start, new EnrolmentSettings(2, cancellationCutOff: Duration.Zero));
        roster.Offer(new Nomination(People.Official(1), "S1", People.YogyakartaCityOffice, Early), Early);

        roster.CancellationDeadline.Should().Be(Start);
        roster.Cancel(People.Nip(1), Start).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void TheHostsCutOff_SetsTheDeadline()
    {
        var settings = new EnrolmentSettings(2, cancellationCutOff: Duration.FromDays(1));

        settings.CancellationCutOff.Should().Be(Duration.FromDays(1));
        new SessionRoster("S1", Start, settings).CancellationDeadline.Should().Be(Start - Duration.FromDays(1));
        new EnrolmentSettings(2).CancellationCutOff.Should().Be(Duration.FromDays(3), "the assumed default is 3 days");
    }

    [Fact]
    public void TheHostsPriorityOrder_IsKept_AndTheDefaultIsSeniorityFirst()
    {
        new EnrolmentSettings(2, positionPriority: [PositionKind.Fungsional, PositionKind.Administrator]).PositionPriority
            .Should().Equal(PositionKind.Fungsional, PositionKind.Administrator);
        new EnrolmentSettings(2).PositionPriority.Should().Equal(EnrolmentSettings.DefaultPositionPriority);
    }

    [Fact]
    public void ARepeatedPriorityKind_IsRefusedByName() =>
        ((Action)(() => _ = new EnrolmentSettings(5, positionPriority: [PositionKind.Fungsional, PositionKind.Fungsional])))
            .Should().Throw<ArgumentException>().WithParameterName("positionPriority")
            .WithMessage("A position kind appears twice in the priority order.*");

    [Fact]
    public void UnderPositionPriority_KindsLeftOutOfTheOrderComeLast()
    {
        var roster = new SessionRoster("S1", Start, new EnrolmentSettings(1, WaitlistPolicy.PositionPriority, positionPriority: [PositionKind.Fungsional]));
        roster.Offer(new Nomination(People.Official(1), "S1", People.YogyakartaCityOffice, Early), Early);
        roster.Offer(new Nomination(People.Official(2), "S1", People.YogyakartaCityOffice, Early), Early);
        roster.Offer(new Nomination(People.Official(3, kind: PositionKind.Fungsional), "S1", People.YogyakartaCityOffice, Early.Plus(Duration.FromHours(1))), Early);

        roster.Waitlist.Select(e => e.Participant.Nip).Should().Equal([People.Nip(3), People.Nip(2)], "JPT Pratama is not in the host's order");
    }
}

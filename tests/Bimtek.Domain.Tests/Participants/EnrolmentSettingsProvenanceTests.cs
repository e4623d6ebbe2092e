using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Tests.Participants;

public class EnrolmentSettingsProvenanceTests
{
    [Fact]
    public void Defaults_AreMarkedAssumed_AndHostValuesHostSupplied()
    {
        var defaults = new EnrolmentSettings(10);
        var host = new EnrolmentSettings(10, cancellationCutOff: NodaTime.Duration.FromDays(1), positionPriority: [PositionKind.Fungsional]);

        defaults.CancellationCutOffProvenance.Should().Be(Provenance.Assumed);
        defaults.PositionPriorityProvenance.Should().Be(Provenance.Assumed);
        host.CancellationCutOffProvenance.Should().Be(Provenance.HostSupplied);
        host.PositionPriorityProvenance.Should().Be(Provenance.HostSupplied);
        AttendancePolicy.Default.Provenance.Should().Be(Provenance.Assumed);
        new AttendancePolicy(75m).Provenance.Should().Be(Provenance.HostSupplied);
    }
}

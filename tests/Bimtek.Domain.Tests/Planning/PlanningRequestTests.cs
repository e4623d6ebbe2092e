using Bimtek.Domain.Planning;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;

namespace Bimtek.Domain.Tests.Planning;

public class PlanningRequestTests
{
    private static readonly Schedule AsRun = EmbeddedProgrammes.LoadAsRunSchedule(EmbeddedProgrammes.NewNormal2020);

    [Fact]
    public void FindDefaultPhase_OfThe2020Programme_IsTheRoundThroughServingCentres()
    {
        PlanningRequest.FindDefaultPhase(AsRun.Programme)!.Id.Should().Be("kabupaten-kota");
    }

    [Fact]
    public void FromSchedule_OfThe2020Scenario_PlansWithTheDefaultCapacity()
    {
        var request = PlanningRequest.FromSchedule(AsRun, PlanningRequest.FindDefaultPhase(AsRun.Programme)!.Id);

        request.ClassCapacity.Should().Be(PlanningRequest.DefaultClassCapacity);
        request.Mode.Should().Be(SessionMode.Virtual);
        request.Instructors.Should().NotBeEmpty();
    }

    [Fact]
    public void With_ChangesWhatIsGivenAndKeepsTheRest()
    {
        var request = PlanningRequest.FromSchedule(AsRun, "kabupaten-kota");

        var changed = request.With(phaseId: "provinsi", classCapacity: 100, parallelClassesPerCentre: 2);

        changed.Phase.Id.Should().Be("provinsi");
        changed.ClassCapacity.Should().Be(100);
        changed.ParallelClassesPerCentre.Should().Be(2);
        changed.Mode.Should().Be(request.Mode);
        changed.Instructors.Should().BeSameAs(request.Instructors);
        changed.OpeningOfficial.Should().Be(request.OpeningOfficial);
        request.Phase.Id.Should().Be("kabupaten-kota", "the original is unchanged");
        request.ClassCapacity.Should().Be(500);
    }

    [Fact]
    public void With_AnUnknownPhaseOrABadNumber_Throws()
    {
        var request = PlanningRequest.FromSchedule(AsRun, "kabupaten-kota");

        request.Invoking(r => r.With(phaseId: "kecamatan")).Should().Throw<ArgumentException>().WithParameterName("phaseId");
        request.Invoking(r => r.With(classCapacity: 0)).Should().Throw<ArgumentOutOfRangeException>();
        request.Invoking(r => r.With(parallelClassesPerCentre: 33)).Should().Throw<ArgumentOutOfRangeException>();
    }
}

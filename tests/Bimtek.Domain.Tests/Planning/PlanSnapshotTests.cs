using Bimtek.Domain.Serialization;
using Bimtek.Domain.Testing;

namespace Bimtek.Domain.Tests.Planning;

public class PlanSnapshotTests
{
    // Determinism across runs and machines: the plan is compared with the one written by an earlier run
    // (`bimtek plan --out tests/Bimtek.Domain.Tests/Planning/national-2020-plan.json`). A deliberate change to the
    // planner rewrites that file with the same command, and the diff shows what the change did to the 2020 round.
    [Fact]
    public void The_2020_round_is_planned_exactly_as_in_the_committed_plan()
    {
        var expected = File.ReadAllText(Repository.File("tests", "Bimtek.Domain.Tests", "Planning", "national-2020-plan.json"));

        var plan = PlannerReference.Planner.Plan(PlannerReference.National2020());

        BimtekJson.SerializeSchedule(plan.Schedule).Should().Be(expected.TrimEnd('\n'));
    }
}

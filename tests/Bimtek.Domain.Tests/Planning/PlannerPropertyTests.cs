using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using FsCheck;
using FsCheck.Xunit;

namespace Bimtek.Domain.Tests.Planning;

public class PlannerPropertyTests
{
    // Whatever the request, the plan breaks no error rule of the catalogue; the only error allowed is a target region
    // left out, and then the report lists exactly those regions (or the request did not ask for them).
    [Property(MaxTest = 60)]
    public void No_plan_breaks_an_error_rule(PositiveInt seed)
    {
        // The kit's generator is the one this test used to hold: the same seeds give the same requests.
        var request = Generate.PlanningRequest(seed.Get);
        var filtered = request.Regions is not null;

        var plan = PlannerReference.Planner.Plan(request);
        var errors = ScheduleBuilder.Validator.Validate(plan.Schedule).Errors;

        errors.Where(e => e.ErrorCode != ScheduleRuleCodes.RegionNotCovered).Select(e => e.ErrorMessage).Should().BeEmpty($"seed {seed.Get}");
        if (!filtered)
        {
            errors.Should().HaveCount(plan.UnplannedRegions.Count == 0 ? 0 : 1, $"seed {seed.Get}");
        }

        plan.Cost.Classes.Should().BeGreaterThanOrEqualTo(plan.IsComplete ? plan.Cost.ClassLowerBound : 0);
        plan.Schedule.Sessions.Where(s => s.Days.Count == 0).Should().BeEmpty();
    }
}

using Bimtek.Domain.Planning;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace Bimtek.Domain.Tests.Planning;

public class PlannerPropertyTests
{
    // Whatever the request, the plan breaks no error rule of the catalogue; the only error allowed is a target region
    // left out, and then the report lists exactly those regions (or the request did not ask for them).
    [Property(MaxTest = 60)]
    public void No_plan_breaks_an_error_rule(PositiveInt seed)
    {
        var (request, filtered) = RandomRequest(new Random(seed.Get));

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

    private static (PlanningRequest Request, bool Filtered) RandomRequest(Random random)
    {
        var year = new[] { 2020, 2021, 2023, 2025 }[random.Next(4)];
        var start = new LocalDate(year, 1, 5).PlusDays(random.Next(300));
        var end = LocalDate.Min(start.PlusDays(random.Next(2, 60)), new LocalDate(year, 12, 31));
        var modules = Enumerable.Range(1, random.Next(1, 5)).Select(m => ProgrammeBuilder.Module("M" + m, random.Next(1, 5))).ToArray();
        var perRegion = random.Next(1, 9);
        var programme = new ProgrammeBuilder()
            .WithFiscalYear(year)
            .WithCurriculum(modules)
            .WithTotalJp(modules.Sum(m => m.Jp.Value))
            .WithPhases(ProgrammeBuilder.Phase("p", start, end, audience: [new AudienceMember(PositionKind.JptPratama, "Kepala Dinas", perRegion)]))
            .Build();
        var mode = (SessionMode)random.Next(1, 4);
        var request = new PlanningRequest(programme, "p", random.Next(20, 600), mode, random.Next(1, 4));

        if (random.Next(2) == 0)
        {
            var speakers = modules.Select(m => new Instructor("speaker-" + m.Code, "Speaker", [m.Code])).Append(new Instructor("head", "Head")).ToList();
            request = request.WithInstructors(speakers, openingOfficial: random.Next(2) == 0 ? "head" : null);
        }

        var regencies = Reference.Map.GetRegencies(start).Where(r => r.IsAutonomous).ToList();
        var filtered = random.Next(3) == 0;
        if (filtered)
        {
            var provinces = regencies.Select(r => r.ProvinceCode).Distinct().OrderBy(_ => random.Next()).Take(4).ToHashSet();
            request = request.ForRegions(regencies.Where(r => provinces.Contains(r.ProvinceCode)).Select(r => r.Code));
        }

        return (request, filtered);
    }
}

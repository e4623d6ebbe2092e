using Bimtek.Domain.Centres;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Bimtek.Domain.Tests;

/// <summary>The README's planning example, line by line: if this breaks, the README is wrong.</summary>
public class ReadmePlanningExampleTests
{
    [Fact]
    public void PlanningExample_GivesTheAnswersTheReadmeShows()
    {
        using var provider = new ServiceCollection().AddBimtekDomain().BuildServiceProvider();

        var request = PlanningRequest.FromSchedule(EmbeddedProgrammes.LoadAsRunSchedule("KEMENPERIN-2020-NEW-NORMAL"), "kabupaten-kota");
        var plan = provider.GetRequiredService<ISchedulePlanner>().Plan(request);

        plan.Cost.Should().BeEquivalentTo(new { Classes = 10, ClassLowerBound = 10, ProvinceSplits = 0, ClassDays = 12, MakespanDays = 12 });
        plan.Shortfalls.Should().BeEmpty();
        provider.GetRequiredService<IScheduleValidator>().Validate(plan.Schedule).Errors.Should().BeEmpty();
        BimtekJson.SerializeSchedule(plan.Schedule).Should().Contain("\"BDI-MKS\"");
    }

    [Fact]
    public void PlanningExample_FromScratch_ManySmallClassesWithEachCentresOwnWidyaiswara()
    {
        using var provider = new ServiceCollection().AddBimtekDomain().BuildServiceProvider();
        var programme = EmbeddedProgrammes.Load("KEMENPERIN-2020-NEW-NORMAL");
        var centres = provider.GetRequiredService<ICentreDirectory>().Centres;
        var widyaiswara = centres.SelectMany(c => new[] { new Instructor($"wi-{c.Code}-1", "Widyaiswara"), new Instructor($"wi-{c.Code}-2", "Widyaiswara") }).ToList();
        var bound = widyaiswara.ToDictionary(w => w.Id, w => (IEnumerable<CentreCode>)[CentreCode.Parse(w.Id[3..^2])]);

        var request = new PlanningRequest(programme, "kabupaten-kota", classCapacity: 60, SessionMode.InPerson, parallelClassesPerCentre: 3)
            .WithInstructors(widyaiswara, centres: bound);
        var plan = provider.GetRequiredService<ISchedulePlanner>().Plan(request);

        plan.IsComplete.Should().BeTrue();
        provider.GetRequiredService<IScheduleValidator>().Validate(plan.Schedule).Errors.Should().BeEmpty();
        plan.Cost.PeakClassesPerDay.Should().BeGreaterThan(7, "two widyaiswara per centre teach two classes a day");
        plan.Schedule.Sessions.Should().OnlyContain(s => s.Days.SelectMany(d => d.Items).SelectMany(i => i.Instructors).All(t => t.StartsWith("wi-" + s.Centre.Value, StringComparison.Ordinal)));
    }
}

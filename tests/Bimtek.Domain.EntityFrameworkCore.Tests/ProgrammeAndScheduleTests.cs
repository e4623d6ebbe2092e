using Bimtek.Domain.EntityFrameworkCore.Tests.Builders;
using Bimtek.Domain.EntityFrameworkCore.Tests.Databases;
using Bimtek.Domain.Planning;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Bimtek.Domain.EntityFrameworkCore.Tests;

public sealed class ProgrammeAndScheduleTests
{
    private static readonly ServiceProvider Domain = new ServiceCollection().AddBimtekDomain().BuildServiceProvider();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Programme_SavedAndReopened_IsTheEmbedded2020ProgrammeUnchanged(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var programme = June2020.Programme;
        await using (var context = database.NewContext())
        {
            await new BimtekStore(context).SaveProgrammeAsync(programme);
        }

        TestDatabase.CloseConnections();
        await using var reopened = database.NewContext();
        var loaded = await new BimtekStore(reopened).FindProgrammeAsync(programme.Code);

        loaded.Should().NotBeNull();
        BimtekJson.SerializeProgramme(loaded!).Should().Be(BimtekJson.SerializeProgramme(programme));
        loaded!.TotalJp.Should().Be(programme.TotalJp);
        loaded.Phases.Select(p => p.Id).Should().Equal(programme.Phases.Select(p => p.Id));
        (await new BimtekStore(reopened).FindProgrammeAsync("NO-SUCH-PROGRAMME")).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Programme_SavedAgainWithTheSameCode_ReplacesTheStoredOne(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var programme = June2020.Programme;
        await using (var context = database.NewContext())
        {
            await new BimtekStore(context).SaveProgrammeAsync(programme);
        }

        var revised = BimtekJson.DeserializeProgramme(
            BimtekJson.SerializeProgramme(programme).Replace("\"title\": \"", "\"title\": \"Revised: ", StringComparison.Ordinal));
        await using (var context = database.NewContext())
        {
            await new BimtekStore(context).SaveProgrammeAsync(revised);
        }

        await using var reader = database.NewContext();
        var loaded = await new BimtekStore(reader).FindProgrammeAsync(programme.Code);
        BimtekJson.SerializeProgramme(loaded!).Should().Be(BimtekJson.SerializeProgramme(revised));
        loaded!.Title.Should().StartWith("Revised: ");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AsRunSchedule_SavedAndReopened_IsUnchangedAndValidatesTheSame(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var schedule = June2020.AsRun;
        await using (var context = database.NewContext())
        {
            await new BimtekStore(context).SaveScheduleAsync("2020-as-run", schedule);
        }

        TestDatabase.CloseConnections();
        await using var reopened = database.NewContext();
        var loaded = await new BimtekStore(reopened).FindScheduleAsync("2020-as-run");

        loaded.Should().NotBeNull();
        BimtekJson.SerializeSchedule(loaded!).Should().Be(BimtekJson.SerializeSchedule(schedule));
        loaded!.Sessions.Select(s => s.Id).Should().Equal(schedule.Sessions.Select(s => s.Id));
        Findings(loaded).Should().Equal(Findings(schedule));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task June2020Plan_SavedAndReopened_IsTheSamePlanAndValidatesTheSame(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var plan = Domain.GetRequiredService<ISchedulePlanner>().Plan(PlanningRequest.FromSchedule(June2020.AsRun, "kabupaten-kota")).Schedule;
        await using (var context = database.NewContext())
        {
            await new BimtekStore(context).SaveScheduleAsync("2020-june-plan", plan);
        }

        TestDatabase.CloseConnections();
        await using var reopened = database.NewContext();
        var loaded = await new BimtekStore(reopened).FindScheduleAsync("2020-june-plan");

        BimtekJson.SerializeSchedule(loaded!).Should().Be(BimtekJson.SerializeSchedule(plan));
        loaded!.Sessions.Should().HaveCount(plan.Sessions.Count).And.NotBeEmpty();
        Findings(loaded).Should().Equal(Findings(plan));
    }

    private static List<string> Findings(Schedule schedule) =>
        Domain.GetRequiredService<IScheduleValidator>().Validate(schedule).Errors
            .Select(e => $"{e.ErrorCode} {e.Severity} {e.ErrorMessage}").ToList();
}

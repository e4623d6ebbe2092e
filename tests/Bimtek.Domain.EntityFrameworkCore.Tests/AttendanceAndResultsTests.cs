using Bimtek.Domain.EntityFrameworkCore.Tests.Builders;
using Bimtek.Domain.EntityFrameworkCore.Tests.Databases;

namespace Bimtek.Domain.EntityFrameworkCore.Tests;

public sealed class AttendanceAndResultsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Attendance_OfAThousandParticipants_SavedAndReopened_HasEveryParticipantAndItemUnchanged(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var run = new Pipeline(1000);
        await using (var context = database.NewContext())
        {
            await new BimtekStore(context).SaveAttendanceAsync(run.Attendance);
        }

        TestDatabase.CloseConnections();
        await using var reopened = database.NewContext();
        var stored = await new BimtekStore(reopened).AttendanceAsync(June2020.SessionId);

        stored.Should().HaveCount(1000);
        run.Attendance.Participants.Count(p => !p.MeetsMinimum).Should().Be(100);
        foreach (var original in run.Attendance.Participants)
        {
            var row = stored.Single(s => s.Nip == original.Nip);
            (row.EnrolledAt, row.HasLog, row.AttendedJp, row.ApplicableJp, row.AttendancePercent, row.MeetsMinimum)
                .Should().Be((original.EnrolledAt, original.HasLog, original.AttendedJp, original.ApplicableJp, original.AttendancePercent, original.MeetsMinimum));
            row.Items.Select(i => (i.Index, i.Date, i.Start, i.End, i.Kind, i.ModuleCode, i.Jp, i.Status, i.Present)).Should().Equal(
                run.Attendance.Slots.Select(s => (s.Index, s.Date, s.Start, s.End, s.Kind, s.ModuleCode, s.Jp, original.StatusOf(s), original.PresentDuring(s))));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Attendance_SavedTwice_ReplacesTheSessionsResults(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.NewContext())
        {
            var store = new BimtekStore(context);
            await store.SaveAttendanceAsync(new Pipeline(20).Attendance);
            await store.SaveAttendanceAsync(new Pipeline(5, first: 100).Attendance);
        }

        await using var reader = database.NewContext();
        var stored = await new BimtekStore(reader).AttendanceAsync(June2020.SessionId);
        stored.Select(s => s.Nip).Should().BeEquivalentTo(Enumerable.Range(100, 5).Select(June2020.NipFor));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Results_SavedAndReopened_EqualThoseSaved(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var run = new Pipeline(200);
        await using (var context = database.NewContext())
        {
            await new BimtekStore(context).SaveResultsAsync(June2020.SessionId, run.Results);
        }

        TestDatabase.CloseConnections();
        await using var reopened = database.NewContext();
        var stored = await new BimtekStore(reopened).ResultsAsync(June2020.SessionId);

        stored.Select(Describe).Should().Equal(run.Results.Select(Describe));
        stored.Select(r => r.Gain).Should().Equal(run.Results.Select(r => r.Gain));
        stored.Where(r => r.Assessed is not null).Should().HaveCount(40);
    }

    private static string Describe(Domain.Assessments.ParticipantResult r) =>
        $"{r.Nip.ToUnmaskedString()} {r.SessionId} {r.Region} {r.PreTest} {r.PostTest} {r.FinalScore} {r.AttendancePercent} {r.Completed} {r.Position} "
        + $"{string.Join(",", (r.Assessed ?? new Dictionary<string, Domain.Assessments.ProficiencyLevel>()).Select(a => $"{a.Key}={a.Value.Value}"))} "
        + $"{string.Join(",", r.EvaluationsDone ?? [])} {r.Assessed is null} {r.EvaluationsDone is null}";

    [Fact]
    public async Task Results_OfAnotherSession_AreRefused()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var context = database.NewContext();
        var other = new Pipeline(1).Results[0] with { SessionId = "BDI-MDN-2020-06" };

        var act = () => new BimtekStore(context).SaveResultsAsync(June2020.SessionId, [other]);

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*BDI-MDN-2020-06*");
    }
}

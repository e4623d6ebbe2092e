using Bimtek.Domain.EntityFrameworkCore.Tests.Databases;
using Microsoft.EntityFrameworkCore;

namespace Bimtek.Domain.EntityFrameworkCore.Tests;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Model_WhenComparedWithTheCommittedMigrations_HasNoPendingChanges(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var context = database.NewContext();

        context.Database.HasPendingModelChanges().Should().BeFalse("run eng/add-migration NAME after changing the mapping");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_OnAnEmptyDatabase_AppliesEveryMigrationOfItsProviderOnly(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var context = database.NewContext();

        await context.Database.MigrateAsync();

        var applied = await context.Database.GetAppliedMigrationsAsync();
        applied.Should().Equal(context.Database.GetMigrations()).And.NotBeEmpty();
        (await context.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        context.Database.GetMigrations().Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void PostgresServer_WhenNothingIsConfigured_FailsSayingHowToStartOne()
    {
        var act = () => PostgresServer.Find(null, Path.GetTempPath());

        act.Should().Throw<InvalidOperationException>().WithMessage("*eng/postgres-up*BIMTEK_TEST_POSTGRES*");
    }
}

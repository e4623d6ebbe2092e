namespace Bimtek.Domain.EntityFrameworkCore.Tests.Databases;

/// <summary>
/// Finds the PostgreSQL server the tests run against: <c>BIMTEK_TEST_POSTGRES</c>, else the connection string
/// <c>eng/postgres-up</c> recorded in <c>artifacts/postgres/connection-string</c>. Never skipped: without a server the
/// tests fail and say how to start one.
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "BIMTEK_TEST_POSTGRES";

    public static string ConnectionString { get; } = Find(Environment.GetEnvironmentVariable(Variable), AppContext.BaseDirectory);

    internal static string Find(string? variable, string startFolder)
    {
        if (!string.IsNullOrWhiteSpace(variable))
        {
            return variable;
        }

        for (var folder = new DirectoryInfo(startFolder); folder is not null; folder = folder.Parent)
        {
            var recorded = Path.Combine(folder.FullName, "artifacts", "postgres", "connection-string");
            if (File.Exists(Path.Combine(folder.FullName, "Bimtek.Domain.sln")) && File.Exists(recorded))
            {
                return File.ReadAllText(recorded).Trim();
            }
        }

        throw new InvalidOperationException(
            $"These tests need PostgreSQL and none is configured: run 'eval \"$(eng/postgres-up)\"' in the repository (it installs "
            + $"Debian's postgresql when missing, starts a throwaway cluster and sets {Variable}), or set {Variable} to a connection "
            + "string of a server where the user may create databases. '.ci/run' does this itself; 'eng/postgres-down' stops it.");
    }
}

namespace Bimtek.Cli.Tests;

/// <summary>Every file the tool reads or writes fails with exit 2 and one line naming the path as the user typed it.</summary>
public class FileErrorTests
{
    private static readonly string Schedule = Repository.File("seeds", "programmes", "kemenperin-2020-new-normal-as-run-schedule.json");
    private static readonly string Logs = Repository.File("seeds", "attendance", "synthetic-attendance-log.csv");
    private static readonly string Results = Repository.File("samples", "results", "kemenperin-2020-synthetic-results.csv");

    public static TheoryData<string[], string> Failures => new()
    {
        { ["plan", "--out", "no-such-dir/plan.json"], "bimtek: cannot write no-such-dir/plan.json: no such directory" },
        { ["plan", "--out", "/no/such/dir/x.json"], "bimtek: cannot write /no/such/dir/x.json: no such directory" },
        { ["plan", "--out", "."], "bimtek: cannot write .: it is a directory, not a file" },
        { ["plan", "--html", "no-such-dir/plan.html"], "bimtek: cannot write no-such-dir/plan.html: no such directory" },
        { ["plan", "--programme", "missing/programme.json"], "bimtek: cannot read missing/programme.json: no such directory" },
        { ["programme", "--programme", "programme.json"], "bimtek: cannot read programme.json: no such file" },
        { ["validate", "--schedule", "out/plan.json"], "bimtek: cannot read out/plan.json: no such directory" },
        { ["validate", "--schedule", "."], "bimtek: cannot read .: it is a directory, not a file" },
        { ["validate", "--schedule", Schedule, "--html", "."], "bimtek: cannot write .: it is a directory, not a file" },
        { ["report", "--schedule", Schedule, "--results", "nowhere/results.csv"], "bimtek: cannot read nowhere/results.csv: no such directory" },
        { ["report", "--schedule", Schedule, "--results", "results.json"], "bimtek: cannot read results.json: no such file" },
        { ["attendance", "--schedule", Schedule, "--logs", "log.csv"], "bimtek: cannot read log.csv: no such file" },
        { ["attendance", "--schedule", "plan.json", "--logs", Logs], "bimtek: cannot read plan.json: no such file" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void AFileThatCannotBeReadOrWritten_IsOneLineNamingThePathAsTyped(string[] args, string expected)
    {
        var (exit, output, error) = CliRunner.Run(args);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be(expected + Environment.NewLine);
    }

    [Fact]
    public void PlanOut_WritesToTheRelativePathTyped()
    {
        var directory = Directory.CreateTempSubdirectory("bimtek-");
        try
        {
            var path = Path.Combine(directory.FullName, "plan.json");
            var (exit, output, _) = CliRunner.Run("plan", "--out", path);

            exit.Should().Be(0);
            File.Exists(path).Should().BeTrue();
            output.Should().Contain($"Schedule written to {path}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}

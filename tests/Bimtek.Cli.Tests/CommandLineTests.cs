namespace Bimtek.Cli.Tests;

/// <summary>The command line as a new user meets it: one vocabulary, the tool's own words, never a stack trace.</summary>
public class CommandLineTests
{
    private static readonly string Schedule = Repository.File("seeds", "programmes", "kemenperin-2020-new-normal-as-run-schedule.json");
    private static readonly string Programme = Repository.File("seeds", "programmes", "kemenperin-2020-new-normal.json");
    private static readonly string Logs = Repository.File("seeds", "attendance", "synthetic-attendance-log.csv");
    private static readonly string Results = Repository.File("samples", "results", "kemenperin-2020-synthetic-results.csv");

    public static TheoryData<string[]> EveryCommand => new()
    {
        new[] { "plan" },
        new[] { "regions" },
        new[] { "centres" },
        new[] { "calendar", "--year", "2020" },
        new[] { "programme" },
        new[] { "rules" },
        new[] { "validate", "--schedule", Schedule },
        new[] { "report", "--schedule", Schedule, "--results", Results },
        new[] { "attendance", "--schedule", Schedule, "--logs", Logs },
    };

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void EveryCommand_TakesLangIdAndAnswersInIndonesian(string[] args)
    {
        var (exit, output, error) = CliRunner.Run([.. args, "--lang", "id"]);

        exit.Should().BeOneOf(0, 1);
        error.Should().BeEmpty();
        output.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void EveryCommand_HelpShowsNoDotNetNames(string[] args)
    {
        var (exit, output, _) = CliRunner.Run(args[0], "--help");

        exit.Should().Be(0);
        output.Should().Contain("--lang <id|en>").And.NotContain("Bimtek.").And.NotContain("Text.").And.NotContain("System.");
    }

    [Fact]
    public void Help_ShowsTheValuesAsTyped()
    {
        CliRunner.Run("plan", "--help").Output.Should().Contain("--mode <virtual|inPerson|hybrid>").And.Contain("[default: en]");
        CliRunner.Run("calendar", "--help").Output.Should().Contain("default: WIB (Asia/Jakarta)").And.NotContain("[default: Asia/Jakarta]");
    }

    [Theory]
    [InlineData("programme", "--programme")]
    [InlineData("plan", "--programme")]
    [InlineData("validate", "--programme")]
    [InlineData("report", "--programme")]
    [InlineData("attendance", "--programme")]
    public void ProgrammeFile_IsCalledProgrammeEverywhere(string command, string option)
    {
        var help = CliRunner.Run(command, "--help").Output;

        help.Should().Contain($"{option} <FILE>").And.NotContain("--file");
    }

    [Fact]
    public void Programme_ReadsAFileThroughProgramme()
    {
        var (exit, output, _) = CliRunner.Run("programme", "--programme", Programme);

        exit.Should().Be(0);
        output.Should().Contain("KEMENPERIN-2020-NEW-NORMAL");
    }

    [Fact]
    public void Attendance_TakesTheProgrammeTheSchedulesWerePlannedFrom()
    {
        var (exit, output, _) = CliRunner.Run("attendance", "--schedule", Schedule, "--programme", Programme, "--logs", Logs);

        exit.Should().Be(1, "the synthetic log has bad rows");
        output.Should().Contain("BDI-YOG-2020-06");
    }

    [Fact]
    public void Mode_AnUnknownValue_IsNamedInTheToolsWords()
    {
        var (exit, _, error) = CliRunner.Run("plan", "--mode", "foo");

        exit.Should().Be(2);
        error.Should().Be("bimtek: --mode 'foo' is not one of virtual, inPerson, hybrid." + Environment.NewLine);
        CliRunner.Run("plan", "--mode", "INPERSON", "--json").ExitCode.Should().BeOneOf(0, 1);
    }

    [Fact]
    public void Plan_ACentralPhaseWithoutCentre_SpeaksTheToolsWords()
    {
        var (exit, _, error) = CliRunner.Run("plan", "--phase", "provinsi");

        exit.Should().Be(2);
        error.Should().Contain("--centre").And.NotContain("WithDeliveringCentre").And.NotContain("Parameter");
    }

    [Fact]
    public void Plan_CentreOnAPhaseThroughServingCentres_IsRefused()
    {
        var (exit, output, error) = CliRunner.Run("plan", "--centre", "BDI-JKT");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("--centre applies only to a phase delivered centrally").And.Contain("kabupaten-kota");
    }

    [Fact]
    public void Version_PrintsThePackageVersion()
    {
        var (exit, output, _) = CliRunner.Run("--version");

        exit.Should().Be(0);
        output.Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Progress_IsSilentWhenErrorIsNotATerminal(string[] args)
    {
        CliRunner.Run(args).Error.Should().BeEmpty();
    }
}

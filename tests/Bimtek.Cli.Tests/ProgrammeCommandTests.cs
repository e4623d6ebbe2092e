using Bimtek.Domain.Programmes;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Serialization;

namespace Bimtek.Cli.Tests;

public class ProgrammeCommandTests
{
    [Fact]
    public void Programme_ByDefault_ShowsTheEmbedded2020Programme()
    {
        var (exit, output, _) = CliRunner.Run("programme");

        exit.Should().Be(0);
        output.Should().Contain(EmbeddedProgrammes.NewNormal2020).And.Contain("Phase kabupaten-kota").And.Contain("opened 2020-05-19")
            .And.Contain("Assumed:").And.Contain("Validation: no rule broken.");
    }

    [Fact]
    public void Programme_Json_IsTheJsonFormAndReadsBack()
    {
        var (exit, output, _) = CliRunner.Run("programme", "--json");

        exit.Should().Be(0);
        BimtekJson.DeserializeProgramme(output).Code.Should().Be(EmbeddedProgrammes.NewNormal2020);
    }

    [Fact]
    public void Programme_FromAFileWithErrors_ListsThemAndExitsWith1()
    {
        var json = BimtekJson.SerializeProgramme(EmbeddedProgrammes.Load(EmbeddedProgrammes.NewNormal2020))
            .Replace("\"totalJp\": 6", "\"totalJp\": 8", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"programme-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var (exit, output, _) = CliRunner.Run("programme", "--programme", path);

            exit.Should().Be(1);
            output.Should().Contain(ProgrammeRuleCodes.CurriculumJpMismatch).And.Contain("at TotalJp");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Programme_FromAMalformedFile_ExitsWith2NamingFileAndPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "code": "X", "fiscalYear": "soon" }""");
        try
        {
            var (exit, output, error) = CliRunner.Run("programme", "--programme", path);

            exit.Should().Be(2);
            output.Should().BeEmpty();
            error.Trim().Should().Be($"bimtek: {path}: $.fiscalYear: expected a whole number");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Programme_FromAMissingFile_ExitsWith2()
    {
        var (exit, _, error) = CliRunner.Run("programme", "--programme", "/nonexistent/programme.json");

        exit.Should().Be(2);
        error.Should().Be("bimtek: cannot read /nonexistent/programme.json: no such directory" + Environment.NewLine);
    }
}

using System.Text.RegularExpressions;

namespace Bimtek.Cli.Tests;

/// <summary>The README's part on the tool stays true: its options table names every option, its images and schemas exist.</summary>
public partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Repository.File("README.md"));

    [Theory]
    [InlineData("plan")]
    [InlineData("validate")]
    [InlineData("regions")]
    [InlineData("centres")]
    [InlineData("calendar")]
    [InlineData("programme")]
    [InlineData("rules")]
    [InlineData("report")]
    [InlineData("attendance")]
    public void OptionsTable_NamesEveryOptionOfEveryCommand(string command)
    {
        var options = OptionInHelp().Matches(CliRunner.Run(command, "--help").Output).Select(m => m.Groups[1].Value)
            .Where(o => o is not "--help");

        var table = Readme[Readme.IndexOf("| option | on | meaning |", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("\n\n", StringComparison.Ordinal)];
        options.Should().NotBeEmpty().And.OnlyContain(o => table.Contains($"`{o}", StringComparison.Ordinal));
    }

    [Fact]
    public void Readme_ShowsTheTimetableScreenshotAndLinksEverySchema()
    {
        Readme.Should().Contain("](docs/images/timetable-june-2020.png)");
        new FileInfo(Repository.File("docs", "images", "timetable-june-2020.png")).Length.Should().BeGreaterThan(10_000);
        foreach (var schema in Directory.GetFiles(Repository.File("schemas"), "*.schema.json"))
        {
            Readme.Should().Contain($"`{Path.GetFileName(schema)}`");
        }
    }

    [GeneratedRegex(@"^\s+(?:-\w, )?(--[a-z-]+)", RegexOptions.Multiline)]
    private static partial Regex OptionInHelp();
}

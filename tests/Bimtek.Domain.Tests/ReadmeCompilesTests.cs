using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Testing;
using FluentValidation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Bimtek.Domain.Tests;

/// <summary>
/// Every <c>```csharp</c> block of the README, compiled on its own as the whole <c>Program.cs</c> of a new
/// <c>dotnet new console</c> app that references the package: a reader pastes one block, not the README. So each block
/// carries its own <c>using</c>s and set-up, and no block leans on a variable of another. There is no fragment
/// convention: every block is a program. What a block prints is checked by the README mirror tests
/// (<c>Readme*Tests.cs</c>) and, for blocks no mirror covers, by running the compiled block here.
/// </summary>
public class ReadmeCompilesTests
{
    // The implicit usings of `dotnet new console` (Microsoft.NET.Sdk, ImplicitUsings=enable).
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static readonly Lazy<IReadOnlyList<ReadmeBlock>> Blocks = new(() => ReadmeBlock.Read(Repository.File("README.md")));

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    // Running a block redirects Console.Out and moves the current directory: one block at a time.
    private static readonly object ConsoleGate = new();

    /// <summary>Gets the README line of each C# block's fence, for the theory.</summary>
    public static TheoryData<int> BlockLines()
    {
        var data = new TheoryData<int>();
        foreach (var block in Blocks.Value)
        {
#if !NET10_0_OR_GREATER
            // Bimtek.Domain.EntityFrameworkCore exists for net10.0 only (EF Core 10): its block compiles in the net10.0 run.
            if (block.Code.Contains("using Bimtek.Domain.EntityFrameworkCore;", StringComparison.Ordinal))
            {
                continue;
            }
#endif
            data.Add(block.FenceLine);
        }

        return data;
    }

    [Fact]
    public void Readme_HasCSharpBlocks()
    {
        // Guards the theory: an extraction that found nothing would pass vacuously.
        Blocks.Value.Should().HaveCountGreaterThanOrEqualTo(10);
    }

    [Theory]
    [MemberData(nameof(BlockLines))]
    public void Block_CompilesAsAConsoleProgramOnItsOwn(int fenceLine)
    {
        var block = Blocks.Value.Single(b => b.FenceLine == fenceLine);

        var (_, errors) = Compile(block);

        errors.Should().BeEmpty(
            "the README's C# block at line {0} (\"{1}\") must compile as shown, pasted alone into a console app",
            block.FenceLine, block.FirstLine);
    }

    // What the blocks print, run as a console app would run them (invariant culture, from the repository root or a
    // scratch folder). Only the claimed values are checked; lines whose comment describes rather than quotes are skipped.
    [Fact]
    public void QuickStartBlock_PrintsWhatItsCommentsSay()
    {
        var output = Run(Find("GetRegenciesServed(CentreCode.Parse(\"BDI-YOG\"), june2020).Count"));

        output.Should().Equal("34", "Kabupaten Merauke", "93.01", "Ambiguous", "Assumed", "68");
    }

    [Fact]
    public void WorkingCalendarBlock_PrintsWhatItsCommentsSay()
    {
        var output = Run(Find("calendar.Covers(2027)"));

        output.Should().HaveCount(8);
        output[0].Should().Be("SKB 3 Menteri 2020 (728/2019; 213/2019; 01/2019)");
        output[1].Should().Be("17");
        output[2].Should().Be("False");
        output[3].Should().Be("2020-06-12: 07:30–11:30, 13:00–16:30 WIT; Keppres 68/1995, Sourced; 9 JP");
        output[4].Should().Be("Assumed");
        output[5].Should().Be("2020-05-19: 08:00–12:00, 12:30–15:00 WIB; SE MenPANRB 51/2020, Sourced; 8 JP");
        output[6].Should().Be("07:30–10:00, 11:00–12:00, 13:00–14:00");
        output[7].Should().Be("False");
    }

    [Fact]
    public void ZonesBlock_PrintsWhatItsCommentsSay()
    {
        var output = Run(Find("var pontianak ="));

        output.Should().Equal("WIB", "WITA", "+09", "True");
    }

    [Fact]
    public void ProgrammesBlock_PrintsWhatItsCommentsSay()
    {
        // The block reads a host's programme.json: give it the embedded programme's own file.
        var folder = Directory.CreateTempSubdirectory("readme-programme-");
        try
        {
            System.IO.File.Copy(Repository.File("seeds", "programmes", "kemenperin-2020-new-normal.json"), Path.Combine(folder.FullName, "programme.json"));

            var output = Run(Find("programme.FindPhase(\"kabupaten-kota\")!.Delivery"), folder.FullName);

            output.Take(2).Should().Equal("6 JP", "ThroughServingCentres");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void SchedulingBlock_ReportsTheViolationItsHostTestPins()
    {
        // The block ends with the host-test assertion, which throws if the rule does not fire where it says.
        var act = () => Run(Find("validator.TestValidate(schedule)"));

        act.Should().NotThrow();
    }

    [Fact]
    public void TestingBlock_PassesItsAssertions()
    {
        // The block is a host's test: it throws if a rule does not fire, or fires, where it says.
        var act = () => Run(Find("A.Schedule().With(A.Session(\"YOG-1\")"));

        act.Should().NotThrow();
    }

    [Fact]
    public void AssessmentsBlock_PrintsWhatItsCommentsSay()
    {
        var output = Run(Find("LearningGain.Compute(Score.Create(40)"));

        output.Should().Equal("0.5", "False", "-0.25", "Memuaskan", "Sangat Memuaskan", "Kurang Memuaskan", "4", "M.04", "2", "Assessments.ResultFieldInvalid", "508", "0.5");
    }

    [Fact]
    public void ResultsFileBlock_PrintsWhatItsCommentsSay()
    {
        var output = Run(Find("ResultsFile.ReadJson"));

        output.Should().Equal("10");
    }

    private static ReadmeBlock Find(string contains) =>
        Blocks.Value.Single(b => b.Code.Contains(contains, StringComparison.Ordinal));

    private static (byte[] Image, List<string> Errors) Compile(ReadmeBlock block)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            $"ReadmeBlockAtLine{block.FenceLine}",
            [
                CSharpSyntaxTree.ParseText(ImplicitUsings, options, "GlobalUsings.g.cs"),
                CSharpSyntaxTree.ParseText(block.Code, options, "Program.cs"),
            ],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"README line {block.FenceLine + d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage(CultureInfo.InvariantCulture)}")
            .ToList();
        return (image.ToArray(), errors);
    }

    /// <summary>Compiles and runs a block in the repository root, returning the lines it printed.</summary>
    private static List<string> Run(ReadmeBlock block, string? directory = null)
    {
        var (image, errors) = Compile(block);
        errors.Should().BeEmpty();

        var context = new AssemblyLoadContext($"ReadmeBlockAtLine{block.FenceLine}", isCollectible: true);
        try
        {
            var entryPoint = context.LoadFromStream(new MemoryStream(image)).EntryPoint!;
            // A writer formats with the culture it was made under: invariant, as the README's comments show (CI also runs under tr-TR).
            var output = new StringWriter(CultureInfo.InvariantCulture);
            lock (ConsoleGate)
            {
                var (previousOut, previousDirectory, previousCulture) = (Console.Out, Environment.CurrentDirectory, CultureInfo.CurrentCulture);
                try
                {
                    Console.SetOut(output);
                    Environment.CurrentDirectory = directory ?? Repository.Root;
                    CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                    entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
                }
                finally
                {
                    Console.SetOut(previousOut);
                    Environment.CurrentDirectory = previousDirectory;
                    CultureInfo.CurrentCulture = previousCulture;
                }
            }

            return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        }
        finally
        {
            context.Unload();
        }
    }

    private static List<MetadataReference> LoadReferences()
    {
        // The platform assemblies a console app compiles against, plus the package and its dependencies, once each
        // (the test host's own list may already hold some of them).
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var platform = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        foreach (var path in platform.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            paths.TryAdd(Path.GetFileName(path), path);
        }

        Assembly[] package =
        [
            typeof(RegionCode).Assembly,
            typeof(LocalDate).Assembly,
            typeof(IValidator).Assembly,
            typeof(IServiceCollection).Assembly,
            typeof(ServiceCollection).Assembly,
            typeof(Bimtek.Domain.Interop.Meetings.MeetingExportReader).Assembly,
            typeof(Testing.A).Assembly,
            typeof(AssertionExtensions).Assembly,
            typeof(NodaTime.Testing.FakeClock).Assembly,
#if NET10_0_OR_GREATER
            typeof(Bimtek.Domain.EntityFrameworkCore.BimtekDbContext).Assembly,
            typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly,
            typeof(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions).Assembly,
            typeof(Microsoft.EntityFrameworkCore.SqliteDbContextOptionsBuilderExtensions).Assembly,
            typeof(Microsoft.EntityFrameworkCore.NpgsqlDbContextOptionsBuilderExtensions).Assembly,
#endif
        ];
        foreach (var assembly in package)
        {
            paths[Path.GetFileName(assembly.Location)] = assembly.Location;
        }

        return paths.Values.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }

    /// <summary>A <c>```csharp</c> block: the README line of its fence, its first line and its code.</summary>
    private sealed record ReadmeBlock(int FenceLine, string FirstLine, string Code)
    {
        public static List<ReadmeBlock> Read(string path)
        {
            var lines = System.IO.File.ReadAllLines(path);
            var blocks = new List<ReadmeBlock>();
            for (var i = 0; i < lines.Length; i++)
            {
                // Any C# info string counts (```csharp, ```cs, ```c#, with or without words after it): none escapes.
                var info = lines[i].StartsWith("```", StringComparison.Ordinal) ? lines[i][3..].Trim().Split(' ')[0] : null;
                if (info is not ("csharp" or "cs" or "c#"))
                {
                    if (info is not null)
                    {
                        // Skip a block of another language whole, so its closing fence is not taken for an opening one.
                        while (++i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal))
                        {
                        }
                    }

                    continue;
                }

                var fence = i;
                var code = new StringBuilder();
                while (++i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal))
                {
                    code.Append(lines[i]).Append('\n');
                }

                blocks.Add(new ReadmeBlock(fence + 1, lines[fence + 1].Trim(), code.ToString()));
            }

            return blocks;
        }
    }
}

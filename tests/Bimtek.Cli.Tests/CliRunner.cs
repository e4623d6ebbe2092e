using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Bimtek.Cli.Tests;

/// <summary>Runs the tool in-process with captured output and a fixed clock (27 Nov 2026, WIB).</summary>
internal static class CliRunner
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 27, 3, 0);

    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = BimtekApp.Run(args, output, error, services => services.AddSingleton<IClock>(new FakeClock(Now)));
        return (exit, output.ToString(), error.ToString());
    }

    public static JsonElement Json(params string[] args)
    {
        var (exit, output, error) = Run(args);
        exit.Should().Be(0, error);
        return JsonDocument.Parse(output).RootElement;
    }
}

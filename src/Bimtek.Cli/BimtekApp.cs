using System.CommandLine;
using Bimtek.Cli.Commands;
using Bimtek.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Bimtek.Cli;

/// <summary>The <c>bimtek</c> command line: composes the domain package through DI and renders its answers.</summary>
/// <remarks>
/// Exit codes: 0 success, 1 the answer has findings (per command), 2 bad arguments or a file that cannot be read or
/// written (one line on standard error), 70 a fault in the tool itself (one line, never a stack trace).
/// </remarks>
internal static class BimtekApp
{
    /// <summary>Exit code for arguments or input the tool cannot use.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code for a fault of the tool itself (EX_SOFTWARE in sysexits.h): reported in one line, never as a stack trace.</summary>
    public const int InternalError = 70;

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go.</param>
    /// <param name="configure">Lets tests replace services (e.g. the clock) before the container is built.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        configure?.Invoke(services);
        using var provider = services.AddBimtekDomain().BuildServiceProvider();
        var context = new CliContext(provider, output, error);

        var root = new RootCommand("bimtek: plan, run and evaluate bimbingan teknis for Indonesian government officials.")
        {
            RegionsCommand.Create(context),
            CentresCommand.Create(context),
            ProgrammeCommand.Create(context),
            RulesCommand.Create(context),
            ValidateCommand.Create(context),
            PlanCommand.Create(context),
            CalendarCommand.Create(context),
            ReportCommand.Create(context),
            AttendanceCommand.Create(context),
            InvitesCommand.Create(context),
            SiasnCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine($"bimtek: {parsed.Errors[0].Message}");
            return UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliUsageException ex)
        {
            error.WriteLine($"bimtek: {ex.Message}");
            return UsageError;
        }
        catch (Exception ex) when (ex is OutOfMemoryException)
        {
            error.WriteLine("bimtek: out of memory; the input is too large for this machine.");
            return InternalError;
        }
#pragma warning disable CA1031 // The last line of defence: a person gets one line to report, not a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine($"bimtek: internal error, please report it with the command you ran: {ToolMessage.Plain(ex)}");
            return InternalError;
        }
    }
}

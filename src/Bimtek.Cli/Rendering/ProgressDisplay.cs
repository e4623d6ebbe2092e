using Spectre.Console;

namespace Bimtek.Cli.Rendering;

/// <summary>
/// A progress bar on standard error for long work (planning a large instance, reading a large log), shown only when
/// standard error is a terminal and JSON was not asked for: redirected or piped output stays exactly the answer.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, showing progress if a person watches.</summary>
    /// <param name="context">The tool's context (is standard error a terminal?).</param>
    /// <param name="quiet"><see langword="true"/> for <c>--json</c>: no progress at all.</param>
    /// <param name="description">What is being done, shown beside the bar.</param>
    /// <param name="work">The work; given a sink for the share done (0 to 1) when progress is shown, else <see langword="null"/>.</param>
    public static T Run<T>(CliContext context, bool quiet, string description, Func<IProgress<double>?, T> work)
    {
        if (quiet || !context.ErrorIsTerminal)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(Markup.Escape(description), maxValue: 1);

                // Work that reports no share (the planner) shows a moving bar until it ends.
                task.IsIndeterminate = true;
                var result = work(new Sink(task));
                task.Value = 1;
                return result;
            });
    }

    private sealed class Sink(ProgressTask task) : IProgress<double>
    {
        public void Report(double value)
        {
            task.IsIndeterminate = false;
            task.Value = Math.Clamp(value, 0, 1);
        }
    }
}

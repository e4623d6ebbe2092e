using System.Diagnostics;

namespace Bimtek.Cli.Tests.Html;

/// <summary>
/// Debian's headless Chromium (<c>/usr/bin/chromium</c>, installed by <c>eng/chromium-up</c>): renders a page file to
/// its DOM after scripts ran, or to a PNG, and returns what the browser logged on standard error.
/// </summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>Loads the page and returns the DOM after its scripts ran, and the browser's log.</summary>
    public static (string Dom, string Log) DumpDom(string page) => Run(page, "--dump-dom");

    /// <summary>Loads the page and writes a screenshot of the window (PNG); returns the browser's log.</summary>
    public static string Screenshot(string page, string png, int width = 1600, int height = 1000) =>
        Run(page, $"--screenshot={png}", $"--window-size={width},{height}").Log;

    /// <summary>Prints the page to PDF as the browser's print dialog would (the page's own <c>@page</c> size); returns the browser's log.</summary>
    public static string PrintToPdf(string page, string pdf) =>
        Run(page, $"--print-to-pdf={pdf}", "--no-pdf-header-footer").Log;

    private static (string Dom, string Log) Run(string page, params string[] args)
    {
        if (!File.Exists(Path))
        {
            throw new InvalidOperationException($"{Path} is missing: run eng/chromium-up (CI does, from .ci/run).");
        }

        // A profile of its own per run, so that parallel tests never share (and lock) one.
        var profile = Directory.CreateTempSubdirectory("bimtek-chromium-");
        try
        {
            var start = new ProcessStartInfo(Path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars", $"--user-data-dir={profile.FullName}", "--enable-logging=stderr", "--v=0" }.Concat(args))
            {
                start.ArgumentList.Add(arg);
            }

            start.ArgumentList.Add(new Uri(page).AbsoluteUri);
            using var process = Process.Start(start)!;
            var dom = process.StandardOutput.ReadToEndAsync();
            var log = process.StandardError.ReadToEndAsync();

            // A guard against a hung browser, not a timing assertion.
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish within two minutes.");
            }

            process.ExitCode.Should().Be(0, log.Result);
            return (dom.Result, log.Result);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}

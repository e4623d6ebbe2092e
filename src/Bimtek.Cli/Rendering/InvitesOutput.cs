using System.Globalization;
using Bimtek.Cli.Text;
using Spectre.Console;

namespace Bimtek.Cli.Rendering;

/// <summary>The calendars written: path, group, sessions and events, for people (a table) or pipelines (JSON).</summary>
internal static class InvitesOutput
{
    public sealed record File(string Path, string Key, string Name, IReadOnlyList<string> Sessions, int Events);

    public static void Write(TextWriter output, List<File> files, bool json, CliText text)
    {
        if (json)
        {
            JsonOutput.Write(output, new { files = files.Select(f => new { path = f.Path, group = f.Key, name = f.Name, sessions = f.Sessions, events = f.Events }) });
            return;
        }

        var table = TableOutput.Table(text.InvitesTitle(files.Count, files.Sum(f => f.Events)), text.InvitesHeaders);
        foreach (var file in files)
        {
            table.AddRow(Markup.Escape(file.Path), Markup.Escape(file.Name), file.Sessions.Count.ToString(CultureInfo.InvariantCulture), file.Events.ToString(CultureInfo.InvariantCulture));
        }

        TableOutput.Write(output, table);
    }
}

using Spectre.Console;
using Spectre.Console.Rendering;

namespace Bimtek.Cli.Rendering;

/// <summary>Renders Spectre.Console tables to any writer (plain text when the writer is not a terminal).</summary>
internal static class TableOutput
{
    /// <summary>
    /// A width to render at instead of the terminal's, on this thread only: the language test renders wide so that no
    /// cell wraps a proper name across lines, without changing what parallel tests see.
    /// </summary>
    [ThreadStatic]
    internal static int? WidthOverride;

    public static void Write(TextWriter output, IRenderable renderable)
    {
        var terminal = output == Console.Out && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        // A terminal's own width (tables wrap inside it); a file or pipe gets 120 columns, a page's width.
        console.Profile.Width = WidthOverride ?? (terminal ? console.Profile.Width : 120);
        console.Write(renderable);
    }

    /// <summary>
    /// The most characters a table cell shows: 120, a page's width. A longer text (a 50 MB session id once made a table
    /// take more than 15 GB to lay out) is cut with an ellipsis and counted, so the command can say so; <c>--json</c>
    /// prints every value whole.
    /// </summary>
    public const int MaxCell = 120;

    /// <summary>The text of a cell, escaped for markup and cut to <see cref="MaxCell"/> characters with an ellipsis.</summary>
    /// <param name="value">The text.</param>
    /// <param name="shortened">Counts the cells cut.</param>
    /// <returns>The cell's markup.</returns>
    public static string Cell(string value, ref int shortened)
    {
        if (value.Length <= MaxCell)
        {
            return Markup.Escape(value);
        }

        shortened++;
        // Never split a surrogate pair: the cut text stays valid UTF-16.
        var keep = char.IsHighSurrogate(value[MaxCell - 2]) ? MaxCell - 2 : MaxCell - 1;
        return Markup.Escape(value[..keep]) + "…";
    }

    public static Table Table(string title, params string[] columns)
    {
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded };
        foreach (var column in columns)
        {
            table.AddColumn(column);
        }

        return table;
    }
}

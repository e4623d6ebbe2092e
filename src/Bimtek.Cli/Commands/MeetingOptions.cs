using System.CommandLine;
using Bimtek.Domain.Interop.Meetings;
using NodaTime;

namespace Bimtek.Cli.Commands;

/// <summary>
/// The options that say how to read a meeting platform's export (<c>attendance</c>): its layout, the order of its dates,
/// the date of a Google Meet report, the roster that turns display names into NIPs and the session the meeting is of.
/// </summary>
internal static class MeetingOptions
{
    // The layouts by the names the tool takes (the package's MeetingFormat); null is "auto", detected from the content.
    private static readonly (string Name, MeetingFormat? Format)[] Formats =
    [
        ("auto", null), ("bimtek", MeetingFormat.Bimtek), ("zoom", MeetingFormat.Zoom), ("zoom-api", MeetingFormat.ZoomApi),
        ("teams", MeetingFormat.Teams), ("teams-graph", MeetingFormat.TeamsGraph), ("graph", MeetingFormat.TeamsGraph),
        ("meet", MeetingFormat.Meet), ("meet-api", MeetingFormat.MeetApi),
    ];

    /// <summary>Gets the name the tool gives a layout in its output (<c>zoom-api</c>, <c>teams</c>).</summary>
    public static string NameOf(MeetingFormat format) => Formats.First(f => f.Format == format).Name;

    public static Option<MeetingFormat?> Format() => new("--format")
    {
        Description = "The layout of the logs: auto (detected from the content, never the file name), bimtek (nip,session,join,leave), zoom, zoom-api, teams, teams-graph (alias graph), meet or meet-api; default: auto.",
        HelpName = "auto|bimtek|zoom|zoom-api|teams|teams-graph|meet|meet-api",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            foreach (var (name, format) in Formats)
            {
                if (string.Equals(text, name, StringComparison.OrdinalIgnoreCase))
                {
                    return format;
                }
            }

            result.AddError($"--format {CommonOptions.Shown(text)} is not a layout: expected {string.Join(", ", Formats.Select(f => f.Name))}.");
            return null;
        },
    };

    public static Option<DateOrder?> DateOrder() => new("--date-order")
    {
        Description = "The order of day and month in the export's dates: dmy or mdy; default: detected (a day above 12, or AM/PM as a US locale writes), and a file that reads both ways is refused.",
        HelpName = "dmy|mdy",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            switch (text.ToLowerInvariant())
            {
                case "dmy":
                    return Domain.Interop.Meetings.DateOrder.DayMonth;
                case "mdy":
                    return Domain.Interop.Meetings.DateOrder.MonthDay;
                default:
                    result.AddError($"--date-order {CommonOptions.Shown(text)} is not a date order: expected dmy or mdy.");
                    return null;
            }
        },
    };

    public static Option<LocalDate?> MeetingDate() =>
        CommonOptions.Date("--date", "The meeting's date (YYYY-MM-DD), for a Google Meet CSV, which gives times of day only.", "2020-06-18");

    public static Option<string?> Roster() =>
        CommonOptions.File("--roster", "The enrolled officials, CSV with a header: nip,name[,email][,session] (several e-mails or sessions separated by ';'); needed for a platform's export, which names people, not NIPs.");

    public static Option<string?> Session() => new("--session")
    {
        Description = "The session the meeting is of; default: the one session the roster names.",
        HelpName = "ID",
    };
}

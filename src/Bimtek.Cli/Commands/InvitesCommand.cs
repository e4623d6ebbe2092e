using System.CommandLine;
using Bimtek.Cli.Rendering;
using Bimtek.Domain.Interop.Calendars;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Scheduling;

namespace Bimtek.Cli.Commands;

/// <summary>
/// <c>bimtek invites --schedule F [--programme F] --out F|DIR [--by all|session|province|region] [--per day|item]
/// [--previous F|DIR] [--json] [--lang id|en]</c>: calendar invites (iCalendar, RFC 5545) for a schedule, written by the
/// interop package's <see cref="CalendarInvites"/>: one file, or one per session, per province or per kabupaten/kota (the
/// agency that sends its officials), each holding the sessions of that group.
/// </summary>
/// <remarks>
/// An event has the same UID in every file it appears in, so a region's calendar and the session's calendar name the
/// same meeting. Given the previous export (<c>--previous</c>: the file, or the folder of files of the same names), an
/// event whose time, place or text changed gets its <c>SEQUENCE</c> raised, so calendars update it instead of adding a
/// second one. Exit codes: 0 written, 2 a file cannot be read or written.
/// </remarks>
internal static class InvitesCommand
{
    public static Command Create(CliContext context)
    {
        var schedule = CommonOptions.Schedule();
        var programme = CommonOptions.Programme();
        var output = CommonOptions.File("--out", "Where to write: an .ics file (--by all), or a folder that gets one .ics per group (created if missing).", required: true);
        var by = new Option<string>("--by")
        {
            Description = "One calendar for the whole schedule (all), or one per session, per province or per kabupaten/kota (region: the agency that sends its officials); default: all.",
            HelpName = "all|session|province|region",
            DefaultValueFactory = _ => "all",
        };
        by.AcceptOnlyFromAmong("all", "session", "province", "region");
        var per = new Option<string>("--per")
        {
            Description = "One event per session day, or per agenda item (opening, each module, tests, closing); default: day.",
            HelpName = "day|item",
            DefaultValueFactory = _ => "day",
        };
        per.AcceptOnlyFromAmong("day", "item");
        var previous = CommonOptions.File("--previous", "The previous export (the .ics file, or the folder with --by session|province|region): events that changed get SEQUENCE raised.");
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("invites", "Write calendar invites (.ics, RFC 5545) for a schedule: one file, or one per session, province or kabupaten/kota.")
        {
            schedule, programme, output, by, per, previous, json, lang,
        };
        command.SetAction(parsed =>
        {
            var programmeFile = parsed.GetValue(programme) is { } p ? InputFile.ReadProgramme(p) : null;
            var loaded = InputFile.ReadSchedule(context, parsed.GetValue(schedule)!, programmeFile);
            var granularity = parsed.GetValue(per) == "item" ? InviteGranularity.PerAgendaItem : InviteGranularity.PerDay;
            var grouping = parsed.GetValue(by)!;
            var target = parsed.GetValue(output)!;
            var before = parsed.GetValue(previous);
            var invites = new CalendarInvites(context.Get<Domain.Centres.ICentreDirectory>(), context.Get<IRegionDirectory>(), context.Get<NodaTime.IClock>());
            var written = new List<InvitesOutput.File>();
            foreach (var group in Groups(context, loaded, grouping))
            {
                var path = grouping == "all" ? target : Path.Combine(target, group.Key + ".ics");
                var old = before is null ? null : grouping == "all" ? InputFile.ReadText(before) : Previous(Path.Combine(before, group.Key + ".ics"));
                string text;
                try
                {
                    text = invites.WriteSessions(loaded, group.Sessions, granularity, old);
                }
                catch (ArgumentException ex)
                {
                    throw new CliUsageException(ToolMessage.Plain(ex));
                }
                catch (Exception ex) when (old is not null && ex is not CliUsageException)
                {
                    throw new CliUsageException($"cannot read the previous export for {group.Key}: it is not an iCalendar file.");
                }

                if (grouping != "all" && written.Count == 0)
                {
                    OutputFile.Folder(target);
                }

                OutputFile.Write(path, text);
                written.Add(new InvitesOutput.File(path, group.Key, group.Name, group.Sessions, CountEvents(text)));
            }

            InvitesOutput.Write(context.Output, written, parsed.GetValue(json), parsed.GetValue(lang)!);
            return 0;
        });
        return command;
    }

    private sealed record Group(string Key, string Name, IReadOnlyList<string> Sessions);

    // Groups in a stable order (by key), each with its sessions in schedule order.
    private static IEnumerable<Group> Groups(CliContext context, Schedule schedule, string by)
    {
        if (by == "all")
        {
            return [new Group("all", schedule.Programme.Title, [.. schedule.Sessions.Select(s => s.Id)])];
        }

        if (by == "session")
        {
            return schedule.Sessions.Select(s => new Group(s.Id, s.Id, [s.Id])).OrderBy(g => g.Key, StringComparer.Ordinal);
        }

        var regions = context.Get<IRegionDirectory>();
        var members = schedule.Sessions
            .SelectMany(s => s.Regions.Select(r => (Code: by == "province" ? r.Province : r, Session: s)))
            .GroupBy(x => x.Code)
            .OrderBy(g => g.Key.ToString(), StringComparer.Ordinal);
        return members.Select(g =>
        {
            var asOf = g.First().Session.Days.Count > 0 ? g.First().Session.Days[0].Date : new NodaTime.LocalDate(2020, 1, 1);
            var name = g.Key.Level == RegionLevel.Province ? regions.FindProvince(g.Key, asOf)?.FullName : regions.FindRegency(g.Key, asOf)?.FullName;
            return new Group(g.Key.ToString(), name ?? g.Key.ToString(), [.. g.Select(x => x.Session.Id).Distinct()]);
        });
    }

    // A group new since the previous export has no previous file: its events start at SEQUENCE 0.
    private static string? Previous(string path) => File.Exists(path) ? InputFile.ReadText(path) : null;

    private static int CountEvents(string text)
    {
        var count = 0;
        for (var at = text.IndexOf("BEGIN:VEVENT", StringComparison.Ordinal); at >= 0; at = text.IndexOf("BEGIN:VEVENT", at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

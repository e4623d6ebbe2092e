using System.CommandLine;
using Bimtek.Cli.Rendering;
using Bimtek.Domain;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Cli.Commands;

/// <summary><c>bimtek calendar --year Y [--zone Z] [--json] [--lang id|en]</c>: a year's non-working days and the weekday working windows.</summary>
internal static class CalendarCommand
{
    public static Command Create(CliContext context)
    {
        var year = CommonOptions.Year();
        var zone = CommonOptions.Zone();
        var json = CommonOptions.Json();
        var lang = CommonOptions.Language();
        var command = new Command("calendar", "List a year's national holidays, collective leave, polling days and host closures, and the civil-service working hours.")
        {
            year, zone, json, lang,
        };
        command.SetAction(parsed =>
        {
            var calendar = context.Get<IWorkingCalendar>();
            var y = parsed.GetValue(year)!.Value;
            var tz = parsed.GetValue(zone) ?? IndonesianTimeZone.WIB.GetZone();
            if (!calendar.Covers(y))
            {
                throw new CliUsageException(new CalendarDataMissingException(y, calendar.CoveredYears).Message);
            }

            var period = new DateInterval(new LocalDate(y, 1, 1), new LocalDate(y, 12, 31));
            var view = new CalendarOutput.Year(
                y,
                tz,
                tz.GetLabel(period.Start),
                tz.GetUtcOffsetOn(period.Start),
                calendar.CoveredYears,
                calendar.GetDays(period),
                [.. calendar.HoursRules.Where(r => r.IsInForceDuring(period))],
                calendar.LessonHourLength);
            CalendarOutput.Write(context.Output, view, parsed.GetValue(json), parsed.GetValue(lang)!);
            return 0;
        });
        return command;
    }
}

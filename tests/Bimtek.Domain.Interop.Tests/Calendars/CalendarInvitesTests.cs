using System.Text;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Interop.Calendars;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Seeds;
using NodaTime;
using NodaTime.Testing;

namespace Bimtek.Domain.Interop.Tests.Calendars;

public class CalendarInvitesTests
{
    private static readonly RegionDirectory Regions = RegionDirectory.FromEmbeddedSeeds();
    private static readonly CentreDirectory Centres = CentreDirectory.FromEmbeddedSeeds(Regions);
    private static readonly Scheduling.Schedule Schedule = EmbeddedProgrammes.LoadAsRunSchedule("KEMENPERIN-2020-NEW-NORMAL");

    private static CalendarInvites Writer() => new(Centres, Regions, new FakeClock(Instant.FromUtc(2020, 6, 1, 3, 0)));

    [Fact]
    public void Write_SameScheduleAndClock_IsByteIdentical() =>
        Writer().Write(Schedule).Should().Be(Writer().Write(Schedule));

    [Fact]
    public void Write_ParsedBack_EveryEventIsADayOfTheScheduleAtTheRightInstant()
    {
        var text = Writer().Write(Schedule);

        var calendar = Ical.Net.Calendar.Load(text)!;
        var expected = Schedule.Sessions.SelectMany(s => s.Days.Select(d =>
        {
            var zone = Centres.GetCentre(s.Centre).TimeZone;
            var items = d.Items.Where(i => i.Kind is not (Scheduling.AgendaItemKind.Break or Scheduling.AgendaItemKind.Ishoma)).ToList();
            return ((d.Date + items.Min(i => i.Start)).InZoneStrictly(zone).ToInstant(), (d.Date + items.Max(i => i.End)).InZoneStrictly(zone).ToInstant());
        })).ToList();
        var actual = calendar.Events.Select(e => (Instant.FromDateTimeUtc(e.DtStart!.AsUtc), Instant.FromDateTimeUtc(e.DtEnd!.AsUtc))).ToList();

        actual.Should().Equal(expected);
        calendar.Events.Should().OnlyContain(e => e.DtStamp!.AsUtc == new DateTime(2020, 6, 1, 3, 0, 0, DateTimeKind.Utc) && e.Sequence == 0);
        calendar.TimeZones.Select(z => z.TzId).Should().BeEquivalentTo(Schedule.Sessions.Select(s => Centres.GetCentre(s.Centre).TimeZone.Id).Distinct());
    }

    [Fact]
    public void Write_FoldsLinesAt75OctetsWithCrlf()
    {
        var text = Writer().Write(Schedule, InviteGranularity.PerAgendaItem);

        text.Should().Contain("\r\n").And.NotMatchRegex("[^\r]\n");
        text.Split("\r\n").Should().OnlyContain(line => Encoding.UTF8.GetByteCount(line) <= 75);
        text.Should().Contain("BEGIN:VTIMEZONE").And.Contain("DTSTART;TZID=Asia/Makassar:20200615T");
    }

    [Fact]
    public void Write_Description_GivesTheTimesInEveryZoneOfTheClass()
    {
        // Surabaya served East Java (WIB) and three Kalimantan provinces (WITA) in June 2020.
        var calendar = Ical.Net.Calendar.Load(Writer().WriteSession(Schedule, "BDI-SBY-2020-06"))!;

        calendar.Events.First().Description.Should().MatchRegex(@"Mulai: (\d\d):00 WIB / \d\d:00 WITA\n");
        var start = calendar.Events.First().DtStart!.Value;
        calendar.Events.First().Description.Should().Contain($"Mulai: {start:HH:mm} WIB / {start.AddHours(1):HH:mm} WITA");
    }

    [Fact]
    public void Write_AgainstThePreviousExport_KeepsUidsAndRaisesSequenceOnlyWhereSomethingChanged()
    {
        var first = Writer().Write(Schedule);
        var firstUids = Ical.Net.Calendar.Load(first)!.Events.Select(e => e.Uid).ToList();
        var uidOfChanged = firstUids[0]!;
        // Pretend the first event was exported with another summary: it has changed since, the others have not.
        var tampered = first.Replace("SUMMARY:", "SUMMARY:x", StringComparison.Ordinal);
        var firstEventOnly = Ical.Net.Calendar.Load(first)!;

        var again = Ical.Net.Calendar.Load(Writer().Write(Schedule, previous: first))!;
        var afterChange = Ical.Net.Calendar.Load(Writer().Write(Schedule, previous: tampered))!;

        again.Events.Select(e => e.Uid).Should().Equal(firstUids);
        again.Events.Should().OnlyContain(e => e.Sequence == 0);
        afterChange.Events.Should().OnlyContain(e => e.Sequence == 1);
        afterChange.Events.Single(e => e.Uid == uidOfChanged).Sequence.Should().Be(1);
        firstEventOnly.Events.Should().HaveCount(firstUids.Count);
    }

    [Fact]
    public void WriteSessions_SomeSessions_GivesTheirEventsWithTheUidsOfTheWholeSchedule()
    {
        var ids = Schedule.Sessions.Take(2).Select(s => s.Id).ToList();

        var some = Ical.Net.Calendar.Load(Writer().WriteSessions(Schedule, ids))!.Events.Select(e => e.Uid).ToList();
        var all = Ical.Net.Calendar.Load(Writer().Write(Schedule))!.Events.Select(e => e.Uid).ToList();

        some.Should().HaveCount(Schedule.Sessions.Take(2).Sum(s => s.Days.Count)).And.OnlyContain(uid => all.Contains(uid));
    }

    [Fact]
    public void WriteSessions_UnknownSession_Throws() =>
        FluentActions.Invoking(() => Writer().WriteSessions(Schedule, ["NO-SUCH"])).Should().Throw<ArgumentException>().WithParameterName("sessionIds");
}

using System.Text.Json;
using Ical.Net;

namespace Bimtek.Cli.Tests;

public class InvitesCommandTests
{
    private static readonly string Schedule = Repository.File("seeds", "programmes", "kemenperin-2020-new-normal-as-run-schedule.json");

    [Fact]
    public void Invites_OneFile_HoldsAnEventPerSessionDayAndIsTheSameBytesTwice()
    {
        var folder = TempFolder();
        var first = Path.Combine(folder, "a.ics");
        var second = Path.Combine(folder, "b.ics");

        var (exit, output, error) = CliRunner.Run("invites", "--schedule", Schedule, "--out", first);
        CliRunner.Run("invites", "--schedule", Schedule, "--out", second).ExitCode.Should().Be(0);

        exit.Should().Be(0, error);
        output.Should().Contain("a.ics");
        var calendar = Calendar.Load(File.ReadAllText(first))!;
        var sessionDays = JsonDocument.Parse(File.ReadAllText(Schedule)).RootElement.GetProperty("sessions").EnumerateArray().Sum(s => s.GetProperty("days").GetArrayLength());
        calendar.Events.Should().HaveCount(sessionDays);
        calendar.Events.Should().OnlyContain(e => e.Sequence == 0 && e.DtStart!.TzId != null);
        File.ReadAllBytes(second).Should().Equal(File.ReadAllBytes(first));
    }

    [Fact]
    public void Invites_ByRegion_WritesACalendarPerKabupatenKotaWithTheSessionsUids()
    {
        var folder = Path.Combine(TempFolder(), "by-region");

        var json = CliRunner.Json("invites", "--schedule", Schedule, "--out", folder, "--by", "region", "--json");
        CliRunner.Run("invites", "--schedule", Schedule, "--out", Path.Combine(folder, "..", "by-session"), "--by", "session").ExitCode.Should().Be(0);

        var kudus = json.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("group").GetString() == "33.19");
        kudus.GetProperty("name").GetString().Should().Be("Kabupaten Kudus");
        var session = kudus.GetProperty("sessions").EnumerateArray().Should().ContainSingle().Subject.GetString()!;
        var regionUids = Uids(Path.Combine(folder, "33.19.ics"));
        var sessionUids = Uids(Path.Combine(folder, "..", "by-session", session + ".ics"));
        regionUids.Should().NotBeEmpty().And.BeEquivalentTo(sessionUids);
        Directory.GetFiles(folder, "*.ics").Should().HaveCount(json.GetProperty("files").GetArrayLength());
    }

    [Fact]
    public void Invites_PerItemWithThePreviousExport_KeepsSequenceOfUnchangedEvents()
    {
        var folder = TempFolder();
        var before = Path.Combine(folder, "before.ics");
        var after = Path.Combine(folder, "after.ics");
        CliRunner.Run("invites", "--schedule", Schedule, "--out", before, "--per", "item").ExitCode.Should().Be(0);

        var (exit, _, error) = CliRunner.Run("invites", "--schedule", Schedule, "--out", after, "--per", "item", "--previous", before);

        exit.Should().Be(0, error);
        Calendar.Load(File.ReadAllText(after))!.Events.Should().HaveCountGreaterThan(Calendar.Load(File.ReadAllText(Path.Combine(folder, "before.ics")))!.Events.Count - 1)
            .And.OnlyContain(e => e.Sequence == 0);
        File.ReadAllText(after).Should().Be(File.ReadAllText(before));
    }

    [Fact]
    public void Invites_PreviousThatIsNotACalendar_IsAUsageError()
    {
        var folder = TempFolder();
        var previous = Path.Combine(folder, "previous.ics");
        File.WriteAllText(previous, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:not a date\r\n");

        var (exit, _, error) = CliRunner.Run("invites", "--schedule", Schedule, "--out", Path.Combine(folder, "new.ics"), "--previous", previous);

        exit.Should().Be(2);
        error.Should().StartWith("bimtek: ");
    }

    [Theory]
    [InlineData("--by", "agency", "agency")]
    [InlineData("--per", "week", "week")]
    public void Invites_BadChoice_IsAUsageErrorNamingIt(string option, string value, string named)
    {
        var (exit, _, error) = CliRunner.Run("invites", "--schedule", Schedule, "--out", Path.Combine(TempFolder(), "x.ics"), option, value);

        exit.Should().Be(2);
        error.Should().Contain(named);
    }

    [Fact]
    public void Invites_IntoAMissingFolder_IsAUsageErrorNamingThePath()
    {
        var (exit, _, error) = CliRunner.Run("invites", "--schedule", Schedule, "--out", "no/such/folder/x.ics");

        exit.Should().Be(2);
        error.Should().Be("bimtek: cannot write no/such/folder/x.ics: no such directory" + Environment.NewLine);
    }

    private static HashSet<string> Uids(string path) => [.. Calendar.Load(File.ReadAllText(path))!.Events.Select(e => e.Uid!)];

    private static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bimtek-invites-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}

using Bimtek.Domain.Attendance;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Interop.Meetings;
using Bimtek.Domain.Regions;
using Bimtek.Domain.Seeds;
using FsCheck.Xunit;

namespace Bimtek.Domain.Interop.Tests.Meetings;

/// <summary>A platform writes rows in whatever order it likes: the attendance computed from them must not depend on it.</summary>
public class RowOrderPropertyTests
{
    private static readonly Lazy<(Scheduling.TrainingSession Session, Programmes.CompletionPolicy Completion, AttendanceCalculator Calculator)> Setting = new(() =>
    {
        var schedule = EmbeddedProgrammes.LoadAsRunSchedule("KEMENPERIN-2020-NEW-NORMAL");
        var session = schedule.Sessions.Single(s => s.Id == "BDI-YOG-2020-06").WithParticipants(Samples.Roster().Select(o => o.Nip));
        var calculator = new AttendanceCalculator(CentreDirectory.FromEmbeddedSeeds(RegionDirectory.FromEmbeddedSeeds()));
        return (session, schedule.Programme.CompletionPolicy, calculator);
    });

    [Property(MaxTest = 200)]
    public bool AnyOrderOfRows_GivesTheSameAttendance(int seed)
    {
        // The sample's day plus the same people on the second day, so rows of several days and rejoins are mixed.
        var sample = File.ReadAllLines(Samples.Path("zoom-classic.csv"));
        var lines = sample.Concat(sample.Skip(4).Select(l => l.Replace("06/18/2020", "06/19/2020", StringComparison.Ordinal))).ToArray();
        var rows = lines.Skip(4).ToArray();
        new Random(seed).Shuffle(rows);
        var shuffled = lines.Take(4).Concat(rows).ToArray();

        return Attendance(lines).SequenceEqual(Attendance(shuffled));
    }

    private static IEnumerable<string> Attendance(string[] lines)
    {
        var (session, completion, calculator) = Setting.Value;
        var report = MeetingExportReader.ReadText(string.Join('\n', lines), new MeetingReadOptions(Samples.Wib));
        var log = new IdentityResolver(Samples.Roster()).Resolve(report).ToAttendanceLog(session.Id);
        return calculator.Calculate(session, log, completion).Participants
            .OrderBy(p => p.Nip)
            .Select(p => $"{p.Nip.ToUnmaskedString()} {p.AttendedJp} {string.Join(',', p.Statuses)}");
    }
}

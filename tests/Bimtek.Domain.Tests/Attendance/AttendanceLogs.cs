using Bimtek.Domain.Attendance;
using Bimtek.Domain.Common;
using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using NodaTime;

namespace Bimtek.Domain.Tests.Attendance;

/// <summary>Meeting logs for the attendance tests, written in WIB times of Monday 8 June 2020 (session S1's day).</summary>
internal static class AttendanceLogs
{
    /// <summary>The calculator over the reference centres, shared by the attendance tests.</summary>
    public static readonly AttendanceCalculator Calculator = new(Reference.Bdi);

    /// <summary>Session S1: the builder's standard Monday at BDI Yogyakarta (WIB), meeting 08:00–15:00.</summary>
    public static readonly TrainingSession S1 = new SessionBuilder().Build();

    public static readonly Nip Amir = People.Nip(1);
    public static readonly Nip Budi = People.Nip(2);

    public static Instant Wib(string time) =>
        CalendarReference.Monday.At(NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(time).Value)
            .InZoneStrictly(CalendarReference.Jakarta).ToInstant();

    /// <summary>Rows of session S1.</summary>
    public static AttendanceLog Log(params (Nip Nip, string Join, string? Leave)[] rows) =>
        Sessions([.. rows.Select(r => ("S1", r.Nip, r.Join, r.Leave))]);

    /// <summary>Rows of any sessions, grouped by the log in order of first appearance.</summary>
    public static AttendanceLog Sessions(params (string Session, Nip Nip, string Join, string? Leave)[] rows)
    {
        var builder = new AttendanceLogBuilder();
        foreach (var (session, nip, join, leave) in rows)
        {
            builder.Add(new AttendanceLogEntry(nip, session, Wib(join), leave is null ? null : Wib(leave))).Should().BeTrue();
        }

        return builder.Build();
    }

    /// <summary>Rows of session S1 at exact instants.</summary>
    public static AttendanceLog LogAt(params (Nip Nip, Instant Join, Instant? Leave)[] rows)
    {
        var builder = new AttendanceLogBuilder();
        foreach (var (nip, join, leave) in rows)
        {
            builder.Add(new AttendanceLogEntry(nip, "S1", join, leave)).Should().BeTrue();
        }

        return builder.Build();
    }
}

using NodaTime;
using NodaTime.Testing;

namespace Bimtek.Domain.Testing;

/// <summary>
/// Where a test starts: each method returns a builder whose value breaks no rule until the test bends it, e.g.
/// <c>A.Schedule().With(A.Session().At("BDI-SBY").For("35")).Build()</c>.
/// </summary>
public static class A
{
    /// <summary>A programme (<see cref="ProgrammeBuilder"/>): TEST-2020, phases p1 and p2, modules M1 and M2.</summary>
    /// <returns>A new builder.</returns>
    public static ProgrammeBuilder Programme() => new();

    /// <summary>A training session (<see cref="SessionBuilder"/>): S1 at BDI Yogyakarta on Monday 8 June 2020.</summary>
    /// <returns>A new builder.</returns>
    public static SessionBuilder Session() => new();

    /// <summary>A session with an id, otherwise <see cref="Session()"/>.</summary>
    /// <param name="id">The session id.</param>
    /// <returns>A new builder.</returns>
    public static SessionBuilder Session(string id) => new SessionBuilder().WithId(id);

    /// <summary>A schedule (<see cref="ScheduleBuilder"/>) of the <see cref="Programme"/>, with no session yet.</summary>
    /// <returns>A new builder.</returns>
    public static ScheduleBuilder Schedule() => new();

    /// <summary>A roster for attendance (<see cref="RosterBuilder"/>).</summary>
    /// <returns>A new builder.</returns>
    public static RosterBuilder Roster() => new();

    /// <summary>A virtual meeting's join/leave log (<see cref="MeetingLogBuilder"/>).</summary>
    /// <returns>A new builder.</returns>
    public static MeetingLogBuilder MeetingLog() => new();

    /// <summary>A working calendar to shape (<see cref="CalendarBuilder"/>).</summary>
    /// <returns>A new builder.</returns>
    public static CalendarBuilder Calendar() => new();

    /// <summary>A centre directory to shape (<see cref="CentreDirectoryBuilder"/>).</summary>
    /// <returns>A new builder.</returns>
    public static CentreDirectoryBuilder CentreDirectory() => new();

    /// <summary>A <see cref="FakeClock"/> (NodaTime.Testing) at a local time in WIB (Asia/Jakarta), for services that take an <see cref="IClock"/>.</summary>
    /// <param name="date">The local date.</param>
    /// <param name="time">The local time; <see langword="null"/>: 08:00.</param>
    /// <returns>A new clock, standing still until the test advances it.</returns>
    public static FakeClock Clock(LocalDate date, LocalTime? time = null) =>
        new(date.At(time ?? new LocalTime(8, 0)).InZoneStrictly(CalendarReference.Jakarta).ToInstant());
}

using Bimtek.Domain.Attendance;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Testing;
using static Bimtek.Domain.Tests.Attendance.AttendanceLogs;

namespace Bimtek.Domain.Tests.Attendance;

// What a log line or a debugger shows: the figures, never an unmasked NIP.
public class AttendanceTextTests
{

    [Fact]
    public void AgendaSlot_ToString_ReadsDayTimesModuleOrKindAndJp()
    {
        var slots = Calculator.Calculate(S1, Log(), CompletionPolicy.Default).Slots;

        slots[2].ToString().Should().Be("2020-06-08 09:00–10:30 M1 (2 JP)");
        slots[0].ToString().Should().Be("2020-06-08 08:00–08:30 Opening (0 JP)");
    }

    [Fact]
    public void ParticipantAttendance_ToString_ReadsMaskedNipJpAndPercent()
    {
        var amir = People.Nip(1);
        var result = Calculator.Calculate(S1, Log((amir, "09:00", "10:30")), CompletionPolicy.Default);

        result.Find(amir)!.ToString().Should().Be($"{amir.ToMaskedString()}: 2 JP of 4 JP (50 %)");
        result.ToString().Should().Be("S1: 1 participant(s), 5 slot(s)");
    }

    [Fact]
    public void ParticipantAttendance_ToString_WhenNoJpApplies_ShowsADash()
    {
        var amir = People.Nip(1);
        var result = Calculator.Calculate(S1, Log(), CompletionPolicy.Default, [new RosterEntry(amir, Wib("14:45"))]);

        result.Find(amir)!.ToString().Should().Be($"{amir.ToMaskedString()}: 0 JP of 0 JP (- %)");
    }

    [Fact]
    public void AttendanceLog_AndPolicy_ToString_ReadTheirFigures()
    {
        var amir = People.Nip(1);

        Sessions(("S1", amir, "09:00", "10:00"), ("S2", amir, "09:00", null), ("S1", amir, "13:00", null)).ToString().Should().Be("3 row(s) in 2 session(s)");
        AttendancePolicy.Default.ToString().Should().Be("≥ 80 % of each item");
    }
}

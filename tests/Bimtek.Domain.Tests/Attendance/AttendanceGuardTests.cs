using Bimtek.Domain.Attendance;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Testing;
using NodaTime;
using static Bimtek.Domain.Tests.Attendance.AttendanceLogs;

namespace Bimtek.Domain.Tests.Attendance;

// Misuse is refused with an ArgumentException naming the argument, and a message that says what is wrong without
// echoing a NIP.
public class AttendanceGuardTests
{

    [Fact]
    public void AttendanceCalculator_WithoutCentres_Throws() =>
        ((Action)(() => _ = new AttendanceCalculator(null!))).Should().Throw<ArgumentNullException>().WithParameterName("centres");

    [Fact]
    public void Calculate_WithoutASessionALogOrAPolicy_NamesTheMissingArgument()
    {
        ((Action)(() => Calculator.Calculate(null!, Log(), CompletionPolicy.Default))).Should().Throw<ArgumentNullException>().WithParameterName("session");
        ((Action)(() => Calculator.Calculate(S1, null!, CompletionPolicy.Default))).Should().Throw<ArgumentNullException>().WithParameterName("log");
        ((Action)(() => Calculator.Calculate(S1, Log(), null!))).Should().Throw<ArgumentNullException>().WithParameterName("completion");
    }

    [Fact]
    public void Calculate_WhenTheCentreIsUnknown_NamesTheCentre() =>
        ((Action)(() => Calculator.Calculate(new SessionBuilder().At("BDI-XXX").Build(), Log(), CompletionPolicy.Default)))
            .Should().Throw<ArgumentException>().WithParameterName("session").WithMessage("*BDI-XXX*");

    [Fact]
    public void AttendanceLog_WithoutASessionId_Throws()
    {
        var log = Log((Amir, "09:00", "10:00"));

        ((Action)(() => log.CountFor(null!))).Should().Throw<ArgumentNullException>().WithParameterName("sessionId");
        ((Action)(() => log.FindUnknownSessions(null!))).Should().Throw<ArgumentNullException>().WithParameterName("knownSessionIds");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(100.01)]
    public void AttendancePolicy_OutsideZeroExclusiveToHundred_Throws(double share) =>
        ((Action)(() => _ = new AttendancePolicy((decimal)share))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("minimumSharePercent").WithMessage("*100*");

    [Fact]
    public void Calculate_WhenARosterEntryHasTheDefaultNip_Throws() =>
        ((Action)(() => Calculator.Calculate(S1, Log(), CompletionPolicy.Default, [new RosterEntry(Amir), new RosterEntry(default)])))
            .Should().Throw<ArgumentException>().WithParameterName("roster").WithMessage("*NIP*");

    [Fact]
    public void Calculate_WhenSomeoneIsOnTheRosterTwice_NamesThemMasked()
    {
        var thrown = ((Action)(() => Calculator.Calculate(S1, Log(), CompletionPolicy.Default, [new RosterEntry(Amir), new RosterEntry(Amir)])))
            .Should().Throw<ArgumentException>().WithParameterName("roster").Which;

        thrown.Message.Should().Contain(Amir.ToMaskedString()).And.NotContain(Amir.ToUnmaskedString());
    }

    [Fact]
    public void Calculate_WhenAMarkIsNoAttendanceMarkValue_NamesItsParticipantMasked()
    {
        ManualMark[] marks = [new(Amir, CalendarReference.Monday, new LocalTime(9, 0), (AttendanceMark)42)];

        var thrown = ((Action)(() => Calculator.Calculate(S1, Log(), CompletionPolicy.Default, marks: marks)))
            .Should().Throw<ArgumentException>().WithParameterName("marks").Which;

        thrown.Message.Should().Contain(Amir.ToMaskedString()).And.Contain(nameof(AttendanceMark)).And.NotContain(Amir.ToUnmaskedString());
    }

    [Fact]
    public void StatusOf_AnItemBeyondThisSessionsSlots_NamesTheSlot()
    {
        var twoDays = new SessionBuilder().WithDays(
            SessionBuilder.Day(CalendarReference.Monday, SessionBuilder.StandardAgenda()),
            SessionBuilder.Day(CalendarReference.Monday.PlusDays(1), SessionBuilder.StandardAgenda())).Build();
        var other = Calculator.Calculate(twoDays, Log((Amir, "08:00", "15:00")), CompletionPolicy.Default);
        var amir = Calculator.Calculate(S1, Log((Amir, "08:00", "15:00")), CompletionPolicy.Default).Find(Amir)!;

        ((Action)(() => amir.StatusOf(other.Slots[5]))).Should().ThrowExactly<ArgumentException>().WithParameterName("slot").WithMessage("*agenda item*");
        ((Action)(() => amir.PresentDuring(null!))).Should().Throw<ArgumentNullException>().WithParameterName("slot");
    }

    [Fact]
    public void RosterEntryFrom_WithoutARoster_Throws() =>
        ((Action)(() => RosterEntry.From(null!))).Should().Throw<ArgumentNullException>().WithParameterName("roster");
}

using Bimtek.Domain.Common;
using FluentValidation;
using static Bimtek.Domain.Attendance.AttendanceRuleCodes;

namespace Bimtek.Domain.Attendance;

/// <summary>The attendance rule catalogue: code, severity and messages in Indonesian and English.</summary>
public static class AttendanceRules
{
    private static readonly RuleBook Book = new(
        "Attendance",
        [
            new(RowInvalid, Severity.Error, "Baris {Line}: kolom {Field} tidak valid ({Reason}); baris dilewati.", "Line {Line}: field {Field} is invalid ({Reason}); the row is skipped."),
            new(LeaveBeforeJoin, Severity.Error, "Baris {Line}: peserta {Participant} keluar ({Leave}) sebelum bergabung ({Join}); baris dilewati.", "Line {Line}: participant {Participant} leaves ({Leave}) before joining ({Join}); the row is skipped."),
            new(UnknownSession, Severity.Warning, "{Rows} baris log menyebut sesi {Session} yang tidak ada dalam jadwal; diabaikan.", "{Rows} log row(s) name session {Session}, which the schedule does not have; they are ignored."),
            new(NotOnRoster, Severity.Warning, "{Rows} baris log peserta {Participant} pada sesi {Session}, yang tidak terdaftar; diabaikan.", "{Rows} log row(s) of participant {Participant} in session {Session}, who is not on its roster; they are ignored."),
            new(EventsOutsideSession, Severity.Info, "Sesi {Session}: {Rows} kejadian log seluruhnya di luar waktu pertemuan; diabaikan.", "Session {Session}: {Rows} log event(s) fall wholly outside its meetings; they are ignored."),
            new(LeaveMissing, Severity.Info, "Sesi {Session}: {Rows} kejadian log tanpa waktu keluar ditutup pada akhir pertemuan hari itu.", "Session {Session}: {Rows} log event(s) without a leave were closed at the end of that day's meeting."),
            new(MarkForUnknownItem, Severity.Error, "Sesi {Session}: tanda kehadiran manual peserta {Participant} untuk {Date} {Start} tidak cocok dengan agenda mana pun; diabaikan.", "Session {Session}: the manual mark of participant {Participant} for {Date} {Start} matches no agenda item; it is ignored."),
            new(BelowMinimum, Severity.Warning, "Peserta {Participant} hadir {AttendedJp} dari {ApplicableJp} JP ({Percent}%) pada sesi {Session}, di bawah batas {Minimum}%.", "Participant {Participant} attended {AttendedJp} of {ApplicableJp} JP ({Percent}%) in session {Session}, below the required {Minimum}%."),
        ]);

    /// <summary>Gets every attendance rule, ordered by code.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Book.All;

    /// <summary>Gets a rule by code.</summary>
    /// <param name="code">A code from <see cref="AttendanceRuleCodes"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">No attendance rule has that code.</exception>
    public static RuleDescriptor Get(string code) => Book.Get(code);

    internal static RuleViolation Violation(string code, params (string Name, object? Value)[] details) => Book.Violation(code, details);
}

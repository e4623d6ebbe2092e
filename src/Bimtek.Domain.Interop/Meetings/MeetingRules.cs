using Bimtek.Domain.Common;
using Bimtek.Domain.Interop.Common;
using FluentValidation;
using static Bimtek.Domain.Interop.Meetings.MeetingRuleCodes;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>The meeting-export rule catalogue: code, severity and messages in Indonesian and English.</summary>
public static class MeetingRules
{
    private static readonly InteropRuleBook Book = new(
        "Meetings",
        new(UnknownLayout, Severity.Error, "{Where}: tata letak ekspor tidak dikenal ({Reason}). Yang dikenal: {Layouts}.", "{Where}: unknown export layout ({Reason}). Known layouts: {Layouts}."),
        new(UniqueUsersLayout, Severity.Error, "{Where}: ini laporan Zoom \"pengguna unik\" (hanya total durasi per orang, tanpa waktu bergabung/keluar). Ekspor ulang laporan peserta dengan \"Tampilkan pengguna unik\" tidak dicentang.", "{Where}: this is a Zoom \"unique users\" report (one total per person, no join or leave). Export the participants report again with \"Show unique users\" unticked."),
        new(DateOrderAmbiguous, Severity.Error, "{Where}: semua tanggal ({Dates}) terbaca hari-bulan maupun bulan-hari; sebutkan urutannya (dmy atau mdy).", "{Where}: every date ({Dates}) reads both day-first and month-first; give the order (dmy or mdy)."),
        new(MeetingDateMissing, Severity.Error, "{Where}: laporan Google Meet hanya memuat jam; sebutkan tanggal pertemuan.", "{Where}: a Google Meet report gives times of day only; give the meeting's date."),
        new(FieldInvalid, Severity.Error, "{Where}: kolom {Field} tidak valid ({Reason}); baris dilewati.", "{Where}: field {Field} is invalid ({Reason}); the row is skipped."),
        new(LeaveBeforeJoin, Severity.Error, "{Where}: waktu keluar ({Leave}) sebelum waktu bergabung ({Join}); baris dilewati.", "{Where}: the leave ({Leave}) is before the join ({Join}); the row is skipped."),
        new(DurationMismatch, Severity.Warning, "{Where}: durasi tercatat {Reported} menit, selang bergabung–keluar {Computed} menit; selang yang dipakai.", "{Where}: the reported duration is {Reported} min but the join–leave interval is {Computed} min; the interval is used."),
        new(OutsideMeeting, Severity.Warning, "{Where}: baris seluruhnya di luar pertemuan ({Start} – {End}).", "{Where}: the row lies wholly outside the meeting ({Start} – {End})."),
        new(WaitingRoomExcluded, Severity.Info, "{Rows} baris di ruang tunggu bukan kehadiran; tidak dihitung.", "{Rows} waiting-room row(s) are not presence; they are left out."),
        new(ContinuityAssumed, Severity.Info, "{Where}: laporan hanya memuat bergabung pertama dan keluar terakhir; kehadiran di antaranya dianggap terus-menerus ({Rows} baris).", "{Where}: the report gives only first join and last exit; presence between them is assumed continuous ({Rows} row(s))."),
        new(Unresolved, Severity.Warning, "{Where}: tidak cocok dengan peserta terdaftar mana pun ({Reason}).", "{Where}: matches no enrolled official ({Reason})."),
        new(Ambiguous, Severity.Warning, "{Where}: cocok dengan {Count} peserta terdaftar melalui {Step}; tidak ditebak.", "{Where}: matches {Count} enrolled officials by {Step}; not guessed."));

    /// <summary>Gets every meeting rule, ordered by code.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Book.All;

    /// <summary>Gets a rule by code.</summary>
    /// <param name="code">A code from <see cref="MeetingRuleCodes"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">No meeting rule has that code.</exception>
    public static RuleDescriptor Get(string code) => Book.Get(code);

    internal static RuleViolation Violation(string code, params (string Name, object? Value)[] details) => Book.Violation(code, details);
}

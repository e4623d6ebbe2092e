using Bimtek.Domain.Common;
using FluentValidation;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;

namespace Bimtek.Domain.Scheduling;

/// <summary>The scheduling rule catalogue: code, severity and messages in Indonesian and English, public and enumerable.</summary>
public static class ScheduleRules
{
    private static readonly RuleBook Book = new(
        "Scheduling",
        [
            new(OutsideWorkingHours, Severity.Error, "Sesi {Session}: {Item} pada {Date} berlangsung {LocalStart}–{LocalEnd} {Zone}, di luar jam kerja ({WorkingHours}).", "Session {Session}: {Item} on {Date} runs {LocalStart}–{LocalEnd} {Zone}, outside working hours ({WorkingHours})."),
            new(NonWorkingDay, Severity.Error, "Sesi {Session}: {Item} jatuh pada {Date} di {Zone}, hari tidak bekerja ({Reason}).", "Session {Session}: {Item} falls on {Date} in {Zone}, a non-working day ({Reason})."),
            new(CalendarDataMissing, Severity.Error, "Sesi {Session}: tidak ada data hari libur untuk tahun {Year}; hari kerja pada {Date} tidak dapat diperiksa.", "Session {Session}: there is no holiday data for {Year}, so {Date} cannot be checked as a working day."),
            new(FridayPrayerBreak, Severity.Error, "Sesi {Session}: {Item} pada hari Jumat {Date} ({LocalStart}–{LocalEnd} {Zone}) memotong istirahat salat Jumat {Break}.", "Session {Session}: {Item} on Friday {Date} ({LocalStart}–{LocalEnd} {Zone}) overlaps the Friday prayer break {Break}."),
            new(ClassDailyJpExceeded, Severity.Error, "Sesi {Session}: {Jp} JP pada {Date}, melebihi batas {Max} JP per hari.", "Session {Session}: {Jp} JP on {Date}, more than the limit of {Max} JP a day."),
            new(InstructorDailyJpExceeded, Severity.Error, "Pengajar {Instructor} mengajar {Jp} JP pada {Date}, melebihi batas {Max} JP per hari.", "Instructor {Instructor} teaches {Jp} JP on {Date}, more than the limit of {Max} JP a day."),
            new(ModuleJpMismatch, Severity.Error, "Sesi {Session} menyampaikan {Delivered} JP mata pelatihan {Module}; kurikulum menetapkan {Required} JP.", "Session {Session} delivers {Delivered} JP of module {Module}; the curriculum sets {Required} JP."),
            new(UnknownModule, Severity.Error, "Sesi {Session}: mata pelatihan {Module} tidak ada dalam kurikulum.", "Session {Session}: module {Module} is not in the curriculum."),
            new(PreTestNotFirst, Severity.Error, "Sesi {Session}: pre-test ({Date} {LocalStart}) tidak mendahului semua pengajaran.", "Session {Session}: the pre-test ({Date} {LocalStart}) does not come before all teaching."),
            new(PostTestNotLast, Severity.Error, "Sesi {Session}: post-test ({Date} {LocalStart}) tidak didahului oleh semua pengajaran.", "Session {Session}: the post-test ({Date} {LocalStart}) does not come after all teaching."),
            new(AgendaItemsOverlap, Severity.Error, "Sesi {Session}: {Item} dan {OtherItem} pada {Date} saling tumpang tindih.", "Session {Session}: {Item} and {OtherItem} on {Date} overlap."),
            new(InstructorDoubleBooked, Severity.Error, "Pengajar {Instructor} dijadwalkan bersamaan di sesi {Session} ({Start}) dan sesi {OtherSession} ({OtherStart}); {Count} kegiatan bertumpang tindih: sesi {Sessions}.", "Instructor {Instructor} is booked at once in session {Session} ({Start}) and session {OtherSession} ({OtherStart}); {Count} items overlap: sessions {Sessions}."),
            new(InstructorUnavailable, Severity.Error, "Pengajar {Instructor} tidak tersedia untuk {Item} sesi {Session} ({Start}–{End}).", "Instructor {Instructor} is not available for {Item} of session {Session} ({Start}–{End})."),
            new(InstructorNotCompetent, Severity.Error, "Pengajar {Instructor} tidak kompeten untuk mata pelatihan {Module} (sesi {Session}).", "Instructor {Instructor} is not competent for module {Module} (session {Session})."),
            new(UnknownInstructor, Severity.Error, "Sesi {Session}: pengajar {Instructor} tidak terdaftar dalam jadwal.", "Session {Session}: instructor {Instructor} is not listed in the schedule."),
            new(PlatformRoomsExceeded, Severity.Error, "{Centre} menjalankan {Parallel} kelas virtual bersamaan pada {Start} ({Sessions}), melebihi {Rooms} ruang platform.", "{Centre} runs {Parallel} virtual classes at once at {Start} ({Sessions}), more than its {Rooms} platform room(s)."),
            new(RoomDoubleBooked, Severity.Error, "Ruang {Room} di {Venue} dipakai bersamaan oleh sesi {Session} dan {OtherSession} ({Start}).", "Room {Room} at {Venue} is used at once by sessions {Session} and {OtherSession} ({Start})."),
            new(ParticipantDoubleBooked, Severity.Error, "Peserta {Participant} terdaftar pada sesi {Session} dan {OtherSession} yang waktunya bertumpang tindih ({Start}).", "Participant {Participant} is enrolled in sessions {Session} and {OtherSession}, which overlap ({Start})."),
            new(RegionDoubleBooked, Severity.Error, "Daerah {Region} diundang ke sesi {Session} dan {OtherSession} yang waktunya bertumpang tindih ({Start}).", "Region {Region} is invited to sessions {Session} and {OtherSession}, which overlap ({Start})."),
            new(RegionAssignedTwice, Severity.Error, "Daerah {Region} diundang lebih dari sekali pada tahap {Phase}: sesi {Session} dan {OtherSession}.", "Region {Region} is invited more than once in phase {Phase}: sessions {Session} and {OtherSession}."),
            new(ClassOverCapacity, Severity.Error, "Sesi {Session}: {Participants} peserta melebihi kapasitas {Capacity} ({Limit}).", "Session {Session}: {Participants} participants exceed the capacity of {Capacity} ({Limit})."),
            new(OutsidePhaseWindow, Severity.Error, "Sesi {Session}: {Date} berada di luar rentang tahap {Phase} ({PhaseStart} s.d. {PhaseEnd}).", "Session {Session}: {Date} lies outside the window of phase {Phase} ({PhaseStart} to {PhaseEnd})."),
            new(BeforePrerequisiteEnded, Severity.Error, "Sesi {Session} dimulai {Date}, sebelum tahap prasyarat {Prerequisite} berakhir ({PrerequisiteEnd}).", "Session {Session} starts on {Date}, before the prerequisite phase {Prerequisite} has ended ({PrerequisiteEnd})."),
            new(UnknownPhase, Severity.Error, "Sesi {Session}: tahap {Phase} tidak ada dalam program.", "Session {Session}: phase {Phase} is not in the programme."),
            new(UnknownCentre, Severity.Error, "Sesi {Session}: balai {Centre} tidak dikenal.", "Session {Session}: centre {Centre} is not known."),
            new(UnknownRegion, Severity.Error, "Sesi {Session}: daerah {Region} tidak berlaku pada {Date} atau bukan sasaran tahap {Phase}.", "Session {Session}: region {Region} was not in force on {Date} or is not a target of phase {Phase}."),
            new(WrongCentre, Severity.Error, "Daerah {Region} mengikuti sesi {Session} di {Centre}, padahal dilayani {ServingCentre} pada {Date}.", "Region {Region} attends session {Session} at {Centre}, but {ServingCentre} serves it on {Date}."),
            new(RegionNotCovered, Severity.Error, "Tahap {Phase}: {Count} daerah sasaran belum dijadwalkan: {Regions}.", "Phase {Phase}: {Count} target region(s) are in no session: {Regions}."),
            new(SessionWithoutDays, Severity.Error, "Sesi {Session} tidak memiliki hari atau agenda.", "Session {Session} has no day or agenda."),
        ]);

    /// <summary>Gets every scheduling rule, ordered by code.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Book.All;

    /// <summary>Gets a rule by code.</summary>
    /// <param name="code">A code from <see cref="ScheduleRuleCodes"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">No scheduling rule has that code.</exception>
    public static RuleDescriptor Get(string code) => Book.Get(code);
}

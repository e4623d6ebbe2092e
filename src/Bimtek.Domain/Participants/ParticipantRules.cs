using Bimtek.Domain.Common;
using FluentValidation;
using static Bimtek.Domain.Participants.ParticipantRuleCodes;

namespace Bimtek.Domain.Participants;

/// <summary>The nomination, eligibility and enrolment rule catalogue: code, severity and messages in Indonesian and English.</summary>
public static class ParticipantRules
{
    private static readonly RuleBook Book = new(
        "Participants",
        [
            new(PositionNotInAudience, Severity.Error, "Peserta {Participant}: jabatan {Kind} bukan sasaran tahap {Phase} ({Audience}).", "Nominee {Participant}: position kind {Kind} is not in the audience of phase {Phase} ({Audience})."),
            new(AgencyLevelMismatch, Severity.Error, "Peserta {Participant}: instansi tingkat {AgencyLevel} tidak sesuai dengan tahap {Phase}, yang menyasar daerah tingkat {TargetLevel}.", "Nominee {Participant}: an agency of level {AgencyLevel} does not fit phase {Phase}, which targets {TargetLevel} regions."),
            new(RegionNotInForce, Severity.Error, "Peserta {Participant}: daerah instansi {Region} tidak berlaku pada {Date}.", "Nominee {Participant}: the agency's region {Region} was not in force on {Date}."),
            new(RegionNotInvited, Severity.Error, "Peserta {Participant}: daerah {Region} tidak diundang ke sesi {Session}.", "Nominee {Participant}: region {Region} is not invited to session {Session}."),
            new(RegionNotServedByCentre, Severity.Error, "Peserta {Participant}: daerah {Region} dilayani {ServingCentre} pada {Date}, bukan {Centre} yang menyelenggarakan sesi {Session}.", "Nominee {Participant}: region {Region} is served by {ServingCentre} on {Date}, not by {Centre}, which runs session {Session}."),
            new(AlreadyEnrolledInPhase, Severity.Error, "Peserta {Participant} sudah terdaftar pada sesi {OtherSession} di tahap {Phase}.", "Nominee {Participant} is already enrolled in session {OtherSession} of phase {Phase}."),
            new(NominatorNotResponsible, Severity.Error, "Peserta {Participant}: instansi pengusul ({Nominator}) bukan instansi peserta maupun instansi provinsinya.", "Nominee {Participant}: the nominating agency ({Nominator}) is neither the nominee's agency nor its provincial agency."),
            new(NominationForOtherSession, Severity.Error, "Usulan untuk sesi {NominatedSession} tidak dapat didaftarkan ke sesi {Session}.", "A nomination for session {NominatedSession} cannot be enrolled in session {Session}."),
            new(AlreadyInSession, Severity.Error, "Peserta {Participant} sudah ada dalam daftar sesi {Session} ({Status}).", "Participant {Participant} is already on the roster of session {Session} ({Status})."),
            new(SessionFull, Severity.Warning, "Sesi {Session} penuh ({Capacity} kursi): peserta {Participant} masuk daftar tunggu pada urutan {Position}.", "Session {Session} is full ({Capacity} seats): participant {Participant} is waitlisted at position {Position}."),
            new(ProvinceQuotaFull, Severity.Warning, "Kuota provinsi {Province} pada sesi {Session} ({Quota} kursi) penuh: peserta {Participant} masuk daftar tunggu pada urutan {Position}.", "The quota of province {Province} in session {Session} ({Quota} seats) is taken: participant {Participant} is waitlisted at position {Position}."),
            new(CancellationAfterCutOff, Severity.Error, "Pendaftaran peserta {Participant} pada sesi {Session} tidak dapat dibatalkan setelah batas {CutOff}.", "The enrolment of participant {Participant} in session {Session} cannot be cancelled after the cut-off {CutOff}."),
            new(TransitionNotAllowed, Severity.Error, "Peserta {Participant} pada sesi {Session} berstatus {From}; tidak dapat menjadi {To}.", "Participant {Participant} in session {Session} is {From}; they cannot become {To}."),
            new(NotInSession, Severity.Error, "Peserta {Participant} tidak ada dalam daftar sesi {Session}.", "Participant {Participant} is not on the roster of session {Session}."),
        ]);

    /// <summary>Gets every participant rule, ordered by code.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Book.All;

    /// <summary>Gets a rule by code.</summary>
    /// <param name="code">A code from <see cref="ParticipantRuleCodes"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">No participant rule has that code.</exception>
    public static RuleDescriptor Get(string code) => Book.Get(code);

    /// <summary>Creates a violation of rule <paramref name="code"/> with its details.</summary>
    internal static RuleViolation Violation(string code, params (string Name, object? Value)[] details) => Book.Violation(code, details);
}

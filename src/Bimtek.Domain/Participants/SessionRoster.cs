using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Participants.ParticipantRuleCodes;

namespace Bimtek.Domain.Participants;

/// <summary>
/// The roster of one training session: who holds a seat, who waits, and the guarded moves between them (enrol,
/// waitlist, cancel before the cut-off, withdraw, promote when a seat frees).
/// </summary>
/// <remarks>
/// <para>Seats are taken in order of arrival while free; a participant whose province has used its quota, or who finds
/// every seat taken, is waitlisted (a warning, <see cref="ParticipantRuleCodes.ProvinceQuotaFull"/> or
/// <see cref="ParticipantRuleCodes.SessionFull"/>). When a seat frees, the first waitlisted participant, in the order of
/// <see cref="EnrolmentSettings.WaitlistPolicy"/>, whose province still has quota takes it.</para>
/// <para>Operations take the current instant (<c>now</c>) from the caller (<see cref="EnrolmentDesk"/> reads an
/// <c>IClock</c>). Not thread-safe: a host serialises changes to one roster.</para>
/// </remarks>
public sealed class SessionRoster
{
    private readonly List<Enrolment> _entries = [];
    private readonly Dictionary<Nip, Enrolment> _byNip = [];
    private readonly List<RosterMove> _moves = [];
    private long _arrivals;

    /// <summary>Creates an empty roster.</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="sessionStart">When the session starts (its first agenda item).</param>
    /// <param name="settings">Seats, waitlist order, quotas and the cut-off.</param>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is <see langword="null"/>.</exception>
    public SessionRoster(string sessionId, Instant sessionStart, EnrolmentSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        ArgumentNullException.ThrowIfNull(settings);
        SessionId = sessionId;
        SessionStart = sessionStart;
        Settings = settings;
    }

    /// <summary>
    /// Recreates a roster as it was stored (a host's persistence reading it back): its entries in order of arrival,
    /// each made by <see cref="Enrolment.Restore"/>. The roster then behaves exactly as the one that was saved.
    /// </summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="sessionStart">When the session starts.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="entries">Every entry ever made, in order of arrival.</param>
    /// <returns>The roster.</returns>
    /// <exception cref="ArgumentException">An entry is for another session, a participant is enrolled or waitlisted
    /// twice, or more are enrolled than there are seats (the message masks NIPs).</exception>
    public static SessionRoster Restore(string sessionId, Instant sessionStart, EnrolmentSettings settings, IEnumerable<Enrolment> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var roster = new SessionRoster(sessionId, sessionStart, settings);
        foreach (var stored in entries)
        {
            ArgumentNullException.ThrowIfNull(stored, nameof(entries));
            if (!string.Equals(stored.Nomination.SessionId, sessionId, StringComparison.Ordinal))
            {
                throw new ArgumentException($"An entry is for session {stored.Nomination.SessionId}, not {sessionId}.", nameof(entries));
            }

            var nip = stored.Participant.Nip;
            if (roster._byNip.TryGetValue(nip, out var earlier) && IsActive(earlier) && IsActive(stored))
            {
                throw new ArgumentException($"Participant {nip.ToMaskedString()} holds two active entries on session {sessionId}.", nameof(entries));
            }

            var entry = stored.OnRoster(roster._arrivals++);
            roster._entries.Add(entry);
            if (!roster._byNip.TryGetValue(nip, out var current) || !IsActive(current))
            {
                roster._byNip[nip] = entry;
            }
        }

        if (roster.FreeSeats < 0)
        {
            throw new ArgumentException($"Session {sessionId} has {settings.Capacity} seat(s) but {roster.CountEnrolled(null)} enrolled entries.", nameof(entries));
        }

        return roster;

        static bool IsActive(Enrolment e) => e.Status is EnrolmentStatus.Enrolled or EnrolmentStatus.Waitlisted;
    }

    /// <summary>Gets the session's id.</summary>
    public string SessionId { get; }

    /// <summary>Gets when the session starts.</summary>
    public Instant SessionStart { get; }

    /// <summary>Gets the settings.</summary>
    public EnrolmentSettings Settings { get; }

    /// <summary>Gets the last instant a cancellation is accepted (inclusive): the start minus the cut-off.</summary>
    public Instant CancellationDeadline => SessionStart - Settings.CancellationCutOff;

    /// <summary>Gets every entry ever made, in order of arrival, whatever its status.</summary>
    public IReadOnlyList<Enrolment> Entries => _entries.AsReadOnly();

    /// <summary>
    /// Gets every status an entry reached on this roster object, in the order it happened: an entry's arrival (enrolled or
    /// waitlisted) and each later move (cancelled, withdrawn, promoted). A restored roster starts with none: its past is
    /// the host's to keep.
    /// </summary>
    public IReadOnlyList<RosterMove> Moves => _moves.AsReadOnly();

    /// <summary>Gets those holding a seat, in order of arrival.</summary>
    public IReadOnlyList<Enrolment> Enrolled => _entries.Where(e => e.Status == EnrolmentStatus.Enrolled).ToList().AsReadOnly();

    /// <summary>Gets those waiting, in the order they will be promoted (before quotas are considered).</summary>
    public IReadOnlyList<Enrolment> Waitlist => OrderedWaitlist().ToList().AsReadOnly();

    /// <summary>Gets the free seats.</summary>
    public int FreeSeats => Settings.Capacity - CountEnrolled(province: null);

    /// <summary>Finds a participant's entry.</summary>
    /// <param name="nip">The NIP.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public Enrolment? Find(Nip nip) => _byNip.GetValueOrDefault(nip);

    /// <summary>Offers a (checked) nomination a seat: enrols, or waitlists with a warning saying why.</summary>
    /// <param name="nomination">The nomination, already found eligible.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The change; refused with <see cref="NominationForOtherSession"/> or <see cref="AlreadyInSession"/>.</returns>
    public RosterChange Offer(Nomination nomination, Instant now)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        var who = nomination.Participant.Nip.ToMaskedString();
        if (!string.Equals(nomination.SessionId, SessionId, StringComparison.Ordinal))
        {
            return Refused(null, ParticipantRules.Violation(NominationForOtherSession, ("NominatedSession", nomination.SessionId), ("Session", SessionId)));
        }

        if (_byNip.TryGetValue(nomination.Participant.Nip, out var existing)
            && existing.Status is EnrolmentStatus.Enrolled or EnrolmentStatus.Waitlisted)
        {
            return Refused(existing, ParticipantRules.Violation(AlreadyInSession, ("Participant", who), ("Session", SessionId), ("Status", existing.Status)));
        }

        var province = nomination.Participant.Agency.Region.Province;
        var seatFree = FreeSeats > 0;
        var quotaFree = QuotaAllows(province);
        var entry = new Enrolment(nomination, _arrivals++, seatFree && quotaFree ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waitlisted, now);
        _entries.Add(entry);
        _byNip[nomination.Participant.Nip] = entry;
        _moves.Add(new RosterMove(entry, entry.Status, now));
        if (entry.Status == EnrolmentStatus.Enrolled)
        {
            return new RosterChange(entry, RuleResult.Success, []);
        }

        var position = OrderedWaitlist().TakeWhile(e => e != entry).Count() + 1;
        var warning = seatFree
            ? ParticipantRules.Violation(ProvinceQuotaFull, ("Province", province.ToString()), ("Session", SessionId), ("Quota", Settings.ProvinceQuotas[province]), ("Participant", who), ("Position", position))
            : ParticipantRules.Violation(SessionFull, ("Session", SessionId), ("Capacity", Settings.Capacity), ("Participant", who), ("Position", position));
        return new RosterChange(entry, RuleResult.From([warning]), []);
    }

    /// <summary>Cancels an enrolment before the cut-off and promotes from the waitlist into the freed seat.</summary>
    /// <param name="nip">The participant's NIP.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The change with the promoted participants; refused with <see cref="NotInSession"/>,
    /// <see cref="TransitionNotAllowed"/> or <see cref="CancellationAfterCutOff"/>.</returns>
    public RosterChange Cancel(Nip nip, Instant now)
    {
        if (!_byNip.TryGetValue(nip, out var entry))
        {
            return Refused(null, NotOnRoster(nip));
        }

        var violations = new List<RuleViolation>();
        if (entry.Status != EnrolmentStatus.Enrolled)
        {
            violations.Add(Transition(entry, EnrolmentStatus.Cancelled));
        }

        if (now > CancellationDeadline)
        {
            violations.Add(ParticipantRules.Violation(
                CancellationAfterCutOff, ("Participant", nip.ToMaskedString()), ("Session", SessionId), ("CutOff", CancellationDeadline)));
        }

        if (violations.Count > 0)
        {
            return new RosterChange(entry, RuleResult.From(violations), []);
        }

        Move(entry, EnrolmentStatus.Cancelled, now);
        return new RosterChange(entry, RuleResult.Success, PromoteIntoFreeSeats(now));
    }

    /// <summary>Takes a participant off the waitlist.</summary>
    /// <param name="nip">The participant's NIP.</param>
    /// <param name="now">The current instant.</param>
    /// <returns>The change; refused with <see cref="NotInSession"/> or <see cref="TransitionNotAllowed"/>.</returns>
    public RosterChange Withdraw(Nip nip, Instant now)
    {
        if (!_byNip.TryGetValue(nip, out var entry))
        {
            return Refused(null, NotOnRoster(nip));
        }

        if (entry.Status != EnrolmentStatus.Waitlisted)
        {
            return Refused(entry, Transition(entry, EnrolmentStatus.Withdrawn));
        }

        Move(entry, EnrolmentStatus.Withdrawn, now);
        return new RosterChange(entry, RuleResult.Success, []);
    }

    /// <summary>Fills free seats from the waitlist (e.g. after the host raised the capacity), in waitlist order, skipping
    /// participants whose province has used its quota.</summary>
    /// <param name="now">The current instant: the promoted participants' enrolment instant.</param>
    /// <returns>The promoted participants, in order.</returns>
    public IReadOnlyList<Enrolment> PromoteIntoFreeSeats(Instant now)
    {
        var promoted = new List<Enrolment>();
        foreach (var candidate in OrderedWaitlist().ToList())
        {
            if (FreeSeats == 0)
            {
                break;
            }

            if (QuotaAllows(candidate.Province))
            {
                Move(candidate, EnrolmentStatus.Enrolled, now);
                promoted.Add(candidate);
            }
        }

        return promoted.AsReadOnly();
    }

    private void Move(Enrolment entry, EnrolmentStatus status, Instant now)
    {
        entry.MoveTo(status, now);
        _moves.Add(new RosterMove(entry, status, now));
    }

    private IEnumerable<Enrolment> OrderedWaitlist()
    {
        var waiting = _entries.Where(e => e.Status == EnrolmentStatus.Waitlisted);
        return Settings.WaitlistPolicy == WaitlistPolicy.PositionPriority
            ? waiting.OrderBy(e => Settings.RankOf(e.Participant.Position.Kind)).ThenBy(e => e.Nomination.SubmittedAt).ThenBy(e => e.Arrival)
            : waiting.OrderBy(e => e.Nomination.SubmittedAt).ThenBy(e => e.Arrival);
    }

    private bool QuotaAllows(RegionCode province) =>
        !Settings.ProvinceQuotas.TryGetValue(province, out var quota) || CountEnrolled(province) < quota;

    private int CountEnrolled(RegionCode? province)
    {
        var count = 0;
        foreach (var entry in _entries)
        {
            if (entry.Status == EnrolmentStatus.Enrolled && (province is null || entry.Province == province))
            {
                count++;
            }
        }

        return count;
    }

    private RuleViolation Transition(Enrolment entry, EnrolmentStatus to) => ParticipantRules.Violation(
        TransitionNotAllowed, ("Participant", entry.Participant.Nip.ToMaskedString()), ("Session", SessionId), ("From", entry.Status), ("To", to));

    private RuleViolation NotOnRoster(Nip nip) =>
        ParticipantRules.Violation(NotInSession, ("Participant", nip.ToMaskedString()), ("Session", SessionId));

    private static RosterChange Refused(Enrolment? entry, RuleViolation violation) => new(entry, RuleResult.From([violation]), []);

    /// <inheritdoc />
    public override string ToString() => $"{SessionId}: {CountEnrolled(null)}/{Settings.Capacity} enrolled";
}

using NodaTime;

namespace Bimtek.Domain.Participants;

/// <summary>One status an entry reached on a roster, and when: a line of <see cref="SessionRoster.Moves"/>.</summary>
/// <param name="Enrolment">The entry that moved (its <see cref="Enrolment.Status"/> is where it is now, which may be later).</param>
/// <param name="Status">The status it reached.</param>
/// <param name="At">When.</param>
/// <remarks>A host's persistence writes these to keep every move, also several moves of one entry between two saves.</remarks>
public sealed record RosterMove(Enrolment Enrolment, EnrolmentStatus Status, Instant At);

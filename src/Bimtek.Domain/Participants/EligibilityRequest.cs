namespace Bimtek.Domain.Participants;

/// <summary>A nomination with the context it is judged in: what <see cref="EligibilityValidator"/> validates.</summary>
/// <param name="Nomination">The nomination.</param>
/// <param name="Context">The phase, session and existing enrolments.</param>
public sealed record EligibilityRequest(Nomination Nomination, EligibilityContext Context);

using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Assessments;

/// <summary>A level-3 behaviour follow-up (evaluasi pasca pelatihan) of one participant: when it is due and who responds.</summary>
/// <param name="SessionId">The session the participant attended.</param>
/// <param name="Participant">The participant's NIP (personal data: never shown unmasked).</param>
/// <param name="Due">The day the follow-up is due.</param>
/// <param name="Supervisor">The supervisor (atasan langsung) asked to respond, or <see langword="null"/> when unknown.</param>
public sealed record BehaviourFollowUp(string SessionId, Nip Participant, LocalDate Due, Nip? Supervisor)
{
    /// <inheritdoc />
    public override string ToString() => $"{SessionId}/{Participant.ToMaskedString()} due {Due:uuuu-MM-dd}";
}

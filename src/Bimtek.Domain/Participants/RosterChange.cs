using Bimtek.Domain.Common;

namespace Bimtek.Domain.Participants;

/// <summary>What a roster operation did: the enrolment it concerned, the rules it reported, and who was promoted.</summary>
/// <remarks>A warning (e.g. <see cref="ParticipantRuleCodes.SessionFull"/>) accompanies a change that happened; an error
/// means nothing changed.</remarks>
public sealed class RosterChange
{
    internal RosterChange(Enrolment? enrolment, RuleResult result, IReadOnlyList<Enrolment> promoted)
    {
        Enrolment = enrolment;
        Result = result;
        Promoted = promoted;
    }

    /// <summary>Gets the enrolment concerned, or <see langword="null"/> when the operation was refused before one existed.</summary>
    public Enrolment? Enrolment { get; }

    /// <summary>Gets the rules reported: errors when refused, warnings when waitlisted.</summary>
    public RuleResult Result { get; }

    /// <summary>Gets whether the operation happened.</summary>
    public bool Succeeded => Result.Succeeded;

    /// <summary>Gets the waitlisted participants who took the seats freed, in order.</summary>
    public IReadOnlyList<Enrolment> Promoted { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Enrolment?.Status.ToString() ?? "Refused"}: {Result}";
}

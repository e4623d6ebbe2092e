using Bimtek.Domain.Common;

namespace Bimtek.Domain.Assessments;

/// <summary>One participant's result on one instrument: the normalised total and per-competency scores, or the rules the answers broke.</summary>
/// <param name="Participant">The participant's NIP (personal data: never shown unmasked).</param>
/// <param name="Score">The scoring of the participant's answers.</param>
public sealed record AssessmentResult(Nip Participant, InstrumentScore Score)
{
    /// <summary>Gets the instrument.</summary>
    public AssessmentInstrument Instrument => Score.Instrument;

    /// <summary>Gets the total on 0–100, or <see langword="null"/> when the answers broke a rule.</summary>
    public Score? Total => Score.Total;

    /// <inheritdoc />
    public override string ToString() => $"{Participant.ToMaskedString()}: {Score}";
}

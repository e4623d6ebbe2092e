using Bimtek.Domain.Common;

namespace Bimtek.Domain.Assessments;

/// <summary>One participant's result on an instrument: the total and per-competency scores on 0–100, or the rules the answers broke.</summary>
public sealed class InstrumentScore
{
    internal InstrumentScore(AssessmentInstrument instrument, RuleResult result, Score? total, IReadOnlyDictionary<string, Score> byCompetency)
    {
        Instrument = instrument;
        Result = result;
        Total = total;
        ByCompetency = byCompetency;
    }

    /// <summary>Gets the instrument.</summary>
    public AssessmentInstrument Instrument { get; }

    /// <summary>Gets success, or every rule the answers broke.</summary>
    public RuleResult Result { get; }

    /// <summary>Gets the total, normalised to 0–100; <see langword="null"/> when the answers broke a rule.</summary>
    public Score? Total { get; }

    /// <summary>Gets the score per competency code, each normalised against its own items' maxima (empty on failure).</summary>
    public IReadOnlyDictionary<string, Score> ByCompetency { get; }

    /// <inheritdoc />
    public override string ToString() => Total is { } total ? $"{Instrument.Code}: {total}" : $"{Instrument.Code}: {Result}";
}

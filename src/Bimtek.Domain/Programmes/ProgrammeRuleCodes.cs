namespace Bimtek.Domain.Programmes;

/// <summary>The stable codes of the programme rules: definition rules (checked by <see cref="ProgrammeValidator"/>) and
/// lifecycle rules (reported by the transitions of <see cref="Programme"/>).</summary>
/// <remarks>A code is a contract: it never changes once published. Messages are in <see cref="ProgrammeRules"/>.</remarks>
public static class ProgrammeRuleCodes
{
    /// <summary>The programme has no code.</summary>
    public const string CodeMissing = "Programmes.CodeMissing";

    /// <summary>The programme has no title.</summary>
    public const string TitleMissing = "Programmes.TitleMissing";

    /// <summary>The programme names no organising unit.</summary>
    public const string OrganiserMissing = "Programmes.OrganiserMissing";

    /// <summary>A code, id, title or name inside the programme is blank.</summary>
    public const string TextMissing = "Programmes.TextMissing";

    /// <summary>The curriculum has no module.</summary>
    public const string CurriculumEmpty = "Programmes.CurriculumEmpty";

    /// <summary>A module takes no lesson hours.</summary>
    public const string ModuleJpZero = "Programmes.ModuleJpZero";

    /// <summary>Two modules share a code.</summary>
    public const string ModuleCodeDuplicate = "Programmes.ModuleCodeDuplicate";

    /// <summary>The modules' JP do not add up to the programme's declared total JP.</summary>
    public const string CurriculumJpMismatch = "Programmes.CurriculumJpMismatch";

    /// <summary>A learning objective names no competency (a warning).</summary>
    public const string ObjectiveWithoutCompetency = "Programmes.ObjectiveWithoutCompetency";

    /// <summary>The programme has no phase.</summary>
    public const string PhasesEmpty = "Programmes.PhasesEmpty";

    /// <summary>Two phases share an id.</summary>
    public const string PhaseIdDuplicate = "Programmes.PhaseIdDuplicate";

    /// <summary>A phase's window ends before it starts.</summary>
    public const string PhaseWindowReversed = "Programmes.PhaseWindowReversed";

    /// <summary>A phase's window leaves the programme's fiscal year.</summary>
    public const string PhaseOutsideFiscalYear = "Programmes.PhaseOutsideFiscalYear";

    /// <summary>A phase invites no one.</summary>
    public const string AudienceEmpty = "Programmes.AudienceEmpty";

    /// <summary>An audience member invites fewer than one official per region.</summary>
    public const string AudienceCountNotPositive = "Programmes.AudienceCountNotPositive";

    /// <summary>A phase names a prerequisite phase that does not exist.</summary>
    public const string PrerequisiteUnknown = "Programmes.PrerequisiteUnknown";

    /// <summary>Prerequisites form a cycle.</summary>
    public const string PrerequisiteCycle = "Programmes.PrerequisiteCycle";

    /// <summary>A phase starts before its prerequisite phase has ended.</summary>
    public const string PrerequisiteNotEnded = "Programmes.PrerequisiteNotEnded";

    /// <summary>A phase's opening falls outside its window (a warning).</summary>
    public const string OpeningOutsidePhase = "Programmes.OpeningOutsidePhase";

    /// <summary>A completion threshold lies outside 0–100.</summary>
    public const string CompletionThresholdOutOfRange = "Programmes.CompletionThresholdOutOfRange";

    /// <summary>A lifecycle transition is not allowed from the current status.</summary>
    public const string TransitionNotAllowed = "Programmes.TransitionNotAllowed";

    /// <summary>Publishing needs a definition without errors.</summary>
    public const string PublishRequiresValidDefinition = "Programmes.PublishRequiresValidDefinition";

    /// <summary>A programme cannot start before its first phase does.</summary>
    public const string StartBeforeFirstPhase = "Programmes.StartBeforeFirstPhase";

    /// <summary>A programme cannot be completed before its last phase has ended.</summary>
    public const string CompleteBeforeLastPhaseEnds = "Programmes.CompleteBeforeLastPhaseEnds";

    /// <summary>Cancelling needs a reason.</summary>
    public const string CancelReasonRequired = "Programmes.CancelReasonRequired";
}

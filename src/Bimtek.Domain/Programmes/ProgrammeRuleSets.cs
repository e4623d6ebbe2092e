namespace Bimtek.Domain.Programmes;

/// <summary>
/// The families of programme rules, as FluentValidation rule sets of <see cref="ProgrammeValidator"/>: a host's test runs
/// one alone with <c>validator.Validate(programme, o => o.IncludeRuleSets(ProgrammeRuleSets.Phases))</c>.
/// <c>Validate(programme)</c> runs every family.
/// </summary>
public static class ProgrammeRuleSets
{
    /// <summary>Code, title and organiser.</summary>
    public const string Identity = "Identity";

    /// <summary>Modules, their JP, codes and objectives, and the declared total.</summary>
    public const string Curriculum = "Curriculum";

    /// <summary>Phases: ids, windows, fiscal year, audience, opening, texts and prerequisites.</summary>
    public const string Phases = "Phases";

    /// <summary>The completion policy's thresholds.</summary>
    public const string Completion = "Completion";
}

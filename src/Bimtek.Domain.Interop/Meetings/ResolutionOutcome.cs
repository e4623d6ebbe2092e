namespace Bimtek.Domain.Interop.Meetings;

/// <summary>What identity resolution made of one row.</summary>
public enum ResolutionOutcome
{
    /// <summary>One enrolled official, by <see cref="RowResolution.Step"/>.</summary>
    Resolved = 1,

    /// <summary>Two or more officials match by one step: reported, not guessed.</summary>
    Ambiguous = 2,

    /// <summary>No enrolled official matches: reported by line.</summary>
    Unresolved = 3,

    /// <summary>A host row (organiser, presenter) that matches no enrolled official: counted apart, not reported.</summary>
    Host = 4,
}

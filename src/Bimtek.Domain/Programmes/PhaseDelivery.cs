namespace Bimtek.Domain.Programmes;

/// <summary>Who delivers a phase's sessions.</summary>
public enum PhaseDelivery
{
    /// <summary>The organising unit itself, for all regions at once (e.g. the May 2020 provincial round).</summary>
    Central = 1,

    /// <summary>Each region attends the training centre that serves its province (e.g. the June 2020 round through the seven BDI).</summary>
    ThroughServingCentres = 2,
}

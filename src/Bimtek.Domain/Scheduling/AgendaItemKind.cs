namespace Bimtek.Domain.Scheduling;

/// <summary>What an agenda item is: teaching a module, or one of the non-teaching blocks of a training day.</summary>
public enum AgendaItemKind
{
    /// <summary>Teaching a module of the curriculum, for a number of lesson hours (JP).</summary>
    Teaching = 1,

    /// <summary>The opening (pembukaan).</summary>
    Opening = 2,

    /// <summary>The pre-test; it comes before any teaching.</summary>
    PreTest = 3,

    /// <summary>The post-test; it comes after all teaching.</summary>
    PostTest = 4,

    /// <summary>The midday rest for prayer and meal (istirahat, sholat, makan: Ishoma).</summary>
    Ishoma = 5,

    /// <summary>A short break.</summary>
    Break = 6,

    /// <summary>The closing (penutupan).</summary>
    Closing = 7,
}

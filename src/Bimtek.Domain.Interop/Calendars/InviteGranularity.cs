namespace Bimtek.Domain.Interop.Calendars;

/// <summary>What one calendar event covers.</summary>
public enum InviteGranularity
{
    /// <summary>One event per session day, from its first agenda item's start to its last one's end.</summary>
    PerDay = 1,

    /// <summary>One event per agenda item (breaks and ishoma left out).</summary>
    PerAgendaItem = 2,
}

using NodaTime;

namespace Bimtek.Domain.Tests.Participants;

/// <summary>The roster tests' session S1, shared by their files so that every one of them means the same days.</summary>
internal static class SessionS1
{
    /// <summary>S1 starts Monday 8 June 2020 at 08:00 WIB; the default cut-off closes cancellations 3 days before.</summary>
    public static readonly Instant Start = Instant.FromUtc(2020, 6, 8, 1, 0);

    /// <summary>A week before: when the nominations come in.</summary>
    public static readonly Instant Early = Instant.FromUtc(2020, 6, 1, 2, 0);
}

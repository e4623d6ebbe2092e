using Bimtek.Domain.Common;

namespace Bimtek.Domain.Tests.Builders;

/// <summary>Synthetic NIPs: born 1 Aug 1966, appointed March 1988, male, sequence numbers 1–999 (not real people).</summary>
internal static class Officials
{
    public static Nip Nip(int sequence) => Domain.Common.Nip.Parse($"196608011988031{sequence:D3}");
}

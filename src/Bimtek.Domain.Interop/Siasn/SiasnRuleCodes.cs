namespace Bimtek.Domain.Interop.Siasn;

/// <summary>The stable codes of the SIASN rules (see <see cref="SiasnRules"/>).</summary>
public static class SiasnRuleCodes
{
    /// <summary>A certificate lacks a SIASN reference id in the host's mapping; no payload is made for it.</summary>
    public const string ReferenceMissing = "Siasn.ReferenceMissing";

    /// <summary>A riwayat-kursus record of the read response cannot be read; it is skipped.</summary>
    public const string RecordInvalid = "Siasn.RecordInvalid";
}

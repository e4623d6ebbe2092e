namespace Bimtek.Domain.Common;

/// <summary>The kind of civil servant (ASN, UU 20/2023) an 18-digit identity number belongs to.</summary>
public enum AsnKind
{
    /// <summary>A civil servant (PNS or CPNS) with a NIP (Perka BKN 22/2007): digits 13–14 are the appointment month.</summary>
    Pns = 1,

    /// <summary>A government employee with a work agreement (PPPK) with a NI PPPK: digits 13–14 are not a month
    /// (see <see cref="Nip.PppkCode"/>).</summary>
    Pppk = 2,
}

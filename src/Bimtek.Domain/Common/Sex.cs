namespace Bimtek.Domain.Common;

/// <summary>The sex recorded in a NIP (digit 15: 1 = male, 2 = female; Perka BKN 22/2007) or a NIK (day + 40 for women).</summary>
public enum Sex
{
    /// <summary>Male (laki-laki).</summary>
    Male = 1,

    /// <summary>Female (perempuan).</summary>
    Female = 2,
}

namespace Bimtek.Domain.Participants;

/// <summary>The level of government an agency belongs to.</summary>
public enum AgencyLevel
{
    /// <summary>A central-government agency (a ministry or non-ministerial agency), e.g. Kemenperin itself.</summary>
    Central = 1,

    /// <summary>A provincial agency (perangkat daerah provinsi), e.g. a provincial industry office.</summary>
    Province = 2,

    /// <summary>A kabupaten/kota agency (perangkat daerah kabupaten/kota), e.g. a kabupaten industry office.</summary>
    Regency = 3,
}

namespace Bimtek.Domain.Programmes;

/// <summary>The kind of position (jabatan) a civil servant holds (UU 5/2014; UU 20/2023).</summary>
public enum PositionKind
{
    /// <summary>Jabatan Pimpinan Tinggi Utama (head of a non-ministerial agency).</summary>
    JptUtama = 1,

    /// <summary>Jabatan Pimpinan Tinggi Madya (e.g. a director general, a provincial secretary).</summary>
    JptMadya = 2,

    /// <summary>Jabatan Pimpinan Tinggi Pratama (e.g. the kepala dinas of a kabupaten/kota, eselon II).</summary>
    JptPratama = 3,

    /// <summary>Jabatan Administrator (e.g. a kepala bidang, eselon III).</summary>
    Administrator = 4,

    /// <summary>Jabatan Pengawas (e.g. a kepala seksi, eselon IV).</summary>
    Pengawas = 5,

    /// <summary>Jabatan Pelaksana (staff).</summary>
    Pelaksana = 6,

    /// <summary>Jabatan Fungsional, any functional position (in industry agencies e.g. JF Pembina Industri, PermenPANRB
    /// 36/2021, or the older JF Penyuluh Perindustrian dan Perdagangan); its tier is a <see cref="FunctionalTier"/>.</summary>
    Fungsional = 7,
}

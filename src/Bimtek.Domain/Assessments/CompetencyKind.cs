namespace Bimtek.Domain.Assessments;

/// <summary>The three kinds of position competency (kompetensi jabatan) of Permenpan RB 38/2017.</summary>
public enum CompetencyKind
{
    /// <summary>Technical (teknis): the instansi draws up its own dictionary, per field or programme.</summary>
    Technical = 1,

    /// <summary>Managerial (manajerial): M.01 Integritas to M.08 Pengambilan Keputusan.</summary>
    Managerial = 2,

    /// <summary>Socio-cultural (sosial kultural): Perekat Bangsa.</summary>
    SocioCultural = 3,
}

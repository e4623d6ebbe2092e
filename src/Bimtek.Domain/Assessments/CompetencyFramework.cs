using Bimtek.Domain.Common;
using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Assessments;

/// <summary>A named set of competencies: the ASN managerial or socio-cultural dictionary, a programme's technical
/// competencies, or one a host defines.</summary>
/// <remarks>Immutable and thread-safe. Codes are unique within a framework (ordinal comparison).</remarks>
public sealed class CompetencyFramework
{
    private static readonly Lazy<(CompetencyFramework Managerial, CompetencyFramework SocioCultural)> Asn = new(CompetencySeeds.LoadAsn);

    private readonly Dictionary<string, Competency> _byCode;

    /// <summary>Creates a framework.</summary>
    /// <param name="code">The framework's stable code, e.g. <c>ASN-MANAJERIAL</c>.</param>
    /// <param name="name">Its name.</param>
    /// <param name="source">The regulation or document it comes from.</param>
    /// <param name="competencies">Its competencies, in the framework's order.</param>
    /// <exception cref="ArgumentException">A text is blank, a competency is null, or two share a code.</exception>
    public CompetencyFramework(string code, string name, string source, IEnumerable<Competency> competencies)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(competencies);
        Code = code;
        Name = name;
        Source = source;
        Competencies = competencies.Select(c => c ?? throw new ArgumentException($"Framework {code}: a competency is null.", nameof(competencies))).ToList().AsReadOnly();
        _byCode = new Dictionary<string, Competency>(StringComparer.Ordinal);
        foreach (var competency in Competencies)
        {
            if (!_byCode.TryAdd(competency.Code, competency))
            {
                throw new ArgumentException($"Framework {code}: competency code {competency.Code} is used more than once.", nameof(competencies));
            }
        }
    }

    /// <summary>Gets the ASN managerial competencies M.01 Integritas to M.08 Pengambilan Keputusan, levels 1–5 (Permenpan RB 38/2017, Lampiran II).</summary>
    /// <remarks>Names, order and Integritas' definition and level 1 are sourced; the other level descriptions are assumed
    /// (see <see cref="CompetencyLevel.Provenance"/> and <c>seeds/competencies/SOURCES.md</c>).</remarks>
    public static CompetencyFramework AsnManagerial => Asn.Value.Managerial;

    /// <summary>Gets the ASN socio-cultural competency, Perekat Bangsa (code <c>S.01</c>), levels 1–5 (Permenpan RB 38/2017).</summary>
    public static CompetencyFramework AsnSocioCultural => Asn.Value.SocioCultural;

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the regulation or document the framework comes from.</summary>
    public string Source { get; }

    /// <summary>Gets the competencies, in the framework's order.</summary>
    public IReadOnlyList<Competency> Competencies { get; }

    /// <summary>Finds a competency by code.</summary>
    /// <param name="code">The code (ordinal).</param>
    /// <returns>The competency, or <see langword="null"/>.</returns>
    public Competency? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.GetValueOrDefault(code);
    }

    /// <summary>
    /// Builds the technical competencies of a programme from its learning objectives: one competency per code the
    /// objectives name, called after the first objective naming it (e.g. the 2020 programme's TK.01–TK.04).
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The framework, coded <c>{programme}-TEKNIS</c>, competencies ordered by code; level descriptions are left to the instansi (none).</returns>
    /// <remarks>The Kamus Kompetensi Teknis is drawn up by the instansi (FACTS §c), so no level text is invented.</remarks>
    public static CompetencyFramework ForProgramme(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var competencies = new List<Competency>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var objective in programme.Curriculum.SelectMany(m => m.Objectives))
        {
            foreach (var code in objective.CompetencyCodes.Where(c => !string.IsNullOrWhiteSpace(c) && seen.Add(c)))
            {
                competencies.Add(new Competency(code, objective.Description, CompetencyKind.Technical, [], provenance: Provenance.HostSupplied));
            }
        }

        return new CompetencyFramework(
            $"{programme.Code}-TEKNIS",
            $"Kompetensi teknis {programme.Title}",
            $"Learning objectives of programme {programme.Code}",
            competencies.OrderBy(c => c.Code, StringComparer.Ordinal));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Competencies.Count} competencies)";
}

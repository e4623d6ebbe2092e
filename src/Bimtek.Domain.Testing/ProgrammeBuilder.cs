using Bimtek.Domain.Calendar;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Testing;

/// <summary>
/// A small programme that breaks no programme rule, which a test bends in one place: <c>TEST-2020</c>, virtual, fiscal
/// year 2020, two modules (<c>M1</c> and <c>M2</c>, 2 JP each, 4 JP in all), phase <c>p1</c> (May 2020) and phase
/// <c>p2</c> (June 2020, after <c>p1</c>), both for the kepala dinas of every kabupaten/kota through the serving centres,
/// the default completion policy, status Draft.
/// </summary>
/// <remarks>Each <c>With…</c> call changes the builder and returns it; <see cref="Build"/> makes a new programme each time.</remarks>
public sealed class ProgrammeBuilder
{
    private string _code = "TEST-2020";
    private int _fiscalYear = 2020;
    private int _totalJp = 4;
    private List<Module> _curriculum = [Module("M1", 2), Module("M2", 2)];
    private List<Phase> _phases =
    [
        Phase("p1", new LocalDate(2020, 5, 1), new LocalDate(2020, 5, 31)),
        Phase("p2", new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30), prerequisite: "p1"),
    ];

    private CompletionPolicy _policy = CompletionPolicy.Default;
    private ProgrammeStatus _status = ProgrammeStatus.Draft;

    /// <summary>A module of <paramref name="jp"/> lesson hours with one learning objective.</summary>
    /// <param name="code">The module code.</param>
    /// <param name="jp">Its lesson hours.</param>
    /// <param name="competencies">The competencies its objective maps to; none given: <c>TK.01</c>.</param>
    /// <returns>The module.</returns>
    public static Module Module(string code, int jp, params string[] competencies)
    {
        ArgumentNullException.ThrowIfNull(competencies);
        return new(code, "Module " + code, LessonHours.FromJp(jp), [new LearningObjective(code + ".O1", "Objective", competencies.Length == 0 ? ["TK.01"] : competencies)]);
    }

    /// <summary>A kabupaten/kota phase delivered through the serving centres.</summary>
    /// <param name="id">The phase id.</param>
    /// <param name="start">The first day of its window.</param>
    /// <param name="end">The last day of its window (inclusive).</param>
    /// <param name="prerequisite">The phase that must end first, or <see langword="null"/>.</param>
    /// <param name="audience">Who attends per region; <see langword="null"/>: one kepala dinas (JPT Pratama) per region.</param>
    /// <param name="opening">The opening event, or <see langword="null"/>.</param>
    /// <returns>The phase.</returns>
    public static Phase Phase(
        string id,
        LocalDate start,
        LocalDate end,
        string? prerequisite = null,
        IEnumerable<AudienceMember>? audience = null,
        OpeningEvent? opening = null) =>
        new(
            id,
            "Phase " + id,
            RegionLevel.Regency,
            audience ?? [new AudienceMember(PositionKind.JptPratama, "Kepala Dinas", 1)],
            start,
            end,
            PhaseDelivery.ThroughServingCentres,
            prerequisite,
            opening);

    /// <summary>Sets the programme code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>This builder.</returns>
    public ProgrammeBuilder WithCode(string code) => Set(() => _code = code);

    /// <summary>Sets the fiscal year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>This builder.</returns>
    public ProgrammeBuilder WithFiscalYear(int year) => Set(() => _fiscalYear = year);

    /// <summary>Sets the declared total JP (the rule <c>Programmes.CurriculumJpMismatch</c> compares it with the modules).</summary>
    /// <param name="jp">The total in lesson hours.</param>
    /// <returns>This builder.</returns>
    public ProgrammeBuilder WithTotalJp(int jp) => Set(() => _totalJp = jp);

    /// <summary>Replaces the curriculum; the declared total JP is kept (call <see cref="WithTotalJp"/> to match).</summary>
    /// <param name="modules">The modules.</param>
    /// <returns>This builder.</returns>
    public ProgrammeBuilder WithCurriculum(params Module[] modules) => Set(() => _curriculum = [.. modules]);

    /// <summary>Replaces the curriculum and sets the declared total JP to its sum, so the programme stays valid.</summary>
    /// <param name="modules">The modules.</param>
    /// <returns>This builder.</returns>
    public ProgrammeBuilder Teaching(params Module[] modules) => Set(() =>
    {
        _curriculum = [.. modules];
        _totalJp = modules.Sum(m => m.Jp.Value);
    });

    /// <summary>Replaces the phases.</summary>
    /// <param name="phases">The phases.</param>
    /// <returns>This builder.</returns>
    public ProgrammeBuilder WithPhases(params Phase[] phases) => Set(() => _phases = [.. phases]);

    /// <summary>Sets the completion policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public ProgrammeBuilder WithPolicy(CompletionPolicy policy) => Set(() => _policy = policy);

    /// <summary>Sets the lifecycle status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>This builder.</returns>
    public ProgrammeBuilder WithStatus(ProgrammeStatus status) => Set(() => _status = status);

    /// <summary>Builds the programme.</summary>
    /// <returns>A new programme.</returns>
    public Programme Build() => new(
        _code,
        "Test programme",
        new Organiser("Pusdiklat Industri", "BPSDMI", "Kemenperin"),
        _fiscalYear,
        DeliveryMode.Virtual,
        LessonHours.FromJp(_totalJp),
        _curriculum,
        _phases,
        _policy,
        status: _status);

    /// <summary>Builds the programme.</summary>
    /// <param name="builder">The builder.</param>
    public static implicit operator Programme(ProgrammeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Build();
    }

    private ProgrammeBuilder Set(Action change)
    {
        change();
        return this;
    }
}

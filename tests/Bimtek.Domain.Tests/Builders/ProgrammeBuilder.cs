using Bimtek.Domain.Calendar;
using Bimtek.Domain.Programmes;
using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Tests.Builders;

/// <summary>A small valid programme (two phases in 2020, two modules, 4 JP) that each test bends in one place.</summary>
internal sealed class ProgrammeBuilder
{
    private string _code = "TEST-2020";
    private int _fiscalYear = 2020;
    private int _totalJp = 4;
    private List<Module> _curriculum =
    [
        Module("M1", 2),
        Module("M2", 2),
    ];

    private List<Phase> _phases =
    [
        Phase("p1", new LocalDate(2020, 5, 1), new LocalDate(2020, 5, 31)),
        Phase("p2", new LocalDate(2020, 6, 1), new LocalDate(2020, 6, 30), prerequisite: "p1"),
    ];

    private CompletionPolicy _policy = CompletionPolicy.Default;
    private ProgrammeStatus _status = ProgrammeStatus.Draft;

    public static Module Module(string code, int jp, params string[] competencies) =>
        new(code, "Module " + code, LessonHours.FromJp(jp), [new LearningObjective(code + ".O1", "Objective", competencies.Length == 0 ? ["TK.01"] : competencies)]);

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

    public ProgrammeBuilder WithCode(string code) => Set(() => _code = code);

    public ProgrammeBuilder WithFiscalYear(int year) => Set(() => _fiscalYear = year);

    public ProgrammeBuilder WithTotalJp(int jp) => Set(() => _totalJp = jp);

    public ProgrammeBuilder WithCurriculum(params Module[] modules) => Set(() => _curriculum = [.. modules]);

    public ProgrammeBuilder WithPhases(params Phase[] phases) => Set(() => _phases = [.. phases]);

    public ProgrammeBuilder WithPolicy(CompletionPolicy policy) => Set(() => _policy = policy);

    public ProgrammeBuilder WithStatus(ProgrammeStatus status) => Set(() => _status = status);

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

    private ProgrammeBuilder Set(Action change)
    {
        change();
        return this;
    }
}

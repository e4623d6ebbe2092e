using Bimtek.Domain.Calendar;

namespace Bimtek.Domain.Programmes;

/// <summary>
/// A training programme: what is taught (a curriculum of modules in lesson hours), to whom and when (phases), and
/// what completing it takes (a completion policy). The aggregate root of <c>Programmes/</c>.
/// </summary>
/// <remarks>
/// <para>The definition is immutable; only <see cref="Status"/> changes, through the guarded transitions
/// (<see cref="Publish"/>, <see cref="Start"/>, <see cref="Complete"/>, <see cref="Cancel"/>), which report every rule
/// they break and change nothing when one is broken. Not thread-safe for concurrent transitions.</para>
/// <para>The constructor checks only for nulls, so that an invalid definition can be built, read from JSON and then
/// explained in full by <see cref="ProgrammeValidator"/>.</para>
/// </remarks>
public sealed partial class Programme
{
    /// <summary>Creates a programme.</summary>
    /// <param name="code">A stable code, e.g. <c>KEMENPERIN-2020-NEW-NORMAL</c>.</param>
    /// <param name="title">The title.</param>
    /// <param name="organiser">The organising unit.</param>
    /// <param name="fiscalYear">The fiscal year (tahun anggaran) that funds it; in Indonesia, the calendar year.</param>
    /// <param name="deliveryMode">Virtual, classical or blended.</param>
    /// <param name="totalJp">The total lesson hours the programme declares; the curriculum must add up to it.</param>
    /// <param name="curriculum">The modules, in teaching order.</param>
    /// <param name="phases">The phases.</param>
    /// <param name="completionPolicy">What completing takes; <see langword="null"/> for <see cref="CompletionPolicy.Default"/>.</param>
    /// <param name="sources">Where the facts of the definition come from (URLs, decrees).</param>
    /// <param name="assumptions">Statements of what the definition assumes where no source was found.</param>
    /// <param name="status">The status, for a programme read back from storage; new programmes are drafts.</param>
    /// <param name="cancellationReason">Why a cancelled programme was cancelled; required exactly when <paramref name="status"/> is cancelled.</param>
    /// <exception cref="ArgumentException">An enum value is undefined, or the status and the cancellation reason disagree.</exception>
    public Programme(
        string code,
        string title,
        Organiser organiser,
        int fiscalYear,
        DeliveryMode deliveryMode,
        LessonHours totalJp,
        IEnumerable<Module> curriculum,
        IEnumerable<Phase> phases,
        CompletionPolicy? completionPolicy = null,
        IEnumerable<string>? sources = null,
        IEnumerable<string>? assumptions = null,
        ProgrammeStatus status = ProgrammeStatus.Draft,
        string? cancellationReason = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(organiser);
        ArgumentNullException.ThrowIfNull(curriculum);
        ArgumentNullException.ThrowIfNull(phases);
        Code = code;
        Title = title;
        Organiser = organiser;
        FiscalYear = fiscalYear;
        TotalJp = totalJp;
        Curriculum = curriculum.Select(m => m ?? throw new ArgumentException("A module is null.", nameof(curriculum))).ToList().AsReadOnly();
        Phases = phases.Select(p => p ?? throw new ArgumentException("A phase is null.", nameof(phases))).ToList().AsReadOnly();
        CompletionPolicy = completionPolicy ?? CompletionPolicy.Default;
        Sources = (sources ?? []).ToList().AsReadOnly();
        Assumptions = (assumptions ?? []).ToList().AsReadOnly();
        Status = Enum.IsDefined(status) ? status : throw new ArgumentOutOfRangeException(nameof(status), status, "Not a ProgrammeStatus value.");
        DeliveryMode = Enum.IsDefined(deliveryMode) ? deliveryMode : throw new ArgumentOutOfRangeException(nameof(deliveryMode), deliveryMode, "Not a DeliveryMode value.");

        // A cancellation keeps its reason, and only a cancellation has one (Programme.Cancel enforces the same).
        if ((status == ProgrammeStatus.Cancelled) == string.IsNullOrWhiteSpace(cancellationReason))
        {
            throw new ArgumentException(
                status == ProgrammeStatus.Cancelled
                    ? $"Programme {code} is cancelled but has no cancellation reason."
                    : $"Programme {code} is {status} but has a cancellation reason; only a cancelled programme has one.",
                nameof(cancellationReason));
        }

        CancellationReason = cancellationReason;
    }

    /// <summary>Gets the programme's code.</summary>
    public string Code { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the organising unit.</summary>
    public Organiser Organiser { get; }

    /// <summary>Gets the fiscal year; Indonesia's runs 1 January–31 December (UU 17/2003 Pasal 4).</summary>
    public int FiscalYear { get; }

    /// <summary>Gets how the programme is delivered.</summary>
    public DeliveryMode DeliveryMode { get; }

    /// <summary>Gets the total lesson hours the programme declares.</summary>
    public LessonHours TotalJp { get; }

    /// <summary>Gets the lesson hours the curriculum's modules add up to (equal to <see cref="TotalJp"/> when valid).</summary>
    /// <exception cref="OverflowException">The modules add up to more than <see cref="int.MaxValue"/> JP (such a
    /// curriculum is reported by <see cref="ProgrammeValidator"/> as <see cref="ProgrammeRuleCodes.CurriculumJpMismatch"/>).</exception>
    public LessonHours CurriculumJp => LessonHours.Sum(Curriculum.Select(m => m.Jp));

    /// <summary>Gets the modules, in teaching order.</summary>
    public IReadOnlyList<Module> Curriculum { get; }

    /// <summary>Gets the phases.</summary>
    public IReadOnlyList<Phase> Phases { get; }

    /// <summary>Gets what completing the programme takes.</summary>
    public CompletionPolicy CompletionPolicy { get; }

    /// <summary>Gets where the facts of the definition come from.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Gets what the definition assumes where no source was found.</summary>
    public IReadOnlyList<string> Assumptions { get; }

    /// <summary>Gets the status.</summary>
    public ProgrammeStatus Status { get; private set; }

    /// <summary>Gets why the programme was cancelled, or <see langword="null"/>.</summary>
    public string? CancellationReason { get; private set; }

    /// <summary>Finds a phase by id.</summary>
    /// <param name="id">The phase id.</param>
    /// <returns>The phase, or <see langword="null"/>.</returns>
    public Phase? FindPhase(string id) => Phases.FirstOrDefault(p => p.Id == id);

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Title} ({Status})";
}

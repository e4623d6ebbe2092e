using Bimtek.Domain.Calendar;

namespace Bimtek.Domain.Programmes;

/// <summary>A module (mata pelatihan) of a curriculum: a topic taught for a number of lesson hours.</summary>
/// <remarks>Immutable; equal when every field is equal.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "'Module' is the domain's word (ARCHITECTURE.md); C# consumers are the audience.")]
public sealed class Module : IEquatable<Module>
{
    /// <summary>Creates a module.</summary>
    /// <param name="code">A code unique within the programme, e.g. <c>M1</c>.</param>
    /// <param name="title">The title.</param>
    /// <param name="jp">The lesson hours (JP) the module takes.</param>
    /// <param name="objectives">The learning objectives.</param>
    public Module(string code, string title, LessonHours jp, IEnumerable<LearningObjective> objectives)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(objectives);
        Code = code;
        Title = title;
        Jp = jp;
        Objectives = objectives.Select(o => o ?? throw new ArgumentException("An objective is null.", nameof(objectives))).ToList().AsReadOnly();
    }

    /// <summary>Gets the module's code.</summary>
    public string Code { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the lesson hours (JP) of the module.</summary>
    public LessonHours Jp { get; }

    /// <summary>Gets the learning objectives.</summary>
    public IReadOnlyList<LearningObjective> Objectives { get; }

    /// <inheritdoc />
    public bool Equals(Module? other) =>
        other is not null && Code == other.Code && Title == other.Title && Jp == other.Jp && Objectives.SequenceEqual(other.Objectives);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Module);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Title, Jp);

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Title} ({Jp})";
}

using NodaTime;

namespace Bimtek.Domain.Scheduling;

/// <summary>An instructor or speaker (widyaiswara, a directorate's official), with the modules they can teach and when they are available.</summary>
/// <remarks>Immutable. An empty <see cref="Modules"/> means competent for any module; an empty
/// <see cref="Availability"/> means always available. The id is internal; the name is a public office or a display name.</remarks>
public sealed class Instructor
{
    /// <summary>Creates an instructor.</summary>
    /// <param name="id">An id unique within the schedule.</param>
    /// <param name="name">A display name (e.g. "Sesditjen IKMA").</param>
    /// <param name="modules">The modules they are competent to teach; empty for any.</param>
    /// <param name="availability">When they are available, as half-open intervals of instants; empty for always.</param>
    public Instructor(string id, string name, IEnumerable<string>? modules = null, IEnumerable<Interval>? availability = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(name);
        Id = id;
        Name = name;
        Modules = (modules ?? []).ToList().AsReadOnly();
        Availability = (availability ?? []).OrderBy(i => i.Start).ToList().AsReadOnly();
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the modules they can teach (empty: any).</summary>
    public IReadOnlyList<string> Modules { get; }

    /// <summary>Gets when they are available, in order (empty: always).</summary>
    public IReadOnlyList<Interval> Availability { get; }

    /// <summary>Gets whether they can teach <paramref name="moduleCode"/>.</summary>
    /// <param name="moduleCode">The module.</param>
    /// <returns>Whether the module is in <see cref="Modules"/> or the list is empty.</returns>
    public bool CanTeach(string moduleCode) => Modules.Count == 0 || Modules.Contains(moduleCode);

    /// <summary>Gets whether they are available for all of <paramref name="interval"/>.</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>Whether one availability interval contains it, or availability is not restricted.</returns>
    public bool IsAvailable(Interval interval) =>
        Availability.Count == 0 || Availability.Any(a => a.Start <= interval.Start && interval.End <= a.End);
}

using Bimtek.Domain.Common;
using NodaTime;

namespace Bimtek.Domain.Planning;

/// <summary>
/// The non-teaching blocks the planner wraps around a class's curriculum: opening, pre-test, post-test, closing.
/// </summary>
/// <remarks>
/// The lengths are <see cref="Provenance.Assumed"/>: no source gives them. The defaults follow the as-run 2020 seed
/// (30 minutes each for opening and tests, 15 for closing). A host replaces them with its own.
/// </remarks>
public sealed record PlanningAgenda
{
    /// <summary>Creates an agenda frame.</summary>
    /// <param name="opening">Length of the opening; zero for none.</param>
    /// <param name="preTest">Length of the pre-test; zero for none.</param>
    /// <param name="postTest">Length of the post-test; zero for none.</param>
    /// <param name="closing">Length of the closing; zero for none.</param>
    /// <param name="provenance">Where the lengths come from; a host's own agenda is <see cref="Provenance.HostSupplied"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A length is negative or longer than four hours.</exception>
    public PlanningAgenda(Duration opening, Duration preTest, Duration postTest, Duration closing, Provenance provenance = Provenance.HostSupplied)
    {
        Provenance = Enum.IsDefined(provenance) ? provenance : throw new ArgumentOutOfRangeException(nameof(provenance), provenance, "Not a Provenance value.");
        Opening = Checked(opening, nameof(opening));
        PreTest = Checked(preTest, nameof(preTest));
        PostTest = Checked(postTest, nameof(postTest));
        Closing = Checked(closing, nameof(closing));
    }

    /// <summary>The assumed default: opening 30 min, pre-test 30 min, post-test 30 min, closing 15 min.</summary>
    public static PlanningAgenda Default { get; } = new(Duration.FromMinutes(30), Duration.FromMinutes(30), Duration.FromMinutes(30), Duration.FromMinutes(15), Provenance.Assumed);

    /// <summary>Gets the length of the opening (zero: none).</summary>
    public Duration Opening { get; }

    /// <summary>Gets the length of the pre-test (zero: none).</summary>
    public Duration PreTest { get; }

    /// <summary>Gets the length of the post-test (zero: none).</summary>
    public Duration PostTest { get; }

    /// <summary>Gets the length of the closing (zero: none).</summary>
    public Duration Closing { get; }

    /// <summary>Gets where these lengths come from: <see cref="Provenance.Assumed"/> for <see cref="Default"/>.</summary>
    public Provenance Provenance { get; }

    // A block longer than half a working day is a unit mistake (hours for minutes), not an agenda.
    private static Duration Checked(Duration length, string name) =>
        length < Duration.Zero || length > Duration.FromHours(4)
            ? throw new ArgumentOutOfRangeException(name, length, $"The {name} block must last between 0 and 4 hours.")
            : length;
}

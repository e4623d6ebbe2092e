using Bimtek.Domain.Regions;

namespace Bimtek.Domain.Centres;

/// <summary>
/// Thrown at start-up when a service-area mapping leaves a province unserved or serves it twice on some date,
/// or names a centre or province that does not exist.
/// </summary>
/// <remarks>The message lists every problem, naming the provinces (code and name) and the dates.</remarks>
public sealed class ServiceAreaMappingException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">One line per problem.</param>
    /// <param name="unserved">The provinces with a date no centre serves.</param>
    /// <param name="doublyServed">The provinces with a date two centres serve.</param>
    public ServiceAreaMappingException(IReadOnlyList<string> problems, IReadOnlyList<RegionCode> unserved, IReadOnlyList<RegionCode> doublyServed)
        : base("The service-area mapping is invalid: every province must be served by exactly one centre on every date."
            + Environment.NewLine + string.Join(Environment.NewLine, (problems ?? []).Select(p => "  - " + p)))
    {
        Problems = problems ?? [];
        UnservedProvinces = unserved ?? [];
        DoublyServedProvinces = doublyServed ?? [];
    }

    /// <summary>Gets one line per problem found.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Gets the provinces that some date leaves without a centre.</summary>
    public IReadOnlyList<RegionCode> UnservedProvinces { get; }

    /// <summary>Gets the provinces that some date gives two centres.</summary>
    public IReadOnlyList<RegionCode> DoublyServedProvinces { get; }
}

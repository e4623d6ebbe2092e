namespace Bimtek.Domain.Common;

/// <summary>Where a fact in the reference data comes from, so a host can tell a sourced fact from a default.</summary>
public enum Provenance
{
    /// <summary>Stated by a source named in the data (see <c>seeds/*/SOURCES.md</c>).</summary>
    Sourced = 1,

    /// <summary>No source was found; the package ships a reasoned default that a host should confirm or replace.</summary>
    Assumed = 2,

    /// <summary>Supplied by the host application, which answers for it.</summary>
    HostSupplied = 3,
}

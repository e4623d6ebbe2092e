using Bimtek.Domain.Centres;

namespace Bimtek.Domain.Certificates;

/// <summary>What a certificate serial counts within: one issuing centre, one year of issue and one programme.</summary>
/// <remarks>
/// Immutable; equal by its three parts (the programme code compared ordinally). The <see langword="default"/> value is no
/// series (<see cref="IsDefault"/>): an <see cref="ICertificateSequence"/> refuses it.
/// </remarks>
public readonly record struct CertificateSeries
{
    /// <summary>Creates a series.</summary>
    /// <param name="centre">The issuing centre.</param>
    /// <param name="year">The year of issue, 1900–2099.</param>
    /// <param name="programmeCode">The programme's code; it becomes part of the number, so it has no <c>/</c>.</param>
    /// <exception cref="ArgumentException">The centre is <c>default</c>, or the programme code blank or containing <c>/</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900–2099.</exception>
    public CertificateSeries(CentreCode centre, int year, string programmeCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programmeCode);
        if (centre.IsDefault)
        {
            throw new ArgumentException("The centre is the default CentreCode.", nameof(centre));
        }

        if (programmeCode.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException("A programme code in a certificate number cannot contain '/'.", nameof(programmeCode));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2099);
        Centre = centre;
        Year = year;
        ProgrammeCode = programmeCode;
    }

    /// <summary>Gets the issuing centre.</summary>
    public CentreCode Centre { get; }

    /// <summary>Gets the year of issue.</summary>
    public int Year { get; }

    /// <summary>Gets the programme's code (<see langword="null"/> only for the <c>default</c> value).</summary>
    public string ProgrammeCode { get; }

    /// <summary>Gets whether this is the <c>default</c> value, which is no series.</summary>
    public bool IsDefault => ProgrammeCode is null;

    /// <inheritdoc />
    public override string ToString() => IsDefault ? string.Empty : $"{Centre.Value}/{ProgrammeCode}/{Year}";
}

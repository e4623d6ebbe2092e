using Bimtek.Domain.Common;

namespace Bimtek.Domain.Participants;

/// <summary>An official (ASN) who may be nominated for and take part in a programme: NIP, name, position and agency.</summary>
/// <remarks>
/// <para>The NIP identifies the official: two participants are equal when their NIPs are equal, whatever their
/// position or agency (which change over a career).</para>
/// <para>The NIP and the name are personal data: <see cref="ToString"/> shows only the masked NIP and the position
/// kind, and no message of this package carries the name.</para>
/// </remarks>
public sealed class Participant : IEquatable<Participant>
{
    /// <summary>Creates a participant.</summary>
    /// <param name="nip">The NIP.</param>
    /// <param name="name">The full name as written in the personnel record.</param>
    /// <param name="position">The position held.</param>
    /// <param name="agency">The agency worked for.</param>
    /// <exception cref="ArgumentException"><paramref name="nip"/> is <c>default</c> or <paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="position"/> or <paramref name="agency"/> is <see langword="null"/>.</exception>
    public Participant(Nip nip, string name, Position position, Agency agency)
    {
        if (nip.IsDefault)
        {
            throw new ArgumentException("The participant's NIP is the default Nip.", nameof(nip));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(agency);
        Nip = nip;
        Name = name.Trim();
        Position = position;
        Agency = agency;
    }

    /// <summary>Gets the NIP.</summary>
    public Nip Nip { get; }

    /// <summary>Gets the full name (personal data: never put it in a log or message).</summary>
    public string Name { get; }

    /// <summary>Gets the position held.</summary>
    public Position Position { get; }

    /// <summary>Gets the agency worked for.</summary>
    public Agency Agency { get; }

    /// <inheritdoc />
    public bool Equals(Participant? other) => other is not null && Nip == other.Nip;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Participant);

    /// <inheritdoc />
    public override int GetHashCode() => Nip.GetHashCode();

    /// <summary>Shows the masked NIP and the position kind, e.g. <c>1966************01 (Administrator)</c>.</summary>
    /// <returns>The text, free of personal data beyond the masked NIP.</returns>
    public override string ToString() => $"{Nip.ToMaskedString()} ({Position.Kind})";
}

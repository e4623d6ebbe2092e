using Bimtek.Domain.Common;

namespace Bimtek.Domain.Interop.Meetings;

/// <summary>An enrolled official as the roster knows them: NIP, registered name and e-mails, for identity resolution.</summary>
/// <remarks>Holds personal data: <see cref="ToString"/> shows the masked NIP only. Immutable.</remarks>
public sealed class RosterOfficial
{
    /// <summary>Creates a roster entry.</summary>
    /// <param name="nip">The official's NIP.</param>
    /// <param name="name">The registered name (titles may be included; they are ignored when comparing).</param>
    /// <param name="emails">The registered e-mails (any number; blank ones are ignored).</param>
    /// <exception cref="ArgumentException">The NIP is <c>default</c>.</exception>
    public RosterOfficial(Nip nip, string? name, IEnumerable<string>? emails = null)
    {
        if (nip.IsDefault)
        {
            throw new ArgumentException("The NIP is the default Nip.", nameof(nip));
        }

        Nip = nip;
        Name = name ?? string.Empty;
        Emails = (emails ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).ToList().AsReadOnly();
    }

    /// <summary>Gets the official's NIP.</summary>
    public Nip Nip { get; }

    /// <summary>Gets the registered name.</summary>
    public string Name { get; }

    /// <summary>Gets the registered e-mails.</summary>
    public IReadOnlyList<string> Emails { get; }

    /// <inheritdoc />
    public override string ToString() => Nip.ToMaskedString();
}

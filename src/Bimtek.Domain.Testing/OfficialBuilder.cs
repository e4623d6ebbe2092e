using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Programmes;

namespace Bimtek.Domain.Testing;

/// <summary>An official that breaks no eligibility rule of <see cref="ProgrammeBuilder"/>'s phases: official number 1
/// (<see cref="People.Official"/>), a kepala dinas (JPT Pratama) of Kota Yogyakarta's industry office.</summary>
public sealed class OfficialBuilder
{
    private int _number = 1;
    private Nip? _nip;
    private string? _name;
    private Agency _agency = People.YogyakartaCityOffice;
    private Position? _position;

    /// <summary>Takes the NIP and name of the <paramref name="n"/>-th synthetic official.</summary>
    /// <param name="n">The number (see <see cref="People.Nip(int)"/>).</param>
    /// <returns>This builder.</returns>
    public OfficialBuilder Numbered(int n) => Set(() => _number = n);

    /// <summary>Sets the NIP.</summary>
    /// <param name="nip">The NIP.</param>
    /// <returns>This builder.</returns>
    public OfficialBuilder WithNip(Nip nip) => Set(() => _nip = nip);

    /// <summary>Sets the name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public OfficialBuilder Named(string name) => Set(() => _name = name);

    /// <summary>Sets the agency.</summary>
    /// <param name="agency">The agency.</param>
    /// <returns>This builder.</returns>
    public OfficialBuilder Of(Agency agency) => Set(() => _agency = agency);

    /// <summary>Sets the position.</summary>
    /// <param name="kind">The position kind.</param>
    /// <param name="title">The title; <see langword="null"/>: a kepala dinas or kepala bidang title by kind.</param>
    /// <returns>This builder.</returns>
    public OfficialBuilder As(PositionKind kind, string? title = null) => Set(() =>
        _position = new Position(kind, title ?? (kind == PositionKind.JptPratama ? "Kepala Dinas Perindustrian" : "Kepala Bidang Perindustrian")));

    /// <summary>Builds the official.</summary>
    /// <returns>A new participant.</returns>
    public Participant Build()
    {
        var template = People.Official(_number, _agency);
        return new Participant(_nip ?? template.Nip, _name ?? template.Name, _position ?? template.Position, _agency);
    }

    /// <summary>Builds the official.</summary>
    /// <param name="builder">The builder.</param>
    public static implicit operator Participant(OfficialBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Build();
    }

    private OfficialBuilder Set(Action change)
    {
        change();
        return this;
    }
}

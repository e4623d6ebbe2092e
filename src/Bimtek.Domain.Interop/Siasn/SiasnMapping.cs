using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;

namespace Bimtek.Domain.Interop.Siasn;

/// <summary>
/// The SIASN reference ids the host supplies: BKN's codes are not published in a specification the package could
/// embed, so every id comes from the host (<see cref="Provenance.HostSupplied"/>), never invented.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class SiasnMapping
{
    /// <summary>Creates a mapping.</summary>
    /// <param name="officials">Per NIP: the SIASN person id (<c>pnsOrangId</c>) and the official's <c>instansiId</c>.</param>
    /// <param name="programmes">Per programme code: <c>jenisDiklatId</c> and <c>jenisKursusSertipikat</c>.</param>
    /// <param name="centres">Per centre: <c>lokasiId</c> and the <c>institusiPenyelenggara</c> name.</param>
    public SiasnMapping(
        IReadOnlyDictionary<Nip, (string PnsOrangId, string InstansiId)> officials,
        IReadOnlyDictionary<string, (string JenisDiklatId, string JenisKursusSertipikat)> programmes,
        IReadOnlyDictionary<CentreCode, (string LokasiId, string InstitusiPenyelenggara)> centres)
    {
        ArgumentNullException.ThrowIfNull(officials);
        ArgumentNullException.ThrowIfNull(programmes);
        ArgumentNullException.ThrowIfNull(centres);
        Officials = officials;
        Programmes = programmes;
        Centres = centres;
    }

    /// <summary>Gets the officials' ids by NIP.</summary>
    public IReadOnlyDictionary<Nip, (string PnsOrangId, string InstansiId)> Officials { get; }

    /// <summary>Gets the programmes' ids by programme code.</summary>
    public IReadOnlyDictionary<string, (string JenisDiklatId, string JenisKursusSertipikat)> Programmes { get; }

    /// <summary>Gets the centres' ids by centre code.</summary>
    public IReadOnlyDictionary<CentreCode, (string LokasiId, string InstitusiPenyelenggara)> Centres { get; }
}

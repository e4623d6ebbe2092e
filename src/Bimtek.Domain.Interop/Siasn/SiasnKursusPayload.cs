using System.Text.Json.Serialization;

namespace Bimtek.Domain.Interop.Siasn;

/// <summary>
/// One <em>riwayat kursus</em> save payload for BKN's SIASN, with the field names public SIASN clients send
/// (provenance: public client code; no official specification was found).
/// </summary>
/// <remarks>Holds a SIASN person id (personal data): <see cref="ToString"/> shows the certificate number only.</remarks>
public sealed record SiasnKursusPayload
{
    /// <summary>Gets the course name.</summary>
    [JsonPropertyName("namaKursus")]
    public required string NamaKursus { get; init; }

    /// <summary>Gets the lesson hours (JP, 45 minutes each), a whole number.</summary>
    [JsonPropertyName("jumlahJam")]
    public required int JumlahJam { get; init; }

    /// <summary>Gets the year, as the certificate's.</summary>
    [JsonPropertyName("tahunKursus")]
    public required int TahunKursus { get; init; }

    /// <summary>Gets the first day, <c>dd-MM-yyyy</c>.</summary>
    [JsonPropertyName("tanggalKursus")]
    public required string TanggalKursus { get; init; }

    /// <summary>Gets the last day, <c>dd-MM-yyyy</c>.</summary>
    [JsonPropertyName("tanggalSelesaiKursus")]
    public required string TanggalSelesaiKursus { get; init; }

    /// <summary>Gets the organising institution's name.</summary>
    [JsonPropertyName("institusiPenyelenggara")]
    public required string InstitusiPenyelenggara { get; init; }

    /// <summary>Gets the certificate number (the save side spells it <c>nomorSertipikat</c>).</summary>
    [JsonPropertyName("nomorSertipikat")]
    public required string NomorSertipikat { get; init; }

    /// <summary>Gets the certificate kind id (host-supplied).</summary>
    [JsonPropertyName("jenisKursusSertipikat")]
    public required string JenisKursusSertipikat { get; init; }

    /// <summary>Gets the training kind id (host-supplied).</summary>
    [JsonPropertyName("jenisDiklatId")]
    public required string JenisDiklatId { get; init; }

    /// <summary>Gets the agency id (host-supplied).</summary>
    [JsonPropertyName("instansiId")]
    public required string InstansiId { get; init; }

    /// <summary>Gets the location id (host-supplied).</summary>
    [JsonPropertyName("lokasiId")]
    public required string LokasiId { get; init; }

    /// <summary>Gets the SIASN person id of the official (host-supplied).</summary>
    [JsonPropertyName("pnsOrangId")]
    public required string PnsOrangId { get; init; }

    /// <inheritdoc />
    public override string ToString() => NomorSertipikat;
}

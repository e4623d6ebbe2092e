using System.Globalization;
using System.Text.Json;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.Scheduling;
using NodaTime;
using NodaTime.Text;
using static Bimtek.Domain.Interop.Siasn.SiasnRuleCodes;

namespace Bimtek.Domain.Interop.Siasn;

/// <summary>
/// The SIASN <em>riwayat kursus</em> payloads for certificates: one per certificate whose every reference id the host's
/// <see cref="SiasnMapping"/> gives; each certificate lacking one is reported (<see cref="SiasnRuleCodes.ReferenceMissing"/>)
/// instead of sent with an invented id. The package makes no HTTP call: payloads out, the host sends them.
/// </summary>
/// <remarks>Field names follow public SIASN client code (no official specification was found): provenance
/// <see cref="Provenance"/>. Course dates come from the schedule's session of the certificate's programme and centre that
/// ended last on or before the issue date; without one, both dates are the issue date.</remarks>
public sealed class SiasnExport
{
    private static readonly LocalDatePattern Date = LocalDatePattern.CreateWithInvariantCulture("dd-MM-yyyy");
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private SiasnExport(IReadOnlyList<SiasnKursusPayload> payloads, IReadOnlyList<RuleViolation> missing)
    {
        Payloads = payloads;
        Missing = missing;
    }

    /// <summary>Where the field names come from: public client code (<see cref="Bimtek.Domain.Common.Provenance.Assumed"/>), not a BKN specification.</summary>
    public static Provenance Provenance => Provenance.Assumed;

    /// <summary>Gets the payloads, in certificate order.</summary>
    public IReadOnlyList<SiasnKursusPayload> Payloads { get; }

    /// <summary>Gets a <see cref="SiasnRuleCodes.ReferenceMissing"/> error per missing reference of a certificate.</summary>
    public IReadOnlyList<RuleViolation> Missing { get; }

    /// <summary>Builds the payloads.</summary>
    /// <param name="certificates">The certificates to record.</param>
    /// <param name="schedule">The schedule the certificates came from (for the course name and dates).</param>
    /// <param name="mapping">The host's SIASN reference ids.</param>
    /// <returns>The payloads and what is missing.</returns>
    public static SiasnExport Build(IEnumerable<Certificate> certificates, Schedule schedule, SiasnMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(certificates);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(mapping);
        var payloads = new List<SiasnKursusPayload>();
        var missing = new List<RuleViolation>();
        foreach (var certificate in certificates)
        {
            ArgumentNullException.ThrowIfNull(certificate, nameof(certificates));
            var lacks = new List<string>();
            if (!mapping.Officials.TryGetValue(certificate.Holder, out var official))
            {
                lacks.Add("pnsOrangId/instansiId");
            }

            if (!mapping.Programmes.TryGetValue(certificate.ProgrammeCode, out var programme))
            {
                lacks.Add("jenisDiklatId/jenisKursusSertipikat");
            }

            if (!mapping.Centres.TryGetValue(certificate.Centre, out var centre))
            {
                lacks.Add("lokasiId/institusiPenyelenggara");
            }

            if (lacks.Count > 0)
            {
                missing.AddRange(lacks.Select(l => SiasnRules.Violation(ReferenceMissing, ("Certificate", certificate.Number), ("Reference", l))));
                continue;
            }

            var (first, last) = CourseDays(certificate, schedule);
            payloads.Add(new SiasnKursusPayload
            {
                NamaKursus = schedule.Programme.Code == certificate.ProgrammeCode ? schedule.Programme.Title : certificate.ProgrammeCode,
                JumlahJam = certificate.Jp.Value,
                TahunKursus = certificate.Year,
                TanggalKursus = Date.Format(first),
                TanggalSelesaiKursus = Date.Format(last),
                InstitusiPenyelenggara = centre.InstitusiPenyelenggara,
                NomorSertipikat = certificate.Number,
                JenisKursusSertipikat = programme.JenisKursusSertipikat,
                JenisDiklatId = programme.JenisDiklatId,
                InstansiId = official.InstansiId,
                LokasiId = centre.LokasiId,
                PnsOrangId = official.PnsOrangId,
            });
        }

        return new SiasnExport(payloads.AsReadOnly(), missing.AsReadOnly());
    }

    /// <summary>Writes the payloads as a JSON array (indented), one object per save call.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(Payloads, Indented);

    private static (LocalDate First, LocalDate Last) CourseDays(Certificate certificate, Schedule schedule)
    {
        if (schedule.Programme.Code == certificate.ProgrammeCode)
        {
            var session = schedule.Sessions
                .Where(s => s.Centre == certificate.Centre && s.Days.Count > 0 && s.Days[^1].Date <= certificate.IssuedOn)
                .MaxBy(s => s.Days[^1].Date);
            if (session is not null)
            {
                return (session.Days[0].Date, session.Days[^1].Date);
            }
        }

        return (certificate.IssuedOn, certificate.IssuedOn);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Payloads.Count} payload(s), {Missing.Count} missing reference(s)");
}

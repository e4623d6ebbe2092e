using System.Text.Json;
using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Common;
using Bimtek.Domain.Interop.Siasn;
using Bimtek.Domain.Seeds;
using NodaTime;

namespace Bimtek.Domain.Interop.Tests.Siasn;

public class SiasnTests
{
    private static readonly Nip Sutrisno = Nip.Parse("197905122005011003");
    private static readonly Nip Rina = Nip.Parse("198211302009012004");
    private static readonly Scheduling.Schedule Schedule = EmbeddedProgrammes.LoadAsRunSchedule("KEMENPERIN-2020-NEW-NORMAL");

    private static Certificate CertificateOf(Nip holder, string number) =>
        new(number, "verify", holder, "KEMENPERIN-2020-NEW-NORMAL", CentreCode.Parse("BDI-YOG"), new LocalDate(2020, 6, 19), LessonHours.FromJp(6));

    private static SiasnMapping Mapping() => new(
        new Dictionary<Nip, (string, string)> { [Sutrisno] = ("PNS-1", "INST-1") },
        new Dictionary<string, (string, string)> { ["KEMENPERIN-2020-NEW-NORMAL"] = ("2", "T") },
        new Dictionary<CentreCode, (string, string)> { [CentreCode.Parse("BDI-YOG")] = ("LOK-1", "Balai Diklat Industri Yogyakarta") });

    [Fact]
    public void Build_WithEveryReference_WritesThePayloadWithClientFieldNames()
    {
        var export = SiasnExport.Build([CertificateOf(Sutrisno, "0001/BDI-YOG/KEMENPERIN-2020-NEW-NORMAL/2020")], Schedule, Mapping());

        export.Missing.Should().BeEmpty();
        using var json = JsonDocument.Parse(export.ToJson());
        var payload = json.RootElement[0];
        payload.EnumerateObject().Select(p => p.Name).Should().Equal(
            "namaKursus", "jumlahJam", "tahunKursus", "tanggalKursus", "tanggalSelesaiKursus", "institusiPenyelenggara",
            "nomorSertipikat", "jenisKursusSertipikat", "jenisDiklatId", "instansiId", "lokasiId", "pnsOrangId");
        payload.GetProperty("jumlahJam").GetInt32().Should().Be(6);
        payload.GetProperty("tanggalKursus").GetString().Should().Be("18-06-2020");
        payload.GetProperty("tanggalSelesaiKursus").GetString().Should().Be("19-06-2020");
        payload.GetProperty("pnsOrangId").GetString().Should().Be("PNS-1");
        SiasnExport.Provenance.Should().Be(Provenance.Assumed);
    }

    [Fact]
    public void Build_WithoutAnOfficialsIds_ReportsTheCertificateInsteadOfInventing()
    {
        var export = SiasnExport.Build([CertificateOf(Rina, "0002/BDI-YOG/KEMENPERIN-2020-NEW-NORMAL/2020")], Schedule, Mapping());

        export.Payloads.Should().BeEmpty();
        export.Missing.Should().ContainSingle().Which.Should().Match<RuleViolation>(v => v.Code == SiasnRuleCodes.ReferenceMissing);
        export.Missing[0].Format(new("en")).Should().NotContain("198211302009012004");
    }

    [Fact]
    public void Read_RiwayatKursus_FeedsTheLedgerWithoutCountingOwnCertificatesTwice()
    {
        var json = File.ReadAllText(Samples.PathOf("samples", "siasn", "riwayat-kursus.json"));
        var own = CertificateOf(Sutrisno, "0001/BDI-YOG/KEMENPERIN-2020-NEW-NORMAL/2020");

        var records = SiasnRiwayatReader.Read(json, [own.Number], out var findings);
        var ledger = new DevelopmentLedger([own], records);

        records.Should().HaveCount(2);
        findings.Should().ContainSingle().Which.Details["Where"].Should().Be("$.data[2]");
        ledger.EarnedBy(Sutrisno, 2020).Should().Be(LessonHours.FromJp(18));
        ledger.EarnedBy(Rina, 2020).Should().Be(LessonHours.FromJp(8));
        SiasnRiwayatReader.Read(json, ["12/PUSDIKLAT/2020"], out _).Should().HaveCount(1);
    }
}

using System.Text.Json;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Interop.Siasn;

namespace Bimtek.Cli.Tests;

public class SiasnCommandTests
{
    private static readonly string Schedule = Repository.File("seeds", "programmes", "kemenperin-2020-new-normal-as-run-schedule.json");
    private static readonly string Certificates = Repository.File("samples", "siasn", "certificates.csv");
    private static readonly string Mapping = Repository.File("samples", "siasn", "mapping.json");
    private static readonly string Response = Repository.File("samples", "siasn", "riwayat-kursus.json");
    private static readonly string[] Nips = ["197905122005011003", "198211302009012004"];

    [Fact]
    public void Payloads_WritesTheSaveCallsAndReportsTheCertificateWithoutAPersonId()
    {
        var output = Path.Combine(Path.GetTempPath(), "bimtek-siasn-" + Guid.NewGuid().ToString("N") + ".json");

        var (exit, stdout, error) = CliRunner.Run("siasn", "payloads", "--schedule", Schedule, "--certificates", Certificates, "--mapping", Mapping, "--out", output, "--json");

        exit.Should().Be(1, "the second certificate's holder has no pnsOrangId in the mapping: " + error);
        var payload = JsonDocument.Parse(File.ReadAllText(output)).RootElement.EnumerateArray().Should().ContainSingle().Subject;
        payload.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(
            "namaKursus", "jumlahJam", "tahunKursus", "tanggalKursus", "tanggalSelesaiKursus", "institusiPenyelenggara", "nomorSertipikat",
            "jenisKursusSertipikat", "jenisDiklatId", "instansiId", "lokasiId", "pnsOrangId");
        (payload.GetProperty("jumlahJam").GetInt32(), payload.GetProperty("tanggalKursus").GetString(), payload.GetProperty("tanggalSelesaiKursus").GetString())
            .Should().Be((6, "18-06-2020", "19-06-2020"));
        var root = JsonDocument.Parse(stdout).RootElement;
        root.GetProperty("provenance").GetString().Should().Be("assumed");
        root.GetProperty("violations").EnumerateArray().Should().ContainSingle().Which.GetProperty("code").GetString().Should().Be(SiasnRuleCodes.ReferenceMissing);
        (stdout + error + File.ReadAllText(output)).Should().NotContainAny(Nips);
    }

    [Fact]
    public void Payloads_WithEveryReference_SucceedsWithoutWritingWhenNoOut()
    {
        var mapping = Temp("mapping.json", File.ReadAllText(Mapping).Replace(
            "\"officials\": {",
            "\"officials\": {\n    \"198211302009012004\": { \"pnsOrangId\": \"B1\", \"instansiId\": \"B2\" },",
            StringComparison.Ordinal));

        var (exit, output, error) = CliRunner.Run("siasn", "payloads", "--schedule", Schedule, "--certificates", Certificates, "--mapping", mapping);

        exit.Should().Be(0, error);
        output.Should().Contain("2 payload(s)").And.Contain("give --out F").And.Contain("1982************04");
    }

    [Fact]
    public void Payloads_BadCertificateRows_AreRefusedNamingLinesAndFields()
    {
        var certificates = Temp("certificates.csv", "number,verification_code,nip,programme,centre,issued_on,jp\nA-1,V,197905122005011003,P,BDI-YOG,2020-06-22,6\nA-2,V,1979051220050110,P,BDI-YOG,2020-06-22,6\nA-3,V,198211302009012004,P,BDI-YOG,22-06-2020,6\n");

        var (exit, output, error) = CliRunner.Run("siasn", "payloads", "--schedule", Schedule, "--certificates", certificates, "--mapping", Mapping);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("certificates.csv: line 3: field 'nip' is not a valid NIP").And.Contain("also line(s) 4").And.NotContain("1979051220050110");
    }

    [Fact]
    public void Payloads_BadMappingEntry_IsRefusedWithItsJsonPathMasked()
    {
        var mapping = Temp("mapping.json", "{ \"officials\": { \"197905122005011003\": { \"pnsOrangId\": \"\", \"instansiId\": \"X\" } } }");

        var (exit, _, error) = CliRunner.Run("siasn", "payloads", "--schedule", Schedule, "--certificates", Certificates, "--mapping", mapping);

        exit.Should().Be(2);
        error.Should().Contain("$.officials['1979************03'].pnsOrangId").And.NotContain(Nips[0]);
    }

    [Fact]
    public void Ledger_CountsJpOnRecordWithCertificatesAgainstTheMinimum()
    {
        var (exit, output, error) = CliRunner.Run("siasn", "ledger", "--response", Response, "--certificates", Certificates, "--json");

        exit.Should().Be(1, "a record is unreadable and both officials are short of 20 JP: " + error);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("officials").EnumerateArray()
            .Select(o => (o.GetProperty("nip").GetString(), o.GetProperty("year").GetInt32(), o.GetProperty("siasnJp").GetInt32(), o.GetProperty("certificateJp").GetInt32(), o.GetProperty("minimumMet").GetBoolean()))
            .Should().Equal(("1979************03", 2020, 12, 6, false), ("1982************04", 2020, 8, 6, false));
        var codes = root.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("code").GetString()).ToList();
        codes.Should().Equal(SiasnRuleCodes.RecordInvalid, CertificateRuleCodes.DevelopmentBelowMinimum, CertificateRuleCodes.DevelopmentBelowMinimum);
        output.Should().Contain("$.data[2]").And.NotContainAny(Nips);
    }

    [Fact]
    public void Ledger_ResponseThatIsNotJson_IsAUsageError()
    {
        var response = Temp("response.json", "<html>502 Bad Gateway</html>");

        var (exit, _, error) = CliRunner.Run("siasn", "ledger", "--response", response);

        exit.Should().Be(2);
        error.Should().Contain("response.json").And.Contain("not a SIASN riwayat-kursus response");
    }

    private static string Temp(string name, string content)
    {
        var folder = Path.Combine(Path.GetTempPath(), "bimtek-siasn-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}

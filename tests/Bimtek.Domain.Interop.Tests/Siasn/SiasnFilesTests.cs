using System.Text;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Interop.Siasn;
using Bimtek.Domain.Serialization;

namespace Bimtek.Domain.Interop.Tests.Siasn;

public class SiasnFilesTests
{
    [Fact]
    public void CertificatesFile_Sample_IsRead()
    {
        var lines = File.ReadAllLines(Samples.PathOf("samples", "siasn", "certificates.csv"));

        var certificates = Certificates(lines);

        certificates.Should().HaveCount(2);
        certificates[0].Holder.Should().Be(Nip.Parse("197905122005011003"));
        (certificates[0].Centre, certificates[0].Jp.Value, certificates[0].Year).Should().Be((CentreCode.Parse("BDI-YOG"), 6, 2020));
    }

    [Theory]
    [InlineData("N,V,197905122005011003,P,BDI-YOG,2020-13-01,6", "issued_on")]
    [InlineData("N,V,197905122005011003,P,BDI YOG!,2020-06-22,6", "centre")]
    [InlineData("N,V,197905122005011003,P,BDI-YOG,2020-06-22,six", "jp")]
    [InlineData(",V,197905122005011003,P,BDI-YOG,2020-06-22,6", "number")]
    public void CertificatesFile_BadRow_IsRefusedNamingTheField(string row, string field)
    {
        var refused = FluentActions.Invoking(() => Certificates(string.Join(',', CertificatesFile.Columns), row)).Should().Throw<BimtekCsvException>().Which;

        refused.Line.Should().Be(2);
        refused.Message.Should().Contain($"'{field}'").And.NotContain("197905122005011003").And.NotContain("BDI YOG!");
    }

    [Fact]
    public void CertificatesFile_RepeatedNumber_IsRefused() =>
        FluentActions.Invoking(() => Certificates(string.Join(',', CertificatesFile.Columns), "N,V,197905122005011003,P,BDI-YOG,2020-06-22,6", "n,V,198211302009012004,P,BDI-YOG,2020-06-22,6"))
            .Should().Throw<BimtekCsvException>().Which.Line.Should().Be(3);

    [Fact]
    public void MappingFile_Sample_IsRead()
    {
        using var stream = File.OpenRead(Samples.PathOf("samples", "siasn", "mapping.json"));

        var mapping = SiasnMappingFile.ReadJson(stream, "mapping.json");

        mapping.Officials[Nip.Parse("197905122005011003")].PnsOrangId.Should().NotBeNullOrWhiteSpace();
        mapping.Programmes.Should().ContainKey("KEMENPERIN-2020-NEW-NORMAL");
        mapping.Centres[CentreCode.Parse("BDI-YOG")].InstitusiPenyelenggara.Should().Be("Balai Diklat Industri Yogyakarta");
    }

    [Theory]
    [InlineData("[]", "$")]
    [InlineData("{ \"officials\": [] }", "$.officials")]
    [InlineData("{ \"officials\": { \"19790512\": { \"pnsOrangId\": \"A\", \"instansiId\": \"B\" } } }", "$.officials['19790512']")]
    [InlineData("{ \"centres\": { \"BDI-YOG\": { \"lokasiId\": 7, \"institusiPenyelenggara\": \"B\" } } }", "$.centres['BDI-YOG'].lokasiId")]
    [InlineData("{ \"officials\": { \"197905122005011003\": { \"instansiId\": \"B\" } } }", "$.officials['1979************03'].pnsOrangId")]
    [InlineData("{ not json", "$")]
    public void MappingFile_BadEntry_IsRefusedWithItsPath(string json, string path)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var refused = FluentActions.Invoking(() => SiasnMappingFile.ReadJson(stream, "mapping.json")).Should().Throw<BimtekJsonException>().Which;

        refused.JsonPath.Should().Be(path);
        refused.Message.Should().NotContain("197905122005011003");
    }

    private static IReadOnlyList<Certificates.Certificate> Certificates(params string[] lines)
    {
        var rows = lines.Select((l, i) => new CsvRecord(i + 1, l.Split(','))).ToList();
        return CertificatesFile.ReadCsv(rows[0].Fields, rows.Skip(1), "certificates.csv");
    }
}

namespace Bimtek.Cli.Tests;

public class RegionsCommandTests
{
    [Fact]
    public void Regions_Json_ListsTheProvincesOfTheDate()
    {
        var today = CliRunner.Json("regions", "--json");
        var in2020 = CliRunner.Json("regions", "--as-of", "2020-06-08", "--json");

        today.GetProperty("asOf").GetString().Should().Be("2026-11-27");
        today.GetProperty("regions").GetArrayLength().Should().Be(38);
        in2020.GetProperty("regions").GetArrayLength().Should().Be(34);
    }

    [Fact]
    public void Regions_Json_ItemsCarryTheDocumentedFields()
    {
        var item = CliRunner.Json("regions", "--province", "32", "--json").GetProperty("regions").EnumerateArray()
            .Single(r => r.GetProperty("code").GetString() == "32.73");

        item.GetProperty("name").GetString().Should().Be("Bandung");
        item.GetProperty("kind").GetString().Should().Be("kota");
        item.GetProperty("provinceCode").GetString().Should().Be("32");
        item.GetProperty("timeZone").GetString().Should().Be("Asia/Jakarta");
        item.GetProperty("zone").GetString().Should().Be("WIB");
        item.GetProperty("autonomous").GetBoolean().Should().BeTrue();
        item.GetProperty("centre").GetString().Should().Be("BDI-JKT");
    }

    [Fact]
    public void Regions_Province_FollowsThePapuaRecoding()
    {
        var papua2020 = CliRunner.Json("regions", "--province", "91", "--as-of", "2020-06-08", "--json").GetProperty("regions");
        var selatan = CliRunner.Json("regions", "--province", "93", "--as-of", "2024-01-01", "--json").GetProperty("regions");

        papua2020.GetArrayLength().Should().Be(29);
        selatan.EnumerateArray().Select(r => r.GetProperty("code").GetString()).Should().Equal("93.01", "93.02", "93.03", "93.04");
        selatan[0].GetProperty("previousCode").GetString().Should().Be("91.01");
    }

    [Fact]
    public void Regions_Table_ShowsNamesAndZones()
    {
        var (exit, output, _) = CliRunner.Run("regions", "--province", "31");

        exit.Should().Be(0);
        output.Should().Contain("Jakarta Selatan").And.Contain("WIB (Asia/Jakarta)").And.Contain("Kepulauan Seribu");
    }

    [Theory]
    [InlineData("--as-of", "2020-13-01")]
    [InlineData("--as-of", "yesterday")]
    [InlineData("--province", "3.2")]
    [InlineData("--province", "32.73")]
    [InlineData("--province", "97")]
    [InlineData("--province", "93", "--as-of", "2020-01-01")]
    [InlineData("--bogus")]
    public void Regions_BadArguments_ExitWith2AndOneLine(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(["regions", .. args]);

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.TrimEnd().Should().NotContain("\n").And.StartWith("bimtek: ").And.Contain(args[^1]);
    }

    [Fact]
    public void Regions_WhenANikIsTypedAsProvince_DoesNotEchoIt()
    {
        const string nik = "3602041211870001";

        var (exit, _, error) = CliRunner.Run("regions", "--province", nik);

        exit.Should().Be(2);
        error.Should().NotContain(nik).And.Contain("16-character");
    }
}

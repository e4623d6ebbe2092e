namespace Bimtek.Cli.Tests;

public class CentresCommandTests
{
    [Fact]
    public void Centres_Json_ListsTheSevenBdiWithTheirAreasAndProvenance()
    {
        var centres = CliRunner.Json("centres", "--as-of", "2020-06-08", "--json").GetProperty("centres")
            .EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!);

        centres.Should().HaveCount(7);
        var yogyakarta = centres["BDI-YOG"];
        yogyakarta.GetProperty("name").GetString().Should().Be("BDI Yogyakarta");
        yogyakarta.GetProperty("provinces").EnumerateArray().Select(p => p.GetString()).Should().Equal("33", "34", "61", "62");
        yogyakarta.GetProperty("regencyCount").GetInt32().Should().Be(68);
        yogyakarta.GetProperty("provenance").GetString().Should().Be("sourced");
        centres["BDI-SBY"].GetProperty("regencyCount").GetInt32().Should().Be(66);
        centres["BDI-MKS"].GetProperty("provenance").GetString().Should().Be("assumed");
        centres.Values.Sum(c => c.GetProperty("regencyCount").GetInt32()).Should().Be(514);
    }

    [Fact]
    public void Centres_Today_IncludeThe2022PapuaProvincesWithTheirParent()
    {
        var makassar = CliRunner.Json("centres", "--json").GetProperty("centres").EnumerateArray()
            .Single(c => c.GetProperty("code").GetString() == "BDI-MKS");

        makassar.GetProperty("provinces").EnumerateArray().Select(p => p.GetString()).Should().Contain(["93", "94", "95", "96"]);
    }

    [Fact]
    public void Centres_Table_SaysWhatAssumedMeans()
    {
        var (exit, output, _) = CliRunner.Run("centres");

        exit.Should().Be(0);
        output.Should().Contain("BDI Denpasar").And.Contain("assumed").And.Contain("sourced");
    }

    [Fact]
    public void Centres_BadDate_ExitsWith2()
    {
        var (exit, _, error) = CliRunner.Run("centres", "--as-of", "2020-02-30");

        exit.Should().Be(2);
        error.Should().Contain("'2020-02-30'");
    }
}

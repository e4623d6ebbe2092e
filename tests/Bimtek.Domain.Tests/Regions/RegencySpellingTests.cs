using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Tests.Regions;

/// <summary>Names as the Kemendagri list writes them, and the five that follow BPS (seeds/regions/SOURCES.md, "Regency
/// spellings"), with every other spelling still found by name resolution.</summary>
public class RegencySpellingTests
{
    private static readonly RegionDirectory Directory = RegionDirectory.FromEmbeddedSeeds();
    private static readonly LocalDate Today = new(2026, 1, 5);

    [Theory]
    [InlineData("71.09", "Kepulauan Siau Tagulandang Biaro")] // corrected from "Kep. Siau Tagulandang Biaro"
    [InlineData("92.03", "Fakfak")]        // BPS; the Kepmendagri transcriptions write "Fak Fak"
    [InlineData("74.72", "Baubau")]        // BPS; "Bau Bau"
    [InlineData("62.71", "Palangka Raya")] // BPS; "Palangkaraya"
    [InlineData("72.04", "Tolitoli")]      // BPS Kabupaten Tolitoli; "Toli-Toli"
    [InlineData("72.09", "Tojo Una-Una")]  // BPS; "Tojo Una Una"
    public void Name_IsTheOfficialSpelling(string code, string name) =>
        Directory.FindRegency(RegionCode.Parse(code), Today)!.Name.Should().Be(name);

    [Theory]
    [InlineData("Kepulauan Siau Tagulandang Biaro", "71.09")]
    [InlineData("Kep. Siau Tagulandang Biaro", "71.09")]
    [InlineData("Kabupaten Fakfak", "92.03")]
    [InlineData("Fak Fak", "92.03")]
    [InlineData("Kota Baubau", "74.72")]
    [InlineData("Kota Palangka Raya", "62.71")]
    [InlineData("Tolitoli", "72.04")]
    [InlineData("Tojo Una-Una", "72.09")]
    [InlineData("Tojo Una Una", "72.09")]
    [InlineData("Bau Bau", "74.72")]
    [InlineData("Baubau", "74.72")]
    [InlineData("Palangkaraya", "62.71")]
    [InlineData("PALANGKA RAYA", "62.71")]
    [InlineData("Kabupaten Toli-Toli", "72.04")]
    [InlineData("Fakfak", "92.03")]
    public void ResolveName_FindsEverySpelling(string name, string code) =>
        Directory.ResolveName(name, Today).Matches.Should().ContainSingle().Which.Code.Should().Be(RegionCode.Parse(code));

    [Fact]
    public void Regencies_StillNumber514_AndNoNameKeepsTheKepAbbreviation()
    {
        var all = Directory.GetRegencies(Today);

        all.Should().HaveCount(514);
        all.Should().NotContain(r => r.Name.StartsWith("Kep. ", StringComparison.Ordinal));
    }
}

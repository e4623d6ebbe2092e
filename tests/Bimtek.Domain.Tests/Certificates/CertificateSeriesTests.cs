using Bimtek.Domain.Centres;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Testing;

namespace Bimtek.Domain.Tests.Certificates;

public class CertificateSeriesTests
{
    private static readonly CentreCode Yogyakarta = Reference.Centre("BDI-YOG");

    [Fact]
    public void Constructor_WhenTheCentreIsTheDefault_RefusesItByName()
    {
        var act = () => new CertificateSeries(default, 2020, "P");

        act.Should().Throw<ArgumentException>().WithParameterName("centre").WithMessage("*default CentreCode*");
    }

    [Fact]
    public void Constructor_WhenTheProgrammeCodeHasASlash_SaysItCannotBePartOfANumber()
    {
        var act = () => new CertificateSeries(Yogyakarta, 2020, "A/B");

        act.Should().Throw<ArgumentException>().WithParameterName("programmeCode").WithMessage("*cannot contain '/'*");
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2100)]
    public void Constructor_WhenTheYearIsOutside1900To2099_RefusesIt(int year)
    {
        var act = () => new CertificateSeries(Yogyakarta, year, "P");

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(year));
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2099)]
    public void Constructor_AcceptsTheFirstAndLastYears(int year) =>
        new CertificateSeries(Yogyakarta, year, "P").Year.Should().Be(year);

    [Fact]
    public void ToString_ShowsCentreProgrammeAndYear_AsInTheNumber() =>
        new CertificateSeries(Yogyakarta, 2020, "P").ToString().Should().Be("BDI-YOG/P/2020");

    [Fact]
    public void ToString_OfTheDefaultValue_IsEmpty()
    {
        var series = default(CertificateSeries);

        series.IsDefault.Should().BeTrue();
        series.ToString().Should().BeEmpty();
    }
}

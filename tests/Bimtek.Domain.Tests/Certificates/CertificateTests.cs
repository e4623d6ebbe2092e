using Bimtek.Domain.Calendar;
using Bimtek.Domain.Centres;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Testing;
using NodaTime;

namespace Bimtek.Domain.Tests.Certificates;

public class CertificateTests
{
    private static readonly LocalDate IssuedOn = new(2020, 6, 9);

    [Theory]
    [InlineData(" ", "2G5J-3QS7", "P", "number")]
    [InlineData("0001/BDI-YOG/P/2020", "", "P", "verificationCode")]
    [InlineData("0001/BDI-YOG/P/2020", "2G5J-3QS7", " ", "programmeCode")]
    public void Constructor_WhenATextIsBlank_RefusesItByName(string number, string verificationCode, string programmeCode, string parameter)
    {
        var act = () => new Certificate(number, verificationCode, People.Nip(1), programmeCode, Reference.Centre("BDI-YOG"), IssuedOn, LessonHours.FromJp(4));

        act.Should().Throw<ArgumentException>().WithParameterName(parameter);
    }

    [Fact]
    public void Constructor_WhenTheHolderIsTheDefaultNip_RefusesItByName()
    {
        var act = () => new Certificate("0001/BDI-YOG/P/2020", "2G5J-3QS7", default, "P", Reference.Centre("BDI-YOG"), IssuedOn, LessonHours.FromJp(4));

        act.Should().Throw<ArgumentException>().WithParameterName("holder").WithMessage("*default Nip*");
    }

    [Fact]
    public void Constructor_WhenTheCentreIsTheDefault_RefusesItByName()
    {
        var act = () => new Certificate("0001/BDI-YOG/P/2020", "2G5J-3QS7", People.Nip(1), "P", default(CentreCode), IssuedOn, LessonHours.FromJp(4));

        act.Should().Throw<ArgumentException>().WithParameterName("centre").WithMessage("*default CentreCode*");
    }
}

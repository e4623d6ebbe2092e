using Bimtek.Domain.Calendar;
using Bimtek.Domain.Certificates;
using Bimtek.Domain.Testing;

namespace Bimtek.Domain.Tests.Certificates;

public class DevelopmentRecordTests
{
    [Fact]
    public void Constructor_KeepsWhatTheSourceRecorded()
    {
        var record = new DevelopmentRecord(People.Nip(1), 2020, LessonHours.FromJp(12), "SIASN");

        (record.Holder, record.Year, record.Jp, record.Source).Should().Be((People.Nip(1), 2020, LessonHours.FromJp(12), "SIASN"));
    }

    [Fact]
    public void Constructor_WhenTheHolderIsTheDefaultNip_RefusesItByName()
    {
        var act = () => new DevelopmentRecord(default, 2020, LessonHours.FromJp(12), "SIASN");

        act.Should().Throw<ArgumentException>().WithParameterName("holder").WithMessage("*default Nip*");
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(10_000)]
    [InlineData(int.MaxValue)]
    public void Constructor_WhenTheYearIsOutside1900To9999_RefusesItByName(int recorded)
    {
        var act = () => new DevelopmentRecord(People.Nip(1), recorded, LessonHours.FromJp(12), "SIASN");

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year").WithMessage("*1900–9999*");
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(9999)]
    public void Constructor_AtTheEndsOfTheYearRange_Accepts(int recorded) =>
        new DevelopmentRecord(People.Nip(1), recorded, LessonHours.FromJp(12), "SIASN").Year.Should().Be(recorded);

    [Fact]
    public void Constructor_WhenTheSourceIsBlank_RefusesItByName()
    {
        var act = () => new DevelopmentRecord(People.Nip(1), 2020, LessonHours.FromJp(12), " ");

        act.Should().Throw<ArgumentException>().WithParameterName("source");
    }

    [Fact]
    public void ToString_ShowsSourceYearMaskedNipAndJp()
    {
        var text = new DevelopmentRecord(People.Nip(1), 2020, LessonHours.FromJp(12), "SIASN").ToString();

        text.Should().Be($"SIASN 2020: {People.Nip(1).ToMaskedString()}, 12 JP").And.NotContain(People.Nip(1).ToUnmaskedString());
    }
}

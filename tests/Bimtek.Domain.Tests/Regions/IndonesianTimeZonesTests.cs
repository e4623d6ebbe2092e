using Bimtek.Domain.Regions;
using NodaTime;

namespace Bimtek.Domain.Tests.Regions;

public class IndonesianTimeZonesTests
{
    private static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    [Theory]
    [InlineData("Asia/Jakarta", 2020, IndonesianTimeZone.WIB)]
    [InlineData("Asia/Pontianak", 2020, IndonesianTimeZone.WIB)]
    [InlineData("Asia/Makassar", 2020, IndonesianTimeZone.WITA)]
    [InlineData("Asia/Jayapura", 2020, IndonesianTimeZone.WIT)]
    [InlineData("Asia/Pontianak", 1987, IndonesianTimeZone.WITA)] // UTC+8 until Keppres 41/1987 took effect on 1 January 1988
    [InlineData("Asia/Pontianak", 1988, IndonesianTimeZone.WIB)]
    public void FindLabel_ReadsTheOffsetOnTheDate(string zone, int year, IndonesianTimeZone expected)
    {
        Zone(zone).FindLabel(new LocalDate(year, 6, 1)).Should().Be(expected);
    }

    [Theory]
    [InlineData("Asia/Jakarta", 1960)] // UTC+7:30 before 1964
    [InlineData("Asia/Jayapura", 1960)] // UTC+9:30 before 1964
    [InlineData("Europe/London", 2020)]
    public void FindLabel_WhenTheOffsetIsNotOneOfTheThree_IsNull(string zone, int year)
    {
        Zone(zone).FindLabel(new LocalDate(year, 6, 1)).Should().BeNull();
    }

    [Fact]
    public void GetLabel_OfAForeignZone_Throws()
    {
        var act = () => Zone("UTC").GetLabel(new LocalDate(2020, 1, 1));

        act.Should().Throw<ArgumentException>().WithParameterName("zone");
    }

    [Fact]
    public void GetUtcOffsetOn_ReadsTheOffsetAtTheStartOfTheLocalDay()
    {
        Zone("Asia/Pontianak").GetUtcOffsetOn(new LocalDate(1987, 12, 31)).Should().Be(Offset.FromHours(8));
        Zone("Asia/Pontianak").GetUtcOffsetOn(new LocalDate(1988, 1, 1)).Should().Be(Offset.FromHours(7));
        Zone("Asia/Jakarta").GetUtcOffsetOn(new LocalDate(1960, 1, 1)).Should().Be(Offset.FromHoursAndMinutes(7, 30));
    }

    [Theory]
    [InlineData(IndonesianTimeZone.WIB, 7, "Asia/Jakarta")]
    [InlineData(IndonesianTimeZone.WITA, 8, "Asia/Makassar")]
    [InlineData(IndonesianTimeZone.WIT, 9, "Asia/Jayapura")]
    public void Label_HasItsOffsetAndZone(IndonesianTimeZone label, int hours, string zone)
    {
        label.GetUtcOffset().Should().Be(Offset.FromHours(hours));
        label.GetZone().Id.Should().Be(zone);
        label.GetZone().FindLabel(new LocalDate(2020, 1, 1)).Should().Be(label);
    }

    [Fact]
    public void Label_Undefined_Throws()
    {
        var act = () => ((IndonesianTimeZone)6).GetUtcOffset();

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("WIB", "Asia/Jakarta")]
    [InlineData("wita", "Asia/Makassar")]
    [InlineData("Wit", "Asia/Jayapura")]
    [InlineData("Asia/Pontianak", "Asia/Pontianak")]
    [InlineData("Asia/Jayapura", "Asia/Jayapura")]
    public void TryParse_AcceptsLabelsAndTheFourIanaIds(string text, string expected)
    {
        IndonesianTimeZones.TryParse(text, out var zone).Should().BeTrue();
        zone!.Id.Should().Be(expected);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("Europe/London")]
    [InlineData("asia/jakarta")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_RefusesAnythingElse(string? text)
    {
        IndonesianTimeZones.TryParse(text, out var zone).Should().BeFalse();
        zone.Should().BeNull();
    }

    [Fact]
    public void ZoneIds_EachHasALabel()
    {
        IndonesianTimeZones.ZoneIds.Select(id => Zone(id).GetLabel(new LocalDate(2020, 1, 1)))
            .Should().Equal(IndonesianTimeZone.WIB, IndonesianTimeZone.WIB, IndonesianTimeZone.WITA, IndonesianTimeZone.WIT);
    }

    /// <summary>The README's time-zone example, line by line: if this breaks, the README is wrong.</summary>
    [Fact]
    public void ReadmeExample_GivesTheAnswersTheReadmeShows()
    {
        var pontianak = DateTimeZoneProviders.Tzdb["Asia/Pontianak"];
        pontianak.FindLabel(new LocalDate(2020, 6, 1)).Should().Be(IndonesianTimeZone.WIB);
        pontianak.FindLabel(new LocalDate(1987, 6, 1)).Should().Be(IndonesianTimeZone.WITA);
        IndonesianTimeZone.WIT.GetUtcOffset().ToString().Should().Be("+09");
        IndonesianTimeZones.TryParse("wita", out var makassar).Should().BeTrue();
        makassar!.Id.Should().Be("Asia/Makassar");
    }
}

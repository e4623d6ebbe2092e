using Bimtek.Domain.Common;
using Bimtek.Domain.Participants;
using Bimtek.Domain.Regions;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace Bimtek.Domain.Testing.Tests;

public class PeopleTests
{
    [Property(MaxTest = 300)]
    public void Nip_ForAnyNumber_ParsesBackAndIsAppointedAtSeventeen(NonNegativeInt number)
    {
        var n = number.Get % People.DistinctIdentities;

        var nip = People.Nip(n);

        Nip.Parse(nip.ToUnmaskedString()).Should().Be(nip);
        nip.Appointment.Should().Be(new YearMonth(nip.BirthDate.Year + 17, nip.BirthDate.Month), "an appointment under 18 makes the number nobody's");
        nip.BirthDate.Year.Should().BeInRange(1975, 1999);
        People.Nip(n).Should().Be(nip, "the same number gives the same NIP");
    }

    [Fact]
    public void Nip_ForTheFirstTenThousandNumbers_AreAllDifferent()
    {
        Enumerable.Range(0, 10_000).Select(People.Nip).Distinct().Should().HaveCount(10_000);
    }

    [Fact]
    public void Nip_WithChosenParts_CarriesThem()
    {
        var nip = People.Nip(new LocalDate(1990, 2, 28), Sex.Female, 42);

        nip.BirthDate.Should().Be(new LocalDate(1990, 2, 28));
        nip.Sex.Should().Be(Sex.Female);
        nip.SequenceNumber.Should().Be(42);
        nip.Appointment.Should().Be(new YearMonth(2007, 2));
    }

    [Fact]
    public void Nip_WithAnOutOfRangeNumber_Throws()
    {
        var act = () => People.Nip(-1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Nik_ForANumber_HasTheUnassignedProvince99AndTheBirthOfTheSameNumbersNip()
    {
        var nik = People.Nik(7);

        Nik.Parse(nik.ToUnmaskedString()).Should().Be(nik);
        nik.Regency.ProvincePart.Should().Be(99);
        nik.Sex.Should().Be(People.Nip(7).Sex);
        nik.BirthDay.Should().Be(People.Nip(7).BirthDate.Day);
        People.Nik(8).Should().NotBe(nik);
    }

    [Fact]
    public void Nik_ForAChosenRegion_IsRegisteredThereInKecamatan99()
    {
        var nik = People.Nik(RegionCode.Parse("34.71"), new LocalDate(1985, 3, 5), Sex.Female, 12);

        nik.Regency.Should().Be(RegionCode.Parse("34.71"));
        nik.DistrictPart.Should().Be(99);
        nik.BirthDay.Should().Be(5);
        nik.Sex.Should().Be(Sex.Female);
        nik.SequenceNumber.Should().Be(12);
    }

    [Fact]
    public void Nik_ForAProvinceCode_Throws()
    {
        var act = () => People.Nik(RegionCode.Parse("34"), new LocalDate(1985, 3, 5));

        act.Should().Throw<ArgumentException>().WithParameterName("regency");
    }

    [Fact]
    public void Name_IsFromTheInventedList()
    {
        People.Name(0).Should().Be("Adi Rekaan");
        People.Name(21).Should().Be("Bayu Fiktif");
        Enumerable.Range(0, 160).Select(People.Name).Distinct().Should().HaveCount(160);
    }

    [Fact]
    public void Official_PrintsNoPersonalData()
    {
        var official = An.Official().Numbered(5).Build();

        official.ToString().Should().NotContain(official.Nip.ToUnmaskedString()).And.NotContain(official.Name);
    }
}

using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Testing.Reference;

namespace Bimtek.Domain.Tests.Centres;

public class CentreDirectoryTests
{
    [Fact]
    public void Centres_AreTheSevenBdi()
    {
        Bdi.Centres.Select(c => c.Name).Should().BeEquivalentTo(
            ["BDI Medan", "BDI Padang", "BDI Jakarta", "BDI Yogyakarta", "BDI Surabaya", "BDI Denpasar", "BDI Makassar"]);
        Bdi.GetCentre(Centre("BDI-DPS")).ZoneLabel.Should().Be(IndonesianTimeZone.WITA);
        Bdi.GetCentre(Centre("bdi-yog")).TimeZone.Id.Should().Be("Asia/Jakarta");
    }

    [Theory]
    [InlineData("BDI-YOG", 68)]
    [InlineData("BDI-SBY", 66)]
    public void GetRegenciesServed_In2020_MatchesTheReportedCounts(string centre, int count)
    {
        Bdi.GetRegenciesServed(Centre(centre), June2020).Should().HaveCount(count);
    }

    [Theory]
    [InlineData("2020-06-08")]
    [InlineData("2022-07-25")]
    [InlineData("2026-11-27")]
    public void EveryProvince_IsServedByExactlyOneCentre(string date)
    {
        var asOf = LocalDate.FromDateTime(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        var areas = Bdi.GetServiceAreas(asOf);

        areas.Select(a => a.Province).Should().Equal(Map.GetProvinces(asOf).Select(p => p.Code));
        Bdi.Centres.Sum(c => Bdi.GetRegenciesServed(c.Code, asOf).Count).Should().Be(514);
    }

    [Fact]
    public void Provenance_FourCentresSourcedThreeAssumed()
    {
        var byCentre = Bdi.GetServiceAreas(Today).GroupBy(a => a.Centre.Value)
            .ToDictionary(g => g.Key, g => g.Select(a => a.Provenance).Distinct().Single());

        byCentre.Where(kv => kv.Value == Provenance.Sourced).Select(kv => kv.Key)
            .Should().BeEquivalentTo(["BDI-MDN", "BDI-PDG", "BDI-YOG", "BDI-SBY"]);
        byCentre.Where(kv => kv.Value == Provenance.Assumed).Select(kv => kv.Key)
            .Should().BeEquivalentTo(["BDI-JKT", "BDI-DPS", "BDI-MKS"]);
        Bdi.FindServiceArea(Code("34"), Today)!.Source.Should().StartWith("https://bdiyogyakarta.kemenperin.go.id");
    }

    [Fact]
    public void GetCentreServing_ARegency_UsesItsProvinceOnThatDate()
    {
        Bdi.GetCentreServing(Code("32.73"), Today).Code.Should().Be(Centre("BDI-JKT"));
        Bdi.GetCentreServing(Code("91.01"), June2020).Code.Should().Be(Centre("BDI-MKS"));
        Bdi.FindServiceArea(Code("91.01"), Today)!.Province.Should().Be(Code("93"));
    }

    [Fact]
    public void EmbeddedMapping_The2022ProvincesInheritFromTheirParent()
    {
        var area = Bdi.FindServiceArea(Code("95"), Today)!;

        area.Centre.Should().Be(Centre("BDI-MKS"));
        area.InheritedFrom.Should().Be(Code("91"));
        area.Provenance.Should().Be(Provenance.Assumed);
        Bdi.FindServiceArea(Code("96.71"), Today)!.InheritedFrom.Should().Be(Code("92"));
    }

    [Fact]
    public void EmbeddedMapping_MovingTheParentMovesItsChildren()
    {
        var areas = CentreDirectory.EmbeddedServiceAreas()
            .Select(a => a.Province == Code("91") ? new ServiceArea(Centre("BDI-DPS"), a.Province) : a);

        var directory = new CentreDirectory(Map, CentreDirectory.EmbeddedCentres(), areas);

        directory.GetCentreServing(Code("91.01"), June2020).Code.Should().Be(Centre("BDI-DPS"));
        directory.GetCentreServing(Code("91.01"), Today).Code.Should().Be(Centre("BDI-DPS"));
    }

    [Fact]
    public void EmbeddedLists_AreReadOnly()
    {
        ((ICollection<ServiceArea>)CentreDirectory.EmbeddedServiceAreas()).IsReadOnly.Should().BeTrue();
        ((ICollection<TrainingCentre>)CentreDirectory.EmbeddedCentres()).IsReadOnly.Should().BeTrue();
        ((ICollection<TrainingCentre>)Bdi.Centres).IsReadOnly.Should().BeTrue();
    }

    [Fact]
    public void Create_WhenASplitProvinceHasALateEntryOfItsOwn_ReportsTheGapWithinItsLifetime()
    {
        var areas = CentreDirectory.EmbeddedServiceAreas()
            .Append(new ServiceArea(Centre("BDI-DPS"), Code("93"), validFrom: new LocalDate(2023, 1, 1)));

        var act = () => new CentreDirectory(Map, CentreDirectory.EmbeddedCentres(), areas);

        var error = act.Should().Throw<ServiceAreaMappingException>().Which;
        error.UnservedProvinces.Should().Equal(Code("93"));
        error.Message.Should().Contain("from 2022-07-25 until 2023-01-01");
    }

    [Fact]
    public void Create_WithNullEntries_IsMisuse()
    {
        var nullCentre = () => new CentreDirectory(Map, [.. CentreDirectory.EmbeddedCentres(), null!], CentreDirectory.EmbeddedServiceAreas());
        var nullArea = () => new CentreDirectory(Map, CentreDirectory.EmbeddedCentres(), [.. CentreDirectory.EmbeddedServiceAreas(), null!]);

        nullCentre.Should().Throw<ArgumentException>().WithParameterName("centres");
        nullArea.Should().Throw<ArgumentException>().WithParameterName("serviceAreas");
    }

    [Fact]
    public void SplitProvince_WithoutEntries_FollowsItsParent()
    {
        var areas = CentreDirectory.EmbeddedServiceAreas()
            .Where(a => a.Province.ProvincePart < 93)
            .Select(a => a.Province == Code("91") ? new ServiceArea(Centre("BDI-DPS"), a.Province) : a);

        var directory = new CentreDirectory(Map, CentreDirectory.EmbeddedCentres(), areas);

        var area = directory.FindServiceArea(Code("94"), Today)!;
        area.Centre.Should().Be(Centre("BDI-DPS"));
        area.InheritedFrom.Should().Be(Code("91"));
        area.ValidFrom.Should().Be(new LocalDate(2022, 7, 25));
        directory.FindServiceArea(Code("96"), Today)!.Centre.Should().Be(Centre("BDI-MKS"));
    }

    [Fact]
    public void Create_WhenProvincesAreUnserved_FailsNamingThem()
    {
        var areas = CentreDirectory.EmbeddedServiceAreas().Where(a => a.Province != Code("53") && a.Province != Code("81"));

        var act = () => new CentreDirectory(Map, CentreDirectory.EmbeddedCentres(), areas);

        var error = act.Should().Throw<ServiceAreaMappingException>().Which;
        error.UnservedProvinces.Should().Equal(Code("53"), Code("81"));
        error.DoublyServedProvinces.Should().BeEmpty();
        error.Message.Should().Contain("53 Nusa Tenggara Timur").And.Contain("81 Maluku");
    }

    [Fact]
    public void Create_WhenAProvinceIsServedTwice_FailsNamingItAndBothCentres()
    {
        var areas = CentreDirectory.EmbeddedServiceAreas()
            .Append(new ServiceArea(Centre("BDI-DPS"), Code("73"), validFrom: new LocalDate(2025, 1, 1)));

        var act = () => new CentreDirectory(Map, CentreDirectory.EmbeddedCentres(), areas);

        var error = act.Should().Throw<ServiceAreaMappingException>().Which;
        error.DoublyServedProvinces.Should().Equal(Code("73"));
        error.Message.Should().Contain("73 Sulawesi Selatan").And.Contain("BDI-MKS").And.Contain("BDI-DPS").And.Contain("2025-01-01");
    }

    [Fact]
    public void Create_WhenAssignmentsHandOverOnADate_IsValidAndAnswersByDate()
    {
        var handover = new LocalDate(2025, 1, 1);
        var areas = CentreDirectory.EmbeddedServiceAreas()
            .Where(a => a.Province != Code("21"))
            .Append(new ServiceArea(Centre("BDI-MDN"), Code("21"), Provenance.Sourced, validUntil: handover))
            .Append(new ServiceArea(Centre("BDI-PDG"), Code("21"), validFrom: handover));

        var directory = new CentreDirectory(Map, CentreDirectory.EmbeddedCentres(), areas);

        directory.GetCentreServing(Code("21.71"), handover.PlusDays(-1)).Code.Should().Be(Centre("BDI-MDN"));
        directory.GetCentreServing(Code("21.71"), handover).Code.Should().Be(Centre("BDI-PDG"));
        directory.FindServiceArea(Code("21"), handover)!.Provenance.Should().Be(Provenance.HostSupplied);
    }

    [Fact]
    public void Create_WhenAnEntryNamesUnknownCentreOrProvince_FailsNamingIt()
    {
        var areas = CentreDirectory.EmbeddedServiceAreas()
            .Append(new ServiceArea(Centre("BDI-BTM"), Code("97")));

        var act = () => new CentreDirectory(Map, CentreDirectory.EmbeddedCentres(), areas);

        act.Should().Throw<ServiceAreaMappingException>().Which.Message.Should().Contain("BDI-BTM").And.Contain("97");
    }

    [Fact]
    public void Create_WithANewCentre_ServesItsProvinces()
    {
        var batam = new TrainingCentre(Centre("BDI-BTM"), "BDI Batam", "Batam", Code("21"), Map.GetProvince(Code("21"), Today).TimeZone);
        var areas = CentreDirectory.EmbeddedServiceAreas().Select(a => a.Province == Code("21") ? new ServiceArea(batam.Code, a.Province) : a);

        var directory = new CentreDirectory(Map, [.. CentreDirectory.EmbeddedCentres(), batam], areas);

        directory.Centres.Should().HaveCount(8);
        directory.GetProvincesServed(batam.Code, Today).Select(p => p.Name).Should().Equal("Kepulauan Riau");
        directory.GetRegenciesServed(Centre("BDI-MDN"), Today).Should().NotContain(r => r.ProvinceCode == Code("21"));
    }

    [Theory]
    [InlineData("B")]
    [InlineData("1BDI")]
    [InlineData("BDI YOG")]
    [InlineData("BDI-YOGYAKARTA-PUSAT")]
    public void CentreCode_WhenMalformed_ThrowsNamingTheValue(string text)
    {
        var act = () => CentreCode.Parse(text);
        act.Should().Throw<FormatException>().Which.Message.Should().Contain("is not a centre code");
    }

    [Fact]
    public void ServiceArea_WithRegencyCodeOrEmptyPeriod_IsMisuse()
    {
        var regency = () => new ServiceArea(Centre("BDI-YOG"), Code("34.71"));
        var empty = () => new ServiceArea(Centre("BDI-YOG"), Code("34"), validFrom: Today, validUntil: Today);

        var provenance = () => new ServiceArea(Centre("BDI-YOG"), Code("34"), (Provenance)0);

        regency.Should().Throw<ArgumentException>().WithParameterName("province");
        provenance.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("provenance");
        empty.Should().Throw<ArgumentException>().WithParameterName("validUntil");
    }
}

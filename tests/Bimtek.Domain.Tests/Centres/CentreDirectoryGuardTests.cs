using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Testing.Reference;

namespace Bimtek.Domain.Tests.Centres;

public class CentreDirectoryGuardTests
{
    [Fact]
    public void Create_WithoutRegionsCentresOrAreas_IsMisuseNamingTheArgument()
    {
        var centres = CentreDirectory.EmbeddedCentres();
        var areas = CentreDirectory.EmbeddedServiceAreas();

        FluentActions.Invoking(() => new CentreDirectory(null!, centres, areas)).Should().Throw<ArgumentNullException>().WithParameterName("regions");
        FluentActions.Invoking(() => new CentreDirectory(Map, null!, areas)).Should().Throw<ArgumentNullException>().WithParameterName("centres");
        FluentActions.Invoking(() => new CentreDirectory(Map, centres, null!)).Should().Throw<ArgumentNullException>().WithParameterName("serviceAreas");
    }

    [Fact]
    public void Create_WithANullCentre_SaysSo()
    {
        var act = () => new CentreDirectory(Map, [null!, .. CentreDirectory.EmbeddedCentres()], CentreDirectory.EmbeddedServiceAreas());

        act.Should().Throw<ArgumentException>().WithParameterName("centres")
            .Which.Message.Should().StartWith("The centre list contains null.");
    }

    [Fact]
    public void Create_WithTwoCentresSharingACode_IsRefusedNamingTheCode()
    {
        var yogyakarta = CentreDirectory.EmbeddedCentres().Single(c => c.Code == Centre("BDI-YOG"));
        var twin = new TrainingCentre(yogyakarta.Code, "BDI Yogyakarta 2", "Sleman", yogyakarta.HomeProvince, yogyakarta.TimeZone);

        var act = () => new CentreDirectory(Map, [.. CentreDirectory.EmbeddedCentres(), twin], CentreDirectory.EmbeddedServiceAreas());

        act.Should().Throw<ArgumentException>().WithParameterName("centres")
            .Which.Message.Should().StartWith("Two centres share the code BDI-YOG.");
    }

    [Fact]
    public void Centres_AreOrderedByCode_WhateverTheOrderGiven()
    {
        var given = CentreDirectory.EmbeddedCentres().OrderByDescending(c => c.Name, StringComparer.Ordinal).ToList();

        var directory = new CentreDirectory(Map, given, CentreDirectory.EmbeddedServiceAreas());

        directory.Centres.Select(c => c.Code.Value).Should().Equal("BDI-DPS", "BDI-JKT", "BDI-MDN", "BDI-MKS", "BDI-PDG", "BDI-SBY", "BDI-YOG");
    }

    [Fact]
    public void FindServiceArea_WhenTheRegionsAnswerForAProvinceTheyDidNotList_FailsNamingItAndTheDate()
    {
        // A host directory whose list of provinces misses one that its look-up still finds: the mapping was checked
        // against the list, so the look-up has no entry to give and must say so rather than fail obscurely.
        var regions = new ProvinceHidingDirectory(Map, Code("94"));
        var directory = new CentreDirectory(regions, CentreDirectory.EmbeddedCentres(), CentreDirectory.EmbeddedServiceAreas());

        directory.FindServiceArea(Code("93"), Today)!.Centre.Should().Be(Centre("BDI-MKS"));
        var act = () => directory.FindServiceArea(Code("94"), Today);

        act.Should().Throw<InvalidOperationException>().WithMessage("Province 94 has no centre on 2026-11-27.");
    }

    private sealed class ProvinceHidingDirectory(IRegionDirectory inner, RegionCode hidden) : IRegionDirectory
    {
        public IReadOnlyList<Province> GetAllProvinces() => [.. inner.GetAllProvinces().Where(p => p.Code != hidden)];

        public IReadOnlyList<Province> GetProvinces(LocalDate asOf) => inner.GetProvinces(asOf);

        public IReadOnlyList<Regency> GetRegencies(LocalDate asOf) => inner.GetRegencies(asOf);

        public IReadOnlyList<Regency> GetRegencies(RegionCode province, LocalDate asOf) => inner.GetRegencies(province, asOf);

        public Province? FindProvince(RegionCode code, LocalDate asOf) => inner.FindProvince(code, asOf);

        public Regency? FindRegency(RegionCode code, LocalDate asOf) => inner.FindRegency(code, asOf);

        public RegionNameResolution ResolveName(string name, LocalDate asOf, RegionCode? withinProvince = null) =>
            inner.ResolveName(name, asOf, withinProvince);
    }
}

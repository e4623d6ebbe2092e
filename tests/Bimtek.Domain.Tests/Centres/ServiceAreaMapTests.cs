using Bimtek.Domain.Centres;
using Bimtek.Domain.Regions;
using NodaTime;
using static Bimtek.Domain.Testing.Reference;

namespace Bimtek.Domain.Tests.Centres;

// The validity windows of a mapping, checked when a directory is built: each test replaces one province's entries in the
// embedded mapping and states what the directory answers, or the exact problem it reports.
public class ServiceAreaMapTests
{
    private static readonly LocalDate PapuaSplit = new(2022, 7, 25);
    private static readonly CentreCode Mks = Centre("BDI-MKS");
    private static readonly CentreCode Dps = Centre("BDI-DPS");
    private static readonly CentreCode Jkt = Centre("BDI-JKT");

    [Theory]
    [InlineData("2021-01-01")]
    [InlineData("2022-07-25")] // the parent's handover on the very day of the split
    public void Inherit_AParentHandoverBeforeOrOnTheSplit_GivesTheChildOnlyTheLaterCentre(string handover)
    {
        var on = LocalDate.FromDateTime(DateTime.Parse(handover, System.Globalization.CultureInfo.InvariantCulture));

        var directory = Build(Code("91"), Area(Mks, "91", until: on), Area(Dps, "91", from: on));

        directory.GetCentreServing(Code("91.01"), June2020).Code.Should().Be(Mks);
        var child = directory.FindServiceArea(Code("93"), PapuaSplit)!;
        (child.Centre, child.ValidFrom, child.ValidUntil, child.InheritedFrom).Should().Be((Dps, PapuaSplit, (LocalDate?)null, Code("91")));
    }

    [Fact]
    public void Inherit_AParentHandoverAfterTheSplit_MovesTheChildOnTheSameDate()
    {
        var handover = new LocalDate(2024, 1, 1);

        var directory = Build(Code("91"), Area(Mks, "91", from: new LocalDate(2020, 1, 1), until: handover), Area(Jkt, "91", until: new LocalDate(2020, 1, 1)), Area(Dps, "91", from: handover));

        var before = directory.FindServiceArea(Code("93"), handover.PlusDays(-1))!;
        var after = directory.FindServiceArea(Code("93"), handover)!;
        (before.Centre, before.ValidFrom, before.ValidUntil).Should().Be((Mks, PapuaSplit, handover));
        (after.Centre, after.ValidFrom, after.ValidUntil).Should().Be((Dps, handover, (LocalDate?)null));
        directory.GetServiceAreas(June2020).Should().NotContain(a => a.Province == Code("93"));
    }

    [Fact]
    public void Coverage_AnEntryThatEndsWhenTheProvinceBegins_ServesNoDateOfIt()
    {
        var directory = Build(Code("93"), Area(Dps, "93", from: new LocalDate(2020, 1, 1)), Area(Mks, "93", from: new LocalDate(2021, 1, 1), until: PapuaSplit));

        directory.GetCentreServing(Code("93.01"), PapuaSplit).Code.Should().Be(Dps);
    }

    [Fact]
    public void Coverage_AnEntryThatEndsBeforeTheProvinceBegins_ServesNoDateOfIt()
    {
        var directory = Build(Code("93"), Area(Dps, "93"), Area(Mks, "93", until: new LocalDate(2021, 1, 1)));

        directory.GetCentreServing(Code("93.01"), PapuaSplit).Code.Should().Be(Dps);
    }

    [Theory]
    [InlineData(null, null, "2025-01-01", "2025-06-01")] // the second ends first: the overlap ends with it
    [InlineData(null, "2025-06-01", "2025-01-01", null)] // the first ends first: the overlap ends with the first
    public void Coverage_TwoCentresAtOnce_ReportsExactlyTheOverlap(string? firstFrom, string? firstUntil, string? secondFrom, string? secondUntil)
    {
        var error = Refused(Code("73"), Area(Dps, "73", Date(firstFrom), Date(firstUntil)), Area(Mks, "73", Date(secondFrom), Date(secondUntil)));

        error.Problems.Should().Equal("province 73 Sulawesi Selatan is served by both BDI-DPS and BDI-MKS from 2025-01-01 until 2025-06-01");
        error.DoublyServedProvinces.Should().Equal(Code("73"));
        error.UnservedProvinces.Should().BeEmpty();
    }

    [Fact]
    public void Coverage_OneDayOfOverlap_IsReported()
    {
        var error = Refused(Code("73"), Area(Dps, "73", until: new LocalDate(2025, 1, 2)), Area(Mks, "73", from: new LocalDate(2025, 1, 1)));

        error.Problems.Should().Equal("province 73 Sulawesi Selatan is served by both BDI-DPS and BDI-MKS from 2025-01-01 until 2025-01-02");
    }

    [Fact]
    public void Coverage_AGapBeforeTheFirstEntry_IsReportedWithItsEnd()
    {
        var error = Refused(Code("73"), Area(Mks, "73", from: new LocalDate(2025, 1, 1)));

        error.Problems.Should().Equal("province 73 Sulawesi Selatan is served by no centre before 2025-01-01");
        error.UnservedProvinces.Should().Equal(Code("73"));
    }

    [Fact]
    public void Coverage_AGapBetweenEntries_AndAfterTheLast_AreReportedWithTheirDates()
    {
        var error = Refused(
            Code("73"),
            Area(Mks, "73", until: new LocalDate(2025, 1, 1)),
            Area(Dps, "73", from: new LocalDate(2025, 2, 1), until: new LocalDate(2025, 3, 1)));

        error.Problems.Should().Equal(
            "province 73 Sulawesi Selatan is served by no centre from 2025-01-01 until 2025-02-01",
            "province 73 Sulawesi Selatan is served by no centre from 2025-03-01");
    }

    [Fact]
    public void Problems_AreListedInProvinceOrder_WhateverTheOrderOfTheEntries()
    {
        var areas = CentreDirectory.EmbeddedServiceAreas().Where(a => a.Province != Code("53") && a.Province != Code("81")).Reverse();

        var act = () => new CentreDirectory(Map, CentreDirectory.EmbeddedCentres(), areas);

        act.Should().Throw<ServiceAreaMappingException>().Which.Problems.Should().Equal(
            "province 53 Nusa Tenggara Timur is served by no centre on any date",
            "province 81 Maluku is served by no centre on any date");
    }

    [Fact]
    public void Entries_NamingAnUnknownCentre_AreReportedWithTheirProvince()
    {
        var error = Refused(Code("73"), Area(Centre("BDI-BTM"), "73"));

        error.Problems.Should().Equal("the entry for province 73 names centre 'BDI-BTM', which is not a known centre");
        error.UnservedProvinces.Should().BeEmpty();
    }

    [Fact]
    public void Entries_NamingAnUnknownProvince_AreReportedWithTheirCentre()
    {
        var act = () => new CentreDirectory(Map, CentreDirectory.EmbeddedCentres(), CentreDirectory.EmbeddedServiceAreas().Append(Area(Mks, "97")));

        act.Should().Throw<ServiceAreaMappingException>().Which.Problems.Should().Equal(
            "centre BDI-MKS lists province code 97, which names no province");
    }

    [Fact]
    public void Entries_WithANull_AreMisuseNamingIt()
    {
        var act = () => new CentreDirectory(Map, CentreDirectory.EmbeddedCentres(), [null!, .. CentreDirectory.EmbeddedServiceAreas()]);

        act.Should().Throw<ArgumentException>().WithParameterName("serviceAreas")
            .Which.Message.Should().StartWith("The service-area list contains null.");
    }

    private static ServiceArea Area(CentreCode centre, string province, LocalDate? from = null, LocalDate? until = null) =>
        new(centre, Code(province), validFrom: from, validUntil: until);

    private static LocalDate? Date(string? text) =>
        text is null ? null : LocalDate.FromDateTime(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture));

    private static CentreDirectory Build(RegionCode province, params ServiceArea[] entries) =>
        new(Map, CentreDirectory.EmbeddedCentres(), CentreDirectory.EmbeddedServiceAreas().Where(a => a.Province != province).Concat(entries));

    private static ServiceAreaMappingException Refused(RegionCode province, params ServiceArea[] entries)
    {
        var act = () => Build(province, entries);
        return act.Should().Throw<ServiceAreaMappingException>().Which;
    }
}

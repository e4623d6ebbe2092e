using Bimtek.Domain.Centres;
using Bimtek.Domain.Common;
using NodaTime;
using static Bimtek.Domain.Testing.Reference;

namespace Bimtek.Domain.Tests.Centres;

public class ServiceAreaTests
{
    [Fact]
    public void Create_WithTheDefaultCentre_IsRefused()
    {
        var act = () => new ServiceArea(default, Code("34"));

        act.Should().Throw<ArgumentException>().WithParameterName("centre")
            .Which.Message.Should().StartWith("The centre code is the default value.");
    }

    [Fact]
    public void Create_WithARegencyCode_IsRefusedNamingIt()
    {
        var act = () => new ServiceArea(Centre("BDI-YOG"), Code("34.71"));

        act.Should().Throw<ArgumentException>().WithParameterName("province")
            .Which.Message.Should().StartWith("A service area lists provinces; '34.71' is not a province code.");
    }

    [Fact]
    public void Create_WithAnUndefinedProvenance_IsRefused()
    {
        var act = () => new ServiceArea(Centre("BDI-YOG"), Code("34"), (Provenance)42);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("provenance")
            .Which.Message.Should().StartWith("Not a Provenance value.");
    }

    [Fact]
    public void Create_WithAnEmptyPeriod_IsRefusedNamingTheEntryAndTheDates()
    {
        var act = () => new ServiceArea(Centre("BDI-YOG"), Code("34"), validFrom: new LocalDate(2025, 1, 2), validUntil: new LocalDate(2025, 1, 1));

        act.Should().Throw<ArgumentException>().WithParameterName("validUntil")
            .Which.Message.Should().StartWith("Service area BDI-YOG/34: the period 2025-01-02 to 2025-01-01 is empty.");
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("SK 12/2024", "SK 12/2024")]
    public void Source_WhenBlank_IsNone(string? source, string? expected)
    {
        new ServiceArea(Centre("BDI-YOG"), Code("34"), Provenance.Sourced, source).Source.Should().Be(expected);
    }

    [Fact]
    public void IsInForceOn_FromInclusiveUntilExclusive_AndToStringNamesTheAssignment()
    {
        var area = new ServiceArea(Centre("BDI-YOG"), Code("34"), validFrom: new LocalDate(2025, 1, 1), validUntil: new LocalDate(2025, 7, 1));

        area.IsInForceOn(new LocalDate(2024, 12, 31)).Should().BeFalse();
        area.IsInForceOn(new LocalDate(2025, 1, 1)).Should().BeTrue();
        area.IsInForceOn(new LocalDate(2025, 6, 30)).Should().BeTrue();
        area.IsInForceOn(new LocalDate(2025, 7, 1)).Should().BeFalse();
        area.ToString().Should().Be("34 → BDI-YOG (HostSupplied)");
    }

    [Fact]
    public void MappingException_ListsEveryProblemUnderTheRule()
    {
        var error = new ServiceAreaMappingException(["first problem", "second problem"], [Code("53")], [Code("73")]);

        error.Message.Should().Be(
            "The service-area mapping is invalid: every province must be served by exactly one centre on every date."
            + Environment.NewLine + "  - first problem" + Environment.NewLine + "  - second problem");
        error.Problems.Should().Equal("first problem", "second problem");
        error.UnservedProvinces.Should().Equal(Code("53"));
        error.DoublyServedProvinces.Should().Equal(Code("73"));
    }

    [Fact]
    public void MappingException_WithoutLists_HasEmptyOnes()
    {
        var error = new ServiceAreaMappingException(null!, null!, null!);

        error.Problems.Should().BeEmpty();
        error.UnservedProvinces.Should().BeEmpty();
        error.DoublyServedProvinces.Should().BeEmpty();
        error.Message.Should().StartWith("The service-area mapping is invalid");
    }
}

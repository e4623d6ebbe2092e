using Bimtek.Domain.Scheduling;
using Bimtek.Domain.Testing;
using FluentValidation;
using static Bimtek.Domain.Scheduling.ScheduleRuleCodes;
using static Bimtek.Domain.Testing.ScheduleBuilder;

namespace Bimtek.Domain.Tests.Scheduling;

/// <summary>A host's test runs one family of rules alone, with FluentValidation's own rule sets.</summary>
public class ScheduleRuleSetTests
{
    // S1 (BDI Yogyakarta, WIB) and S2 (BDI Makassar, WITA) book W1 at the same hour; the rest of Indonesia is uncovered.
    private static readonly Schedule HandBuilt = new ScheduleBuilder().WithSessions(
        new SessionBuilder(),
        new SessionBuilder().WithId("S2").At("BDI-MKS").WithRegions("73.01").WithAgenda(SessionBuilder.StandardAgenda("W1", "W3"))).Build();

    [Fact]
    public void Validate_WhenEveryFamilyRuns_ReportsTheDoubleBookingAmongCoverageFindings()
    {
        var codes = Validator.Validate(HandBuilt).Errors.Select(e => e.ErrorCode).ToList();

        codes.Should().Contain(InstructorDoubleBooked).And.Contain(RegionNotCovered);
    }

    [Fact]
    public void Validate_WhenOnlyTheConflictsFamilyRuns_ReportsOnlyTheDoubleBooking()
    {
        var result = Validator.Validate(HandBuilt, o => o.IncludeRuleSets(ScheduleRuleSets.Conflicts));

        result.Errors.Select(e => e.ErrorCode).Should().Equal(InstructorDoubleBooked);
    }

    [Fact]
    public void Validate_WhenOnlyTheCoverageFamilyRuns_ReportsNoConflict()
    {
        var result = Validator.Validate(HandBuilt, o => o.IncludeRuleSets(ScheduleRuleSets.Coverage));

        result.Errors.Should().NotBeEmpty().And.OnlyContain(e => e.ErrorCode == RegionNotCovered || e.ErrorCode == WrongCentre || e.ErrorCode == UnknownRegion || e.ErrorCode == RegionAssignedTwice);
    }
}

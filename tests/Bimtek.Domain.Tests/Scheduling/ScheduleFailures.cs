using Bimtek.Domain.Scheduling;
using FluentValidation.Results;
using FluentValidation.TestHelper;

namespace Bimtek.Domain.Tests.Scheduling;

/// <summary>Reading a schedule validation the way the tests assert it: by code, and by the entities a failure names.</summary>
internal static class ScheduleFailures
{
    /// <summary>The entities a failure names (its <c>CustomState</c>), checked to fill every placeholder of its rule's
    /// messages, so no message is shown with a <c>{Name}</c> left in it.</summary>
    public static IReadOnlyDictionary<string, object?> Details(this ValidationFailure failure)
    {
        var details = failure.GetDetails();
        details.Keys.Should().Contain(ScheduleRules.Get(failure.ErrorCode).Placeholders, "the details of {0} fill its message", failure.ErrorCode);
        return details;
    }

    /// <summary>Every failure with <paramref name="code"/>, wherever it is.</summary>
    public static IEnumerable<ValidationFailure> WithCode(this TestValidationResult<Schedule> result, string code) =>
        result.Errors.Where(e => e.ErrorCode == code);

    /// <summary>The codes reported, coverage aside (a schedule of a few sessions leaves most regions uncovered).</summary>
    public static IEnumerable<string> CodesBesidesCoverage(this TestValidationResult<Schedule> result) =>
        result.Errors.Select(e => e.ErrorCode).Where(c => c != ScheduleRuleCodes.RegionNotCovered);
}

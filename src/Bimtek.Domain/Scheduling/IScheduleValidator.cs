using FluentValidation;

namespace Bimtek.Domain.Scheduling;

/// <summary>
/// Checks a <see cref="Schedule"/> against the scheduling rule catalogue (<see cref="ScheduleRules"/>) and reports every
/// violation as a FluentValidation failure: <c>ErrorCode</c> from <see cref="ScheduleRuleCodes"/>, <c>Severity</c>, a
/// message in the current UI culture, and the entities involved as <c>CustomState</c> (a dictionary).
/// </summary>
/// <remarks>A host test writes
/// <c>validator.TestValidate(schedule).ShouldHaveValidationErrorFor("Sessions[0].Days[0].Items[2]").WithErrorCode(ScheduleRuleCodes.OutsideWorkingHours)</c>.</remarks>
public interface IScheduleValidator : IValidator<Schedule>
{
}

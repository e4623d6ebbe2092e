using Bimtek.Domain.Planning;
using Bimtek.Domain.Scheduling;
using NodaTime;

namespace Bimtek.Cli.Rendering;

/// <summary>
/// What a plan or a schedule costs, in a planner's words: classes (against the fewest possible, when planned),
/// class-days, the dates it spans and participants in total; the planner's own breakdown when there is one.
/// </summary>
/// <param name="Classes">The classes (sessions).</param>
/// <param name="FewestPossibleClasses">The fewest classes any plan needs (the planner's lower bound); <see langword="null"/> for a schedule read from a file.</param>
/// <param name="ClassDays">The sum over classes of their days.</param>
/// <param name="FirstDay">The first day any class meets.</param>
/// <param name="LastDay">The last day any class meets.</param>
/// <param name="DaysWithClasses">The dates on which at least one class meets.</param>
/// <param name="Participants">Participants in total (listed, or regions × the phase's participants per region).</param>
/// <param name="Cost">The planner's breakdown, when planned.</param>
internal sealed record PlanSummary(int Classes, int? FewestPossibleClasses, int ClassDays, LocalDate? FirstDay, LocalDate? LastDay, int DaysWithClasses, int Participants, PlanCost? Cost)
{
    public static PlanSummary Of(PlanResult plan, int participantsPerRegion) =>
        Of(plan.Schedule.Sessions, s => s.Regions.Count * participantsPerRegion, plan.Cost);

    public static PlanSummary Of(Schedule schedule)
    {
        var perRegion = schedule.Programme.Phases.ToDictionary(p => p.Id, p => p.ParticipantsPerRegion);
        return Of(schedule.Sessions, s => ParticipantsOf(s, perRegion), null);
    }

    /// <summary>A session's participants: the listed ones, else its regions × its phase's participants per region.</summary>
    public static int ParticipantsOf(TrainingSession session, IReadOnlyDictionary<string, int> perRegion) =>
        session.Participants.Count > 0 ? session.Participants.Count : session.Regions.Count * perRegion.GetValueOrDefault(session.PhaseId);

    private static PlanSummary Of(IReadOnlyList<TrainingSession> sessions, Func<TrainingSession, int> participants, PlanCost? cost)
    {
        var dates = sessions.SelectMany(s => s.Days.Select(d => d.Date)).Distinct().ToList();
        return new PlanSummary(
            sessions.Count,
            cost?.ClassLowerBound,
            sessions.Sum(s => s.Days.Count),
            dates.Count > 0 ? dates.Min() : null,
            dates.Count > 0 ? dates.Max() : null,
            dates.Count,
            sessions.Sum(participants),
            cost);
    }
}

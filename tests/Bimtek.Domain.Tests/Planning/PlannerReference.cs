using Bimtek.Domain.Planning;
using Bimtek.Domain.Seeds;
using Bimtek.Domain.Testing;

namespace Bimtek.Domain.Tests.Planning;

internal static class PlannerReference
{
    public const string Programme = "KEMENPERIN-2020-NEW-NORMAL";

    public static readonly SchedulePlanner Planner = new(Reference.Map, Reference.Bdi, CalendarReference.Embedded);

    // The June 2020 kabupaten/kota round as it ran: 500 seats, the ministry's speakers shared by all seven centres.
    public static PlanningRequest National2020() =>
        PlanningRequest.FromSchedule(EmbeddedProgrammes.LoadAsRunSchedule(Programme), "kabupaten-kota");
}

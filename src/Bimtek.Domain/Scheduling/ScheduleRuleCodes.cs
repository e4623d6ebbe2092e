namespace Bimtek.Domain.Scheduling;

/// <summary>The stable codes of the scheduling rule catalogue (see <see cref="ScheduleRules"/>).</summary>
/// <remarks>A code is a contract: it never changes once published.</remarks>
public static class ScheduleRuleCodes
{
    /// <summary>An agenda item lies outside civil-service working hours in a participant's zone (rule 1).</summary>
    public const string OutsideWorkingHours = "Scheduling.OutsideWorkingHours";

    /// <summary>Teaching falls on a weekend, holiday, collective-leave day or closure in a participant's zone (rule 2).</summary>
    public const string NonWorkingDay = "Scheduling.NonWorkingDay";

    /// <summary>A session date lies in a year the working calendar has no holiday data for (rule 2).</summary>
    public const string CalendarDataMissing = "Scheduling.CalendarDataMissing";

    /// <summary>An agenda item overlaps the Friday prayer break in a participant's zone (rule 3).</summary>
    public const string FridayPrayerBreak = "Scheduling.FridayPrayerBreak";

    /// <summary>A class is taught more lesson hours in a day than allowed (rule 4).</summary>
    public const string ClassDailyJpExceeded = "Scheduling.ClassDailyJpExceeded";

    /// <summary>An instructor teaches more lesson hours in a day than allowed (rule 4).</summary>
    public const string InstructorDailyJpExceeded = "Scheduling.InstructorDailyJpExceeded";

    /// <summary>A session does not deliver exactly a module's JP (rule 5).</summary>
    public const string ModuleJpMismatch = "Scheduling.ModuleJpMismatch";

    /// <summary>An agenda item teaches a module not in the curriculum (rule 5).</summary>
    public const string UnknownModule = "Scheduling.UnknownModule";

    /// <summary>The pre-test does not come before all teaching (rule 5).</summary>
    public const string PreTestNotFirst = "Scheduling.PreTestNotFirst";

    /// <summary>The post-test does not come after all teaching (rule 5).</summary>
    public const string PostTestNotLast = "Scheduling.PostTestNotLast";

    /// <summary>Two items of a session's day overlap (rule 5).</summary>
    public const string AgendaItemsOverlap = "Scheduling.AgendaItemsOverlap";

    /// <summary>An instructor is in two overlapping items, anywhere in Indonesia (rule 6).</summary>
    public const string InstructorDoubleBooked = "Scheduling.InstructorDoubleBooked";

    /// <summary>An instructor teaches outside their availability (rule 6).</summary>
    public const string InstructorUnavailable = "Scheduling.InstructorUnavailable";

    /// <summary>An instructor teaches a module they are not competent for (rule 6).</summary>
    public const string InstructorNotCompetent = "Scheduling.InstructorNotCompetent";

    /// <summary>An agenda item names an instructor the schedule does not list (rule 6).</summary>
    public const string UnknownInstructor = "Scheduling.UnknownInstructor";

    /// <summary>A centre runs more parallel virtual classes than its platform rooms (rule 7).</summary>
    public const string PlatformRoomsExceeded = "Scheduling.PlatformRoomsExceeded";

    /// <summary>Two in-person classes use one room at the same time (rule 7).</summary>
    public const string RoomDoubleBooked = "Scheduling.RoomDoubleBooked";

    /// <summary>A participant is enrolled in two overlapping sessions (rule 8).</summary>
    public const string ParticipantDoubleBooked = "Scheduling.ParticipantDoubleBooked";

    /// <summary>A region is invited to two overlapping sessions (rule 8).</summary>
    public const string RegionDoubleBooked = "Scheduling.RegionDoubleBooked";

    /// <summary>A target region is invited to more than one session of a phase (rule 8).</summary>
    public const string RegionAssignedTwice = "Scheduling.RegionAssignedTwice";

    /// <summary>A class has more participants than its mode's capacity (rule 9).</summary>
    public const string ClassOverCapacity = "Scheduling.ClassOverCapacity";

    /// <summary>A session day lies outside its phase's window (rule 10).</summary>
    public const string OutsidePhaseWindow = "Scheduling.OutsidePhaseWindow";

    /// <summary>A session starts before its phase's prerequisite phase has ended (rule 10).</summary>
    public const string BeforePrerequisiteEnded = "Scheduling.BeforePrerequisiteEnded";

    /// <summary>A session names a phase the programme does not have.</summary>
    public const string UnknownPhase = "Scheduling.UnknownPhase";

    /// <summary>A session names a centre the directory does not know.</summary>
    public const string UnknownCentre = "Scheduling.UnknownCentre";

    /// <summary>A session invites a region that was not in force on its date or is not of the phase's target level.</summary>
    public const string UnknownRegion = "Scheduling.UnknownRegion";

    /// <summary>A region attends another centre than the one serving its province, with no recorded reassignment (rule 11).</summary>
    public const string WrongCentre = "Scheduling.WrongCentre";

    /// <summary>Target regions of a phase are in no session (rule 12).</summary>
    public const string RegionNotCovered = "Scheduling.RegionNotCovered";

    /// <summary>A session has no day or a day without agenda items.</summary>
    public const string SessionWithoutDays = "Scheduling.SessionWithoutDays";
}

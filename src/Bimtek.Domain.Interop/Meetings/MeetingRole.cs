namespace Bimtek.Domain.Interop.Meetings;

/// <summary>The part a row's person played in the meeting, as the export states it.</summary>
public enum MeetingRole
{
    /// <summary>An attendee (the export says so, or says nothing).</summary>
    Attendee = 1,

    /// <summary>The meeting's host or organiser (Teams <c>Organizer</c>/<c>Co-organizer</c>, the Zoom host's e-mail),
    /// or a Teams <c>Presenter</c>.</summary>
    Host = 2,

    /// <summary>A guest: Zoom's <c>Guest = Yes</c> (outside the host's Zoom account) or a Meet anonymous/phone user.</summary>
    Guest = 3,
}

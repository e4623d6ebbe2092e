namespace Bimtek.Domain.Interop.Meetings;

/// <summary>
/// An export the package cannot read at all: an unknown layout, Zoom's unique-users report, a file whose dates read both
/// day-first and month-first, a Meet report without its date, text that is not a document. The message names the
/// document, the line or JSON path and the rule; never a display name or e-mail. A bad row is not an exception: it is
/// reported by line in <see cref="MeetingReport.Findings"/>.
/// </summary>
public sealed class MeetingExportException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The rule's code (<see cref="MeetingRuleCodes"/>).</param>
    /// <param name="message">The message; no personal data.</param>
    public MeetingExportException(string code, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
    }

    /// <summary>Gets the rule's code, e.g. <see cref="MeetingRuleCodes.UnknownLayout"/>.</summary>
    public string Code { get; }
}

using Kpss.Notifications.Contracts;

namespace Kpss.Meetings.Messages;

// What Meetings tells people by e-mail. Each record has its template in this folder, registered in MeetingsModule.

internal enum InvitationChange
{
    /// <summary>First invitation (METHOD:REQUEST).</summary>
    New,
    /// <summary>Time, place or programme changed (METHOD:REQUEST with a higher SEQUENCE).</summary>
    Update,
    /// <summary>The meeting is cancelled (METHOD:CANCEL).</summary>
    Cancel,
}

/// <summary>A meeting invitation, update or cancellation with an iCalendar part.</summary>
/// <param name="PersonalCalendarUrl">The recipient's own calendar feed of all their meetings, when they are a member.</param>
internal sealed record MeetingInvitation(MeetingDetails Meeting, InvitationChange Change, RsvpLinks? Links, string? PersonalCalendarUrl = null)
    : NotificationContent
{
    public override NotificationCategory Category => NotificationCategory.Essential;
}

/// <summary>Draft minutes sent to the attendees for comments (comments go to the recorder by reply).</summary>
internal sealed record MinutesForComments(MeetingDetails Meeting, string Recorder, string MinutesText) : NotificationContent
{
    public override NotificationCategory Category => NotificationCategory.Essential;
}

/// <summary>A reminder of a meeting the recipient has not declined.</summary>
internal sealed record MeetingReminder(MeetingDetails Meeting, RsvpLinks? Links) : NotificationContent
{
    public override NotificationCategory Category => NotificationCategory.Reminder;
}

/// <summary>Reminds the recorder that a meeting has no minutes yet.</summary>
internal sealed record MinutesReminder(MeetingDetails Meeting, int DaysAfter, string MinutesUrl) : NotificationContent
{
    public override NotificationCategory Category => NotificationCategory.Reminder;
}

/// <summary>Reminds a task's owner of its due date.</summary>
internal sealed record TaskReminder(string TaskTitle, DateOnly DueDate, string MeetingTitle, string? Url) : NotificationContent
{
    public override NotificationCategory Category => NotificationCategory.Reminder;
}

/// <summary>Everything a message says about a meeting. Times are UTC instants; the text shows them in Prague time.</summary>
/// <param name="Uid">Stable iCalendar UID of the meeting.</param>
/// <param name="Sequence">iCalendar SEQUENCE, raised on every change the invitees are told of.</param>
internal sealed record MeetingDetails(
    string Uid,
    int Sequence,
    string Title,
    string GroupName,
    string KindLabel,
    DateTime StartUtc,
    DateTime EndUtc,
    string? Place,
    bool BarrierFree,
    string? OnlineUrl,
    IReadOnlyList<AgendaLine> Agenda,
    Recipient Organizer,
    string? DetailUrl);

internal sealed record AgendaLine(string Title, string? Presenter, int? Minutes);

/// <summary>Signed links that answer an invitation without an account.</summary>
internal sealed record RsvpLinks(string Accept, string Decline, string Tentative);

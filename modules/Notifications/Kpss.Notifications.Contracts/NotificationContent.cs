namespace Kpss.Notifications.Contracts;

/// <summary>What a message is about; Notifications owns its wording (Czech) and its calendar part.</summary>
public abstract record NotificationContent
{
    /// <summary>Essential mail always goes; reminders and digests can be switched off by the recipient.</summary>
    public abstract NotificationCategory Category { get; }
}

public enum NotificationCategory
{
    Essential,
    Reminder,
    Digest,
}

public enum InvitationChange
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
public sealed record MeetingInvitation(MeetingDetails Meeting, InvitationChange Change, RsvpLinks? Links, string? PersonalCalendarUrl = null)
    : NotificationContent
{
    public override NotificationCategory Category => NotificationCategory.Essential;
}

/// <summary>Draft minutes sent to the attendees for comments (Markdown text; comments go to the recorder by reply).</summary>
public sealed record MinutesForComments(MeetingDetails Meeting, string Recorder, string MinutesText) : NotificationContent
{
    public override NotificationCategory Category => NotificationCategory.Essential;
}

/// <summary>A reminder of a meeting the recipient has not declined.</summary>
public sealed record MeetingReminder(MeetingDetails Meeting, RsvpLinks? Links) : NotificationContent
{
    public override NotificationCategory Category => NotificationCategory.Reminder;
}

/// <summary>Reminds the recorder that a meeting has no minutes yet.</summary>
public sealed record MinutesReminder(MeetingDetails Meeting, int DaysAfter, string MinutesUrl) : NotificationContent
{
    public override NotificationCategory Category => NotificationCategory.Reminder;
}

/// <summary>Reminds a task's owner of its due date.</summary>
public sealed record TaskReminder(string TaskTitle, DateOnly DueDate, string MeetingTitle, string? Url) : NotificationContent
{
    public override NotificationCategory Category => NotificationCategory.Reminder;
}

/// <summary>Everything a message says about a meeting. Times are UTC instants; the text shows them in Prague time.</summary>
/// <param name="Uid">Stable iCalendar UID of the meeting.</param>
/// <param name="Sequence">iCalendar SEQUENCE, raised on every change the invitees are told of.</param>
public sealed record MeetingDetails(
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

public sealed record AgendaLine(string Title, string? Presenter, int? Minutes);

/// <summary>Signed links that answer an invitation without an account.</summary>
public sealed record RsvpLinks(string Accept, string Decline, string Tentative);

namespace Kpss.Notifications.Contracts;

/// <summary>
/// What a message is about. The sending module defines its own content records and writes their Czech wording in an
/// <see cref="IMessageTemplate{TContent}"/> it registers (<see cref="MessageTemplates.AddMessageTemplate{TContent, TTemplate}"/>);
/// Notifications adds the greeting, the footer and the preferences link, and sends.
/// </summary>
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

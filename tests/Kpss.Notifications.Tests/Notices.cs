using Kpss.Modules.Abstractions.Mail;
using Kpss.Notifications.Contracts;

namespace Kpss.Notifications.Tests;

/// <summary>The tests' own kind of message, with a template registered the way a sending module registers its own.</summary>
public sealed record Notice(string Title, NotificationCategory Kind = NotificationCategory.Essential, string? Detail = null) : NotificationContent
{
    public override NotificationCategory Category => Kind;
}

public sealed class NoticeTemplate : IMessageTemplate<Notice>
{
    public const string Calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//KPSS//Testy//CS\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n";

    public MessageDraft Write(Notice notice, MessageContext context)
    {
        var body = new MessageBody()
            .Paragraph($"oznamujeme: {notice.Title}.")
            .Facts(new Fact("Komu", context.To.Email), new Fact("Odkaz", "https://kpss.test.example/a?b=1&c=2", IsUrl: true))
            .NumberedList("Body", ["první <b>", "druhý"]);
        if (notice.Detail is not null)
            body.Quote(notice.Detail);
        return new MessageDraft(notice.Kind == NotificationCategory.Reminder ? "notice-reminder" : "notice",
            (notice.Kind == NotificationCategory.Reminder ? "Připomínka: " : "Oznámení: ") + notice.Title, body)
        {
            Contact = new Recipient(NotificationsHost.Coordinator, "Koordinátorka"),
            Calendar = notice.Detail is null ? null : new CalendarPart("PUBLISH", Calendar),
        };
    }
}

/// <summary>A content type no module wrote a template for.</summary>
public sealed record Orphan(string Text) : NotificationContent
{
    public override NotificationCategory Category => NotificationCategory.Essential;
}

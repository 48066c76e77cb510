using System.Text;
using Kpss.Modules.Abstractions.Mail;
using Kpss.Notifications.Contracts;

namespace Kpss.Meetings.Messages;

/// <summary>The iCalendar part of a meeting invitation, update or cancellation.</summary>
internal static class MeetingCalendar
{
    public static CalendarPart Part(MeetingDetails m, InvitationChange change, Recipient attendee, DateTime stampUtc)
    {
        var method = change == InvitationChange.Cancel ? "CANCEL" : "REQUEST";
        return new CalendarPart(method, CalendarWriter.Invitation(method, Event(m, change == InvitationChange.Cancel) with
        {
            Organizer = new CalendarPerson(m.Organizer.Email, m.Organizer.Name),
            Attendee = new CalendarPerson(attendee.Email, attendee.Name),
        }, stampUtc));
    }

    public static CalendarEntry Event(MeetingDetails m, bool cancelled) =>
        new(m.Uid, m.Sequence, m.StartUtc, m.EndUtc, m.Title, Location(m), Description(m), m.DetailUrl, cancelled);

    private static string? Location(MeetingDetails m) => (m.Place, m.OnlineUrl) switch
    {
        ({ } place, { } online) => $"{place} / online: {online}",
        ({ } place, null) => place,
        (null, { } online) => "Online: " + online,
        _ => null,
    };

    private static string Description(MeetingDetails m)
    {
        var text = new StringBuilder($"{m.KindLabel}, {m.GroupName}");
        if (m.Agenda.Count > 0)
        {
            text.Append("\n\nProgram:");
            var i = 1;
            foreach (var item in m.Agenda)
                text.Append($"\n{i++}. {item.Title}");
        }
        if (m.DetailUrl is not null)
            text.Append("\n\n").Append(m.DetailUrl);
        return text.ToString();
    }
}

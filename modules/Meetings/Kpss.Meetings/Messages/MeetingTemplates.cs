using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using static Kpss.Meetings.Messages.MeetingWords;

namespace Kpss.Meetings.Messages;

/// <summary>Invitation, update, cancellation: with the RSVP links (not on a cancellation) and the calendar part.</summary>
internal sealed class InvitationTemplate : IMessageTemplate<MeetingInvitation>
{
    public MessageDraft Write(MeetingInvitation i, MessageContext context)
    {
        var m = i.Meeting;
        var (subject, lead) = i.Change switch
        {
            InvitationChange.New => ($"Pozvánka: {m.Title} – {When(m)}", $"zveme vás na jednání: {m.Title} ({m.GroupName})."),
            InvitationChange.Update => ($"Změna jednání: {m.Title} – {When(m)}", $"jednání {m.Title} ({m.GroupName}) se změnilo. Platí tyto údaje:"),
            _ => ($"Zrušeno: {m.Title} – {When(m)}", $"jednání {m.Title} ({m.GroupName}) se ruší. Omlouváme se za komplikace."),
        };
        var body = new MessageBody().Paragraph(lead).MeetingFacts(m);
        if (i.Change != InvitationChange.Cancel && i.Links is { } links)
            body.Rsvp(links);
        if (i.PersonalCalendarUrl is { } feed)
            body.Link("Všechna vaše jednání v kalendáři (adresa pro odběr)", feed);
        return new MessageDraft("invitation-" + i.Change.ToString().ToLowerInvariant(), subject, body)
        {
            Contact = m.Organizer,
            Calendar = MeetingCalendar.Part(m, i.Change, context.To, context.NowUtc),
        };
    }
}

internal sealed class MeetingReminderTemplate : IMessageTemplate<MeetingReminder>
{
    public MessageDraft Write(MeetingReminder r, MessageContext context)
    {
        var m = r.Meeting;
        var body = new MessageBody().Paragraph($"připomínáme jednání: {m.Title} ({m.GroupName}).").MeetingFacts(m);
        if (r.Links is { } links)
            body.Rsvp(links);
        return new MessageDraft("meeting-reminder", $"Připomínka: {m.Title} – {When(m)}", body) { Contact = m.Organizer };
    }
}

internal sealed class MinutesReminderTemplate : IMessageTemplate<MinutesReminder>
{
    public MessageDraft Write(MinutesReminder r, MessageContext context)
    {
        var m = r.Meeting;
        var body = new MessageBody()
            .Paragraph($"od jednání {m.Title} ({m.GroupName}, {When(m)}) {Elapsed(r.DaysAfter)} a zápis zatím chybí.")
            .Link("Napsat zápis", r.MinutesUrl);
        return new MessageDraft("minutes-reminder", $"Chybí zápis: {m.Title} ({When(m)})", body) { Contact = m.Organizer };
    }
}

internal sealed class MinutesForCommentsTemplate : IMessageTemplate<MinutesForComments>
{
    public MessageDraft Write(MinutesForComments c, MessageContext context)
    {
        var m = c.Meeting;
        var body = new MessageBody()
            .Paragraph($"posíláme k připomínkám návrh zápisu z jednání {m.Title} ({m.GroupName}, {When(m)}). " +
                       $"Připomínky prosím pošlete odpovědí na tento e-mail nebo přímo zapisovateli ({c.Recorder}).")
            .Quote(c.MinutesText);
        return new MessageDraft("minutes-for-comments", $"Návrh zápisu k připomínkám: {m.Title} ({When(m)})", body) { Contact = m.Organizer };
    }
}

internal sealed class TaskReminderTemplate : IMessageTemplate<TaskReminder>
{
    public MessageDraft Write(TaskReminder t, MessageContext context)
    {
        var due = t.DueDate.ToString("d. M. yyyy", PragueTime.Culture);
        var body = new MessageBody().Paragraph($"připomínáme úkol z jednání {t.MeetingTitle}: {t.TaskTitle}. Termín splnění je {due}.");
        if (t.Url is not null)
            body.Link("Zobrazit zápis", t.Url);
        return new MessageDraft("task-reminder", $"Připomínka úkolu: {t.TaskTitle} (termín {due})", body);
    }
}

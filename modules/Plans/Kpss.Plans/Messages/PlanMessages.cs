using Kpss.Notifications.Contracts;

namespace Kpss.Plans.Messages;

/// <summary>The link that confirms a public comment's e-mail address (until then the comment counts for nothing).</summary>
internal sealed record PlanCommentConfirmation(string PlanTitle, string TargetTitle, string Text, string ConfirmUrl, string ValidUntil) : NotificationContent
{
    public override NotificationCategory Category => NotificationCategory.Essential;
}

/// <summary>A commenter's answer, sent when the settlement of comments is published.</summary>
internal sealed record PlanCommentAnswered(string PlanTitle, string TargetTitle, string Text, string Answer, string? Reason, string SettlementUrl) : NotificationContent
{
    public override NotificationCategory Category => NotificationCategory.Essential;
}

/// <summary>To the members of a plan's process: the plan is open for comments (they may switch such messages off).</summary>
internal sealed record PlanCommentsOpened(string PlanTitle, string From, string To, string PlanUrl) : NotificationContent
{
    public override NotificationCategory Category => NotificationCategory.Digest;
}

internal sealed class PlanCommentsOpenedTemplate : IMessageTemplate<PlanCommentsOpened>
{
    public MessageDraft Write(PlanCommentsOpened o, MessageContext context) =>
        new("plan-comments-opened", $"Připomínkování plánu: {o.PlanTitle}", new MessageBody()
            .Paragraph($"návrh plánu {o.PlanTitle} je zveřejněn k připomínkám. Připomínky může napsat kdokoli, k celému plánu, kapitole i jednotlivému opatření.")
            .Facts(new Fact("Připomínky lze podávat", $"od {o.From} do {o.To}"))
            .Link("Návrh plánu a formulář připomínek", o.PlanUrl));
}

internal sealed class PlanCommentConfirmationTemplate : IMessageTemplate<PlanCommentConfirmation>
{
    public MessageDraft Write(PlanCommentConfirmation c, MessageContext context) =>
        new("plan-comment-confirm", $"Potvrďte připomínku k plánu: {c.PlanTitle}", new MessageBody()
            .Paragraph($"děkujeme za připomínku k plánu {c.PlanTitle}. Započítá se, až potvrdíte, že tato e-mailová adresa je vaše.")
            .Facts(new Fact("K části", c.TargetTitle))
            .Quote(c.Text)
            .Link("Potvrdit připomínku", c.ConfirmUrl)
            .Paragraph($"Odkaz platí do {c.ValidUntil}. Pokud jste připomínku nepsali, e-mail ignorujte: bez potvrzení se nikde neobjeví a bude smazána."));
}

internal sealed class PlanCommentAnsweredTemplate : IMessageTemplate<PlanCommentAnswered>
{
    public MessageDraft Write(PlanCommentAnswered a, MessageContext context)
    {
        var body = new MessageBody()
            .Paragraph($"vypořádání připomínek k plánu {a.PlanTitle} je zveřejněno. Vaše připomínka a odpověď na ni:")
            .Facts(new Fact("K části", a.TargetTitle), new Fact("Vypořádání", a.Answer))
            .Quote(a.Text);
        if (a.Reason is not null) body.Paragraph("Odůvodnění: " + a.Reason);
        return new MessageDraft("plan-comment-answered", $"Vypořádání vaší připomínky: {a.PlanTitle}", body.Link("Celé vypořádání připomínek", a.SettlementUrl));
    }
}

/// <summary>To the kraj's coordinators and regional admins: a plan deadline of the kraj's calendar is near (or running).</summary>
internal sealed record PlanDeadlineReminder(string Deadline, string Kind, string When, bool Running, string? Note, IReadOnlyList<string> Plans,
    string PlansUrl, string CalendarUrl) : NotificationContent
{
    public override NotificationCategory Category => NotificationCategory.Reminder;
}

internal sealed class PlanDeadlineReminderTemplate : IMessageTemplate<PlanDeadlineReminder>
{
    public MessageDraft Write(PlanDeadlineReminder d, MessageContext context)
    {
        var body = new MessageBody()
            .Paragraph(d.Running
                ? $"v kalendáři plánování kraje právě probíhá termín: {d.Deadline}."
                : $"v kalendáři plánování kraje se blíží termín: {d.Deadline}.")
            .Facts(new Fact("Termín", d.When), new Fact("Co se děje", d.Kind));
        if (d.Note is not null) body.Paragraph(d.Note);
        if (d.Plans.Count > 0) body.NumberedList("Plány kraje v přípravě", d.Plans);
        else body.Paragraph("Žádný plán kraje se teď nepřipravuje; nový založíte v přípravě plánů.");
        return new MessageDraft("plan-deadline", $"Termín plánování: {d.Deadline} ({d.When})",
            body.Link("Příprava plánů", d.PlansUrl).Link("Kalendář plánování kraje", d.CalendarUrl));
    }
}

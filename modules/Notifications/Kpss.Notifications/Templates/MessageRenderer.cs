using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Kpss.Notifications.Preferences;

namespace Kpss.Notifications.Templates;

internal sealed record RenderedMessage(string Kind, string Subject, string Text, string Html, string? CalendarMethod, string? Calendar);

/// <summary>The Czech wording of every message Notifications sends: plain text, HTML, and the calendar part.</summary>
internal sealed class MessageRenderer(PreferenceTokens preferences, KpssClock clock)
{
    private static readonly CultureInfo Cs = PragueTime.Culture;

    public RenderedMessage Render(NotificationContent content, Recipient to) => content switch
    {
        MeetingInvitation i => Invitation(i, to),
        MeetingReminder r => Reminder(r, to),
        MinutesReminder m => Minutes(m, to),
        TaskReminder t => Task(t, to),
        MinutesForComments c => MinutesDraft(c, to),
        _ => throw new ArgumentException($"No template for {content.GetType().Name}.", nameof(content)),
    };

    private RenderedMessage Invitation(MeetingInvitation i, Recipient to)
    {
        var m = i.Meeting;
        var (subject, lead) = i.Change switch
        {
            InvitationChange.New => ($"Pozvánka: {m.Title} – {When(m)}", $"zveme vás na jednání: {m.Title} ({m.GroupName})."),
            InvitationChange.Update => ($"Změna jednání: {m.Title} – {When(m)}", $"jednání {m.Title} ({m.GroupName}) se změnilo. Platí tyto údaje:"),
            _ => ($"Zrušeno: {m.Title} – {When(m)}", $"jednání {m.Title} ({m.GroupName}) se ruší. Omlouváme se za komplikace."),
        };
        var body = new Body(to);
        body.Paragraph(lead);
        body.MeetingFacts(m);
        if (i.Change != InvitationChange.Cancel && i.Links is { } links)
            body.Rsvp(links);
        if (i.PersonalCalendarUrl is { } feed)
            body.Link("Všechna vaše jednání v kalendáři (adresa pro odběr)", feed);
        body.Footer(preferences.SettingsUrl(to.Email), m.Organizer);
        var calendar = MeetingCalendar.Write(m, i.Change, to, clock.GetUtcNow().UtcDateTime);
        return new RenderedMessage("invitation-" + i.Change.ToString().ToLowerInvariant(), subject, body.Text, body.Html,
            MeetingCalendar.Method(i.Change), calendar);
    }

    private RenderedMessage Reminder(MeetingReminder r, Recipient to)
    {
        var m = r.Meeting;
        var body = new Body(to);
        body.Paragraph($"připomínáme jednání: {m.Title} ({m.GroupName}).");
        body.MeetingFacts(m);
        if (r.Links is { } links)
            body.Rsvp(links);
        body.Footer(preferences.SettingsUrl(to.Email), m.Organizer, reminder: true);
        return new RenderedMessage("meeting-reminder", $"Připomínka: {m.Title} – {When(m)}", body.Text, body.Html, null, null);
    }

    private RenderedMessage Minutes(MinutesReminder r, Recipient to)
    {
        var m = r.Meeting;
        var body = new Body(to);
        body.Paragraph($"od jednání {m.Title} ({m.GroupName}, {When(m)}) {Elapsed(r.DaysAfter)} a zápis zatím chybí.");
        body.Link("Napsat zápis", r.MinutesUrl);
        body.Footer(preferences.SettingsUrl(to.Email), m.Organizer, reminder: true);
        return new RenderedMessage("minutes-reminder", $"Chybí zápis: {m.Title} ({When(m)})", body.Text, body.Html, null, null);
    }

    private RenderedMessage MinutesDraft(MinutesForComments c, Recipient to)
    {
        var m = c.Meeting;
        var body = new Body(to);
        body.Paragraph($"posíláme k připomínkám návrh zápisu z jednání {m.Title} ({m.GroupName}, {When(m)}). " +
                       $"Připomínky prosím pošlete odpovědí na tento e-mail nebo přímo zapisovateli ({c.Recorder}).");
        body.Preformatted(c.MinutesText);
        body.Footer(preferences.SettingsUrl(to.Email), m.Organizer);
        return new RenderedMessage("minutes-for-comments", $"Návrh zápisu k připomínkám: {m.Title} ({When(m)})", body.Text, body.Html, null, null);
    }

    private RenderedMessage Task(TaskReminder t, Recipient to)
    {
        var due = t.DueDate.ToString("d. M. yyyy", Cs);
        var body = new Body(to);
        body.Paragraph($"připomínáme úkol z jednání {t.MeetingTitle}: {t.TaskTitle}. Termín splnění je {due}.");
        if (t.Url is not null)
            body.Link("Zobrazit zápis", t.Url);
        body.Footer(preferences.SettingsUrl(to.Email), null, reminder: true);
        return new RenderedMessage("task-reminder", $"Připomínka úkolu: {t.TaskTitle} (termín {due})", body.Text, body.Html, null, null);
    }

    /// <summary>"uplynul 1 den", "uplynuly 3 dny", "uplynulo 7 dní".</summary>
    internal static string Elapsed(int days) => days switch
    {
        1 => "uplynul 1 den",
        >= 2 and <= 4 => $"uplynuly {days} dny",
        _ => $"uplynulo {days} dní",
    };

    /// <summary>E.g. "čtvrtek 12. dubna 2018 15:00".</summary>
    internal static string When(MeetingDetails m) => PragueTime.FromUtc(m.StartUtc).ToString("dddd d. MMMM yyyy H:mm", Cs);

    /// <summary>The text and HTML bodies, written side by side.</summary>
    private sealed class Body
    {
        private readonly StringBuilder _text = new();
        private readonly StringBuilder _html = new();

        public Body(Recipient to)
        {
            var greeting = string.IsNullOrWhiteSpace(to.Name) ? "Dobrý den," : $"Dobrý den, {to.Name},";
            _text.Append(greeting).Append("\n\n");
            _html.Append("<!DOCTYPE html><html lang=\"cs\"><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;line-height:1.5\">");
            _html.Append("<p>").Append(E(greeting)).Append("</p>");
        }

        public string Text => _text.ToString();
        public string Html => _html + "</body></html>";

        public void Paragraph(string text)
        {
            _text.Append(text).Append("\n\n");
            _html.Append("<p>").Append(E(text)).Append("</p>");
        }

        public void Preformatted(string text)
        {
            _text.Append(text.Trim()).Append("\n\n");
            _html.Append("<div style=\"white-space:pre-wrap;border-left:3px solid #0b4f8a;padding-left:1em\">").Append(E(text.Trim())).Append("</div>");
        }

        public void Link(string label, string url)
        {
            _text.Append(label).Append(": ").Append(url).Append("\n\n");
            _html.Append("<p><a href=\"").Append(E(url)).Append("\">").Append(E(label)).Append("</a></p>");
        }

        public void MeetingFacts(MeetingDetails m)
        {
            var start = PragueTime.FromUtc(m.StartUtc);
            var end = PragueTime.FromUtc(m.EndUtc);
            var when = start.Date == end.Date
                ? $"{start.ToString("dddd d. MMMM yyyy", Cs)}, {start:H:mm}–{end:H:mm}"
                : $"{start.ToString("d. MMMM yyyy H:mm", Cs)} – {end.ToString("d. MMMM yyyy H:mm", Cs)}";
            var facts = new List<(string, string)> { ("Kdy", when), ("Druh", m.KindLabel) };
            if (m.Place is not null)
                facts.Add(("Kde", $"{m.Place} ({(m.BarrierFree ? "bezbariérový přístup" : "bez bezbariérového přístupu")})"));
            if (m.OnlineUrl is not null)
                facts.Add(("Online", m.OnlineUrl));
            foreach (var (label, value) in facts)
                _text.Append(label).Append(": ").Append(value).Append('\n');
            _text.Append('\n');
            _html.Append("<table role=\"presentation\">");
            foreach (var (label, value) in facts)
                _html.Append("<tr><th align=\"left\" style=\"padding-right:1em\">").Append(E(label)).Append("</th><td>")
                    .Append(label == "Online" ? $"<a href=\"{E(value)}\">{E(value)}</a>" : E(value)).Append("</td></tr>");
            _html.Append("</table>");

            if (m.Agenda.Count > 0)
            {
                _text.Append("Program:\n");
                _html.Append("<p><strong>Program</strong></p><ol>");
                var n = 1;
                foreach (var item in m.Agenda)
                {
                    var extra = string.Join(", ", new[] { item.Presenter, item.Minutes is { } min ? $"{min} min" : null }.OfType<string>());
                    var line = extra.Length > 0 ? $"{item.Title} ({extra})" : item.Title;
                    _text.Append(n++).Append(". ").Append(line).Append('\n');
                    _html.Append("<li>").Append(E(line)).Append("</li>");
                }
                _text.Append('\n');
                _html.Append("</ol>");
            }
            if (m.DetailUrl is not null)
                Link("Podrobnosti jednání", m.DetailUrl);
        }

        public void Rsvp(RsvpLinks links)
        {
            _text.Append("Dejte nám prosím vědět, zda přijdete:\n")
                .Append("Přijdu: ").Append(links.Accept).Append('\n')
                .Append("Nepřijdu: ").Append(links.Decline).Append('\n')
                .Append("Možná: ").Append(links.Tentative).Append("\n\n");
            _html.Append("<p>Dejte nám prosím vědět, zda přijdete:</p><p>")
                .Append(Button("Přijdu", links.Accept)).Append(' ')
                .Append(Button("Nepřijdu", links.Decline)).Append(' ')
                .Append(Button("Možná", links.Tentative)).Append("</p>");
        }

        public void Footer(string settingsUrl, Recipient? organizer, bool reminder = false)
        {
            var contact = organizer is null ? "" : $"Dotazy: {organizer.Name ?? organizer.Email} <{organizer.Email}>\n";
            var settings = reminder
                ? "Připomínky si můžete vypnout v nastavení oznámení"
                : "Nastavení oznámení (např. vypnutí připomínek)";
            _text.Append("-- \n").Append(contact).Append(settings).Append(": ").Append(settingsUrl).Append('\n');
            _html.Append("<hr><p style=\"font-size:90%;color:#444\">");
            if (organizer is not null)
                _html.Append("Dotazy: ").Append(E(organizer.Name ?? organizer.Email)).Append(" &lt;<a href=\"mailto:")
                    .Append(E(organizer.Email)).Append("\">").Append(E(organizer.Email)).Append("</a>&gt;<br>");
            _html.Append("<a href=\"").Append(E(settingsUrl)).Append("\">").Append(E(settings)).Append("</a></p>");
        }

        private static string Button(string label, string url) =>
            $"<a href=\"{E(url)}\" style=\"display:inline-block;padding:8px 16px;background:#0b4f8a;color:#fff;text-decoration:none;border-radius:3px\">{E(label)}</a>";

        // Czech letters stay letters; only what HTML needs escaped is escaped.
        private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

        private static string E(string value) => Encoder.Encode(value);
    }
}

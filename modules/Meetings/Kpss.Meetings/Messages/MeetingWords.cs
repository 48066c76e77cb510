using System.Globalization;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;

namespace Kpss.Meetings.Messages;

/// <summary>
/// The Czech words of the meetings, in one place: how the messages name a meeting (its time, facts, programme, RSVP
/// links: here); what a use case refuses and why (<c>MeetingWords.Refusals.cs</c>); the pages' titles and what a page
/// says after a form (<c>MeetingWords.Pages.cs</c>). The e-mails' own texts are in <see cref="MeetingTemplates"/>; the
/// names of roles, kinds and states in <c>Domain/Enums.cs</c> (<c>Labels</c>).
/// </summary>
internal static partial class MeetingWords
{
    private static readonly CultureInfo Cs = PragueTime.Culture;

    /// <summary>A refusal (404) of every use case that reads a meeting or a group of the kraj.</summary>
    public const string NoMeeting = "Jednání neexistuje.";

    public const string NoGroup = "Skupina neexistuje.";

    /// <summary>E.g. "čtvrtek 12. dubna 2018 15:00".</summary>
    public static string When(MeetingDetails m) => PragueTime.FromUtc(m.StartUtc).ToString("dddd d. MMMM yyyy H:mm", Cs);

    /// <summary>"uplynul 1 den", "uplynuly 3 dny", "uplynulo 7 dní".</summary>
    public static string Elapsed(int days) => days switch
    {
        1 => "uplynul 1 den",
        >= 2 and <= 4 => $"uplynuly {days} dny",
        _ => $"uplynulo {days} dní",
    };

    /// <summary>When, what, where, online; the programme; the public detail link.</summary>
    public static MessageBody MeetingFacts(this MessageBody body, MeetingDetails m)
    {
        var start = PragueTime.FromUtc(m.StartUtc);
        var end = PragueTime.FromUtc(m.EndUtc);
        var when = start.Date == end.Date
            ? $"{start.ToString("dddd d. MMMM yyyy", Cs)}, {start:H:mm}–{end:H:mm}"
            : $"{start.ToString("d. MMMM yyyy H:mm", Cs)} – {end.ToString("d. MMMM yyyy H:mm", Cs)}";
        var facts = new List<Fact> { new("Kdy", when), new("Druh", m.KindLabel) };
        if (m.Place is not null)
            facts.Add(new("Kde", $"{m.Place} ({(m.BarrierFree ? "bezbariérový přístup" : "bez bezbariérového přístupu")})"));
        if (m.OnlineUrl is not null)
            facts.Add(new("Online", m.OnlineUrl, IsUrl: true));
        body.Facts(facts);
        body.NumberedList("Program", m.Agenda.Select(item =>
        {
            var extra = string.Join(", ", new[] { item.Presenter, item.Minutes is { } min ? $"{min} min" : null }.OfType<string>());
            return extra.Length > 0 ? $"{item.Title} ({extra})" : item.Title;
        }));
        if (m.DetailUrl is not null)
            body.Link("Podrobnosti jednání", m.DetailUrl);
        return body;
    }

    public static MessageBody Rsvp(this MessageBody body, RsvpLinks links) =>
        body.Choices("Dejte nám prosím vědět, zda přijdete:",
            new Fact("Přijdu", links.Accept, IsUrl: true), new Fact("Nepřijdu", links.Decline, IsUrl: true), new Fact("Možná", links.Tentative, IsUrl: true));
}

using System.Globalization;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;

namespace Kpss.Meetings.Messages;

/// <summary>How the meeting messages name a meeting: its time in Czech, its facts, its programme, its RSVP links.</summary>
internal static class MeetingWords
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

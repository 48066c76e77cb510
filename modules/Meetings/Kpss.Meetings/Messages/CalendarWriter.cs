using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Kpss.Modules.Abstractions.Time;
using IcalCalendar = Ical.Net.Calendar;

namespace Kpss.Meetings.Messages;

/// <summary>One meeting as a calendar event.</summary>
internal sealed record CalendarEntry(
    string Uid,
    int Sequence,
    DateTime StartUtc,
    DateTime EndUtc,
    string Summary,
    string? Location,
    string? Description,
    string? Url,
    bool Cancelled)
{
    public CalendarPerson? Organizer { get; init; }

    /// <summary>With a METHOD (an invitation): the recipient, so that no invitee sees the others' addresses.</summary>
    public CalendarPerson? Attendee { get; init; }
}

internal sealed record CalendarPerson(string Email, string? Name);

/// <summary>
/// iCalendar (RFC 5545) for the meetings, written by Ical.Net: local Prague times with the zone's VTIMEZONE (from the
/// IANA rules NodaTime carries), and for invitations the RFC 5546 METHOD (REQUEST, CANCEL) with one attendee.
/// </summary>
internal static class CalendarWriter
{
    private const string Zone = "Europe/Prague";
    private const string ProductId = "-//KPSS Platform//Komunitni planovani socialnich sluzeb//CS";


    /// <summary>An invitation or cancellation for one attendee.</summary>
    public static string Invitation(string method, CalendarEntry e, DateTime stampUtc)
    {
        var calendar = New();
        calendar.Method = method;
        calendar.Events.Add(Event(e, stampUtc));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>A subscription feed (no METHOD), e.g. every meeting of a group.</summary>
    public static string Feed(string name, IEnumerable<CalendarEntry> entries, DateTime stampUtc)
    {
        var calendar = New();
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", Zone);
        foreach (var e in entries)
            calendar.Events.Add(Event(e, stampUtc));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static IcalCalendar New()
    {
        var calendar = new IcalCalendar { ProductId = ProductId, Scale = "GREGORIAN" };
        // Europe/Prague's observances as the rules stand (the last Sundays of March and October since 1996): the same
        // VTIMEZONE in every message, whatever the date of the meeting. Built for each calendar, because adding a
        // component makes the calendar its parent: one shared instance would be changed by every message written at once.
        calendar.TimeZones.Add(VTimeZone.FromDateTimeZone(Zone, new DateTime(2000, 1, 1), includeHistoricalData: false));
        return calendar;
    }

    private static CalendarEvent Event(CalendarEntry e, DateTime stampUtc)
    {
        var ev = new CalendarEvent
        {
            Uid = e.Uid,
            Sequence = e.Sequence,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc)),
            DtStart = Local(e.StartUtc),
            DtEnd = Local(e.EndUtc),
            Summary = e.Summary,
            Location = e.Location,
            Description = e.Description,
            Url = e.Url is null ? null : new Uri(e.Url),
            Status = e.Cancelled ? "CANCELLED" : "CONFIRMED",
            Transparency = "OPAQUE",
        };
        if (e.Organizer is { } o)
            ev.Organizer = new Organizer("mailto:" + o.Email) { CommonName = Name(o) };
        if (e.Attendee is { } a)
            ev.Attendees.Add(new Attendee("mailto:" + a.Email)
            {
                CommonName = Name(a), Type = "INDIVIDUAL", Role = "REQ-PARTICIPANT", ParticipationStatus = "NEEDS-ACTION", Rsvp = true,
            });
        return ev;
    }

    /// <summary>A person's name as a parameter value: DQUOTE and line breaks are not allowed in one (RFC 5545 3.2).</summary>
    private static string Name(CalendarPerson p) => (p.Name ?? p.Email).Replace('"', '\'').Replace("\r", "").Replace("\n", " ");

    private static CalDateTime Local(DateTime utc) => new(DateTime.SpecifyKind(PragueTime.FromUtc(utc), DateTimeKind.Unspecified), Zone);
}

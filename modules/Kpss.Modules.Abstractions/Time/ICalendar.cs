using System.Globalization;
using System.Text;

namespace Kpss.Modules.Abstractions.Time;

/// <summary>One event of an iCalendar object.</summary>
public sealed record CalendarEvent(
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

public sealed record CalendarPerson(string Email, string? Name);

/// <summary>
/// iCalendar (RFC 5545) writing: CRLF lines folded at 75 octets, escaped text, local times with a VTIMEZONE for
/// Europe/Prague, and for invitations the RFC 5546 METHOD (REQUEST, CANCEL). Outlook, Gmail and Thunderbird accept it.
/// </summary>
public static class ICalendar
{
    private const string Zone = "Europe/Prague";
    private const string ProductId = "PRODID:-//KPSS Platform//Komunitni planovani socialnich sluzeb//CS";

    /// <summary>An invitation or cancellation for one attendee.</summary>
    public static string Invitation(string method, CalendarEvent e, DateTime stampUtc)
    {
        var lines = new List<string> { "BEGIN:VCALENDAR", ProductId, "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:" + method };
        lines.AddRange(PragueTimeZone);
        lines.AddRange(Event(e, stampUtc, localTimes: true));
        lines.Add("END:VCALENDAR");
        return Folded(lines);
    }

    /// <summary>A subscription feed (no METHOD), e.g. every meeting of a group.</summary>
    public static string Feed(string name, IEnumerable<CalendarEvent> events, DateTime stampUtc)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR", ProductId, "VERSION:2.0", "CALSCALE:GREGORIAN", "X-WR-CALNAME:" + Text(name), "X-WR-TIMEZONE:" + Zone,
        };
        lines.AddRange(PragueTimeZone);
        foreach (var e in events)
            lines.AddRange(Event(e, stampUtc, localTimes: true));
        lines.Add("END:VCALENDAR");
        return Folded(lines);
    }

    private static IEnumerable<string> Event(CalendarEvent e, DateTime stampUtc, bool localTimes)
    {
        yield return "BEGIN:VEVENT";
        yield return "UID:" + e.Uid;
        yield return "SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture);
        yield return "DTSTAMP:" + Utc(stampUtc);
        yield return localTimes ? $"DTSTART;TZID={Zone}:{Local(e.StartUtc)}" : "DTSTART:" + Utc(e.StartUtc);
        yield return localTimes ? $"DTEND;TZID={Zone}:{Local(e.EndUtc)}" : "DTEND:" + Utc(e.EndUtc);
        yield return "SUMMARY:" + Text(e.Summary);
        if (e.Location is not null) yield return "LOCATION:" + Text(e.Location);
        if (e.Description is not null) yield return "DESCRIPTION:" + Text(e.Description);
        if (e.Url is not null) yield return "URL:" + e.Url;
        if (e.Organizer is { } o) yield return $"ORGANIZER;CN={Param(o.Name ?? o.Email)}:mailto:{o.Email}";
        if (e.Attendee is { } a)
            yield return $"ATTENDEE;CN={Param(a.Name ?? a.Email)};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a.Email}";
        yield return "STATUS:" + (e.Cancelled ? "CANCELLED" : "CONFIRMED");
        yield return "TRANSP:OPAQUE";
        yield return "END:VEVENT";
    }

    private static readonly string[] PragueTimeZone =
    [
        "BEGIN:VTIMEZONE", "TZID:" + Zone,
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ];

    private static string Utc(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Local(DateTime utc) => PragueTime.FromUtc(utc).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>TEXT value escaping (RFC 5545 3.3.11).</summary>
    public static string Text(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>A quoted parameter value; DQUOTE is not allowed inside (RFC 5545 3.2).</summary>
    private static string Param(string value) => "\"" + value.Replace('"', '\'').Replace("\r", "").Replace("\n", " ") + "\"";

    private static string Folded(IEnumerable<string> lines)
    {
        var output = new StringBuilder();
        foreach (var line in lines)
            Fold(output, line);
        return output.ToString();
    }

    /// <summary>Lines longer than 75 octets continue after CRLF and a space, never inside a character.</summary>
    public static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                output.Append("\r\n ");
                octets = 1;
            }
            output.Append(rune.ToString());
            octets += size;
        }
        output.Append("\r\n");
    }
}

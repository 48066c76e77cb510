using System.Globalization;
using System.Text;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;

namespace Kpss.Notifications.Templates;

/// <summary>
/// iCalendar invitations (RFC 5545 objects, RFC 5546 methods) that Outlook, Gmail and Thunderbird accept: CRLF lines
/// folded at 75 octets, escaped text, local times with a VTIMEZONE for Europe/Prague, one ATTENDEE (the recipient, so
/// that no member sees the others' addresses).
/// </summary>
internal static class ICalendarWriter
{
    private const string Zone = "Europe/Prague";

    public static string Write(MeetingDetails meeting, InvitationChange change, Recipient attendee, DateTime stampUtc)
    {
        var method = Method(change);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "PRODID:-//KPSS Platform//Komunitni planovani socialnich sluzeb//CS",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            "METHOD:" + method,
            "BEGIN:VTIMEZONE",
            "TZID:" + Zone,
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:" + meeting.Uid,
            "SEQUENCE:" + meeting.Sequence.ToString(CultureInfo.InvariantCulture),
            "DTSTAMP:" + Utc(stampUtc),
            $"DTSTART;TZID={Zone}:{Local(meeting.StartUtc)}",
            $"DTEND;TZID={Zone}:{Local(meeting.EndUtc)}",
            "SUMMARY:" + Text(meeting.Title),
        };
        var location = Location(meeting);
        if (location is not null)
            lines.Add("LOCATION:" + Text(location));
        lines.Add("DESCRIPTION:" + Text(Description(meeting)));
        if (meeting.DetailUrl is not null)
            lines.Add("URL:" + meeting.DetailUrl);
        lines.Add($"ORGANIZER;CN={Param(meeting.Organizer.Name ?? meeting.Organizer.Email)}:mailto:{meeting.Organizer.Email}");
        lines.Add($"ATTENDEE;CN={Param(attendee.Name ?? attendee.Email)};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;" +
                  $"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee.Email}");
        lines.Add("STATUS:" + (change == InvitationChange.Cancel ? "CANCELLED" : "CONFIRMED"));
        lines.Add("TRANSP:OPAQUE");
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");

        var result = new StringBuilder();
        foreach (var line in lines)
            Fold(result, line);
        return result.ToString();
    }

    /// <summary>A subscription feed (no METHOD): every meeting of a group or a person.</summary>
    public static string Feed(string name, IEnumerable<(MeetingDetails Meeting, bool Cancelled)> meetings, DateTime stampUtc)
    {
        var result = new StringBuilder();
        foreach (var line in new[]
                 {
                     "BEGIN:VCALENDAR", "PRODID:-//KPSS Platform//Komunitni planovani socialnich sluzeb//CS", "VERSION:2.0",
                     "CALSCALE:GREGORIAN", "X-WR-CALNAME:" + Text(name), "X-WR-TIMEZONE:" + Zone,
                 })
            Fold(result, line);
        foreach (var (meeting, cancelled) in meetings)
        {
            var lines = new List<string>
            {
                "BEGIN:VEVENT", "UID:" + meeting.Uid, "SEQUENCE:" + meeting.Sequence, "DTSTAMP:" + Utc(stampUtc),
                "DTSTART:" + Utc(meeting.StartUtc), "DTEND:" + Utc(meeting.EndUtc), "SUMMARY:" + Text(meeting.Title),
                "DESCRIPTION:" + Text(Description(meeting)),
                "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"),
            };
            if (Location(meeting) is { } location) lines.Add("LOCATION:" + Text(location));
            if (meeting.DetailUrl is not null) lines.Add("URL:" + meeting.DetailUrl);
            lines.Add("END:VEVENT");
            foreach (var line in lines) Fold(result, line);
        }
        Fold(result, "END:VCALENDAR");
        return result.ToString();
    }

    public static string Method(InvitationChange change) => change == InvitationChange.Cancel ? "CANCEL" : "REQUEST";

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

    private static string Utc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Local(DateTime utc) => PragueTime.FromUtc(utc).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>TEXT value escaping (RFC 5545 3.3.11).</summary>
    internal static string Text(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>A quoted parameter value; DQUOTE is not allowed inside (RFC 5545 3.2).</summary>
    private static string Param(string value) => "\"" + value.Replace('"', '\'').Replace("\r", "").Replace("\n", " ") + "\"";

    /// <summary>Lines longer than 75 octets continue on the next line after CRLF and a space, never inside a character.</summary>
    internal static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 1;
                limit = 75;
            }
            output.Append(rune.ToString());
            octets += size;
        }
        output.Append("\r\n");
    }
}

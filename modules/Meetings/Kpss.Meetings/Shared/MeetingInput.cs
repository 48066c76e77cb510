using Kpss.Modules.Abstractions.Time;

namespace Kpss.Meetings.Shared;

/// <summary>One line of a meeting's agenda as entered.</summary>
internal sealed record AgendaInput(string? Title, string? Presenter, int? Minutes);

/// <summary>
/// A meeting as the coordinator enters it, bound alike by the JSON endpoints (creating and changing a meeting) and by the
/// pages' form: <c>Date</c> yyyy-MM-dd (or d.M.yyyy), times HH:mm, all in Prague time, kept as typed so that a refused
/// form shows what was typed. <see cref="MeetingInputs"/> reads, checks and applies it.
/// </summary>
internal sealed class MeetingInput
{
    public MeetingKind Kind { get; set; }
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string? StartTime { get; set; }
    public string? EndTime { get; set; }
    public string? Place { get; set; }
    public bool BarrierFree { get; set; }
    public string? OnlineUrl { get; set; }
    public List<AgendaInput>? Agenda { get; set; } = [];
    public bool ReminderEnabled { get; set; } = true;
    public int? ReminderDaysBefore { get; set; }
    public string? ReminderTime { get; set; }

    /// <summary>The version of the meeting the change was made on (changing only).</summary>
    public int Version { get; set; }

    /// <summary>A meeting made by the platform itself (demo data, a plan's hearing).</summary>
    public static MeetingInput Of(MeetingKind kind, string? title, DateOnly? date, TimeOnly? start, TimeOnly? end, string? place, bool barrierFree,
        IEnumerable<AgendaInput> agenda) => new()
    {
        Kind = kind,
        Title = title,
        Date = date is { } d ? Dates.Text(d) : null,
        StartTime = start is { } s ? Dates.Text(s) : null,
        EndTime = end is { } e ? Dates.Text(e) : null,
        Place = place,
        BarrierFree = barrierFree,
        Agenda = agenda.ToList(),
    };

    /// <summary>A meeting as it stands, to fill the form with.</summary>
    public static MeetingInput From(Meeting m) => new()
    {
        Kind = m.Kind,
        Title = m.Title,
        Date = Dates.Text(DateOnly.FromDateTime(PragueTime.FromUtc(m.StartUtc))),
        StartTime = Dates.Text(TimeOnly.FromDateTime(PragueTime.FromUtc(m.StartUtc))),
        EndTime = Dates.Text(TimeOnly.FromDateTime(PragueTime.FromUtc(m.EndUtc))),
        Place = m.Place,
        BarrierFree = m.BarrierFree,
        OnlineUrl = m.OnlineUrl,
        Agenda = m.Agenda.OrderBy(a => a.Order).Select(a => new AgendaInput(a.Title, a.Presenter, a.Minutes)).ToList(),
        ReminderEnabled = m.ReminderEnabled,
        ReminderDaysBefore = m.ReminderDaysBefore,
        ReminderTime = Dates.Text(m.ReminderTime),
        Version = m.Version,
    };

    /// <summary>At least five agenda rows to fill in.</summary>
    public MeetingInput WithEmptyAgendaRows()
    {
        Agenda ??= [];
        while (Agenda.Count < 5) Agenda.Add(new AgendaInput(null, null, null));
        return this;
    }
}

/// <summary>The guests' addresses to invite (scheduling a meeting, inviting guests).</summary>
internal sealed record EmailsDto(IReadOnlyList<string>? Emails);

/// <summary>A meeting's date and times read from its input (Prague time); null where not given.</summary>
internal sealed record MeetingTimes(DateOnly? Date, TimeOnly? Start, TimeOnly? End, TimeOnly? ReminderTime);

/// <summary>A meeting as entered, checked in one place (creating and changing a meeting) and put on the entity in one place.</summary>
internal static class MeetingInputs
{
    /// <summary>The addresses given for guests, each checked; a Czech message for each one that is not an e-mail address.</summary>
    public static List<string> CleanEmails(IEnumerable<string> emails, OperationResult result)
    {
        var clean = new List<string>();
        foreach (var raw in emails.Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            if (Check.IsEmail(raw)) clean.Add(raw);
            else result.Add("Emails", MeetingWords.EmailInvalid(raw));
        }
        return clean;
    }

    /// <summary>Reads the typed dates and times; a Czech message for each one that is not a date or time.</summary>
    public static MeetingTimes Read(MeetingInput input, OperationResult errors) => new(
        Dates.Parse(input.Date, "Date", "datum", errors), Dates.ParseTime(input.StartTime, "StartTime", "čas začátku", errors),
        Dates.ParseTime(input.EndTime, "EndTime", "čas konce", errors), Dates.ParseTime(input.ReminderTime, "ReminderTime", "čas připomínky", errors));

    public static void Apply(Meeting m, MeetingInput input, MeetingTimes read, (DateTime Start, DateTime End) times)
    {
        m.Kind = input.Kind;
        m.Title = input.Title!.Trim();
        m.StartUtc = times.Start;
        m.EndUtc = times.End;
        m.Place = Check.Clean(input.Place);
        m.BarrierFree = input.BarrierFree;
        m.OnlineUrl = Check.Clean(input.OnlineUrl);
        m.ReminderEnabled = input.ReminderEnabled;
        if (input.ReminderDaysBefore is { } days) m.ReminderDaysBefore = days;
        if (read.ReminderTime is { } time) m.ReminderTime = time;
        var order = 1;
        foreach (var a in (input.Agenda ?? []).Where(a => !string.IsNullOrWhiteSpace(a.Title)))
            m.Agenda.Add(new AgendaItem { Order = order++, Title = a.Title!.Trim(), Presenter = Check.Clean(a.Presenter), Minutes = a.Minutes });
    }

    /// <summary>Checks a meeting as entered; returns its UTC start and end when valid.</summary>
    public static (DateTime Start, DateTime End)? Validate(MeetingInput input, MeetingTimes read, OperationResult result)
    {
        Check.Required(result, "Title", input.Title, "název jednání", 300);
        if (read.Date is null) result.Add("Date", MeetingWords.DateMissing);
        if (read.Start is null) result.Add("StartTime", MeetingWords.StartMissing);
        if (read.End is null) result.Add("EndTime", MeetingWords.EndMissing);
        if (read.Start is { } s && read.End is { } e && e <= s)
            result.Add("EndTime", MeetingWords.EndBeforeStart);
        if (string.IsNullOrWhiteSpace(input.Place) && string.IsNullOrWhiteSpace(input.OnlineUrl))
            result.Add("Place", MeetingWords.PlaceMissing);
        Check.Optional(result, "Place", input.Place, "místo konání", 500);
        if (!string.IsNullOrWhiteSpace(input.OnlineUrl) && !Check.IsWebUrl(input.OnlineUrl.Trim()))
            result.Add("OnlineUrl", MeetingWords.OnlineUrlInvalid);
        if (input.ReminderDaysBefore is < 0 or > 14)
            result.Add("ReminderDaysBefore", MeetingWords.ReminderOutOfRange);
        var n = 0;
        foreach (var item in input.Agenda ?? [])
        {
            n++;
            if (string.IsNullOrWhiteSpace(item.Title))
            {
                if (!string.IsNullOrWhiteSpace(item.Presenter) || item.Minutes is not null)
                    result.Add($"Agenda[{n - 1}].Title", MeetingWords.AgendaTitleMissing(n));
                continue;
            }
            Check.Optional(result, $"Agenda[{n - 1}].Title", item.Title, $"bod programu {n}", 300);
            if (item.Minutes is < 1 or > 600)
                result.Add($"Agenda[{n - 1}].Minutes", MeetingWords.AgendaLengthOutOfRange(n));
        }
        if (read.Date is not { } date || read.Start is not { } start || read.End is not { } end || end <= start)
            return null;
        var startUtc = PragueTime.ToUtc(date, start);
        var endUtc = PragueTime.ToUtc(date, end);
        if (startUtc is null || endUtc is null)
        {
            result.Add("StartTime", MeetingWords.TimeSkippedByDst);
            return null;
        }
        return result.Ok ? (startUtc.Value, endUtc.Value) : null;
    }
}

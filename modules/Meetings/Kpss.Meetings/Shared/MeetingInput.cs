using Kpss.Modules.Abstractions.Time;

namespace Kpss.Meetings.Shared;

internal sealed record AgendaInput(string? Title, string? Presenter, int? Minutes);

/// <summary>A meeting as the coordinator enters it: Prague date and times.</summary>
internal sealed record MeetingInput(
    MeetingKind Kind, string? Title, DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime, string? Place, bool BarrierFree,
    string? OnlineUrl, IReadOnlyList<AgendaInput> Agenda, bool ReminderEnabled = true, int? ReminderDaysBefore = null,
    TimeOnly? ReminderTime = null);

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
            else result.Add("Emails", $"Adresa „{raw}“ není platná e-mailová adresa.");
        }
        return clean;
    }

    public static void Apply(Meeting m, MeetingInput input, (DateTime Start, DateTime End) times)
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
        if (input.ReminderTime is { } time) m.ReminderTime = time;
        var order = 1;
        foreach (var a in input.Agenda.Where(a => !string.IsNullOrWhiteSpace(a.Title)))
            m.Agenda.Add(new AgendaItem { Order = order++, Title = a.Title!.Trim(), Presenter = Check.Clean(a.Presenter), Minutes = a.Minutes });
    }

    /// <summary>Checks a meeting as entered; returns its UTC start and end when valid.</summary>
    public static (DateTime Start, DateTime End)? Validate(MeetingInput input, OperationResult result)
    {
        Check.Required(result, "Title", input.Title, "název jednání", 300);
        if (input.Date is null) result.Add("Date", "Zadejte datum jednání.");
        if (input.StartTime is null) result.Add("StartTime", "Zadejte čas začátku.");
        if (input.EndTime is null) result.Add("EndTime", "Zadejte čas konce.");
        if (input.StartTime is { } s && input.EndTime is { } e && e <= s)
            result.Add("EndTime", "Konec jednání musí být po jeho začátku.");
        if (string.IsNullOrWhiteSpace(input.Place) && string.IsNullOrWhiteSpace(input.OnlineUrl))
            result.Add("Place", "Zadejte místo konání nebo odkaz na online jednání.");
        Check.Optional(result, "Place", input.Place, "místo konání", 500);
        if (!string.IsNullOrWhiteSpace(input.OnlineUrl) && !Check.IsWebUrl(input.OnlineUrl.Trim()))
            result.Add("OnlineUrl", "Odkaz na online jednání musí být webová adresa (https://…).");
        if (input.ReminderDaysBefore is < 0 or > 14)
            result.Add("ReminderDaysBefore", "Připomínka může jít 0 až 14 dní předem.");
        var n = 0;
        foreach (var item in input.Agenda)
        {
            n++;
            if (string.IsNullOrWhiteSpace(item.Title))
            {
                if (!string.IsNullOrWhiteSpace(item.Presenter) || item.Minutes is not null)
                    result.Add($"Agenda[{n - 1}].Title", $"Bod programu {n}: vyplňte název.");
                continue;
            }
            Check.Optional(result, $"Agenda[{n - 1}].Title", item.Title, $"bod programu {n}", 300);
            if (item.Minutes is < 1 or > 600)
                result.Add($"Agenda[{n - 1}].Minutes", $"Bod programu {n}: délka musí být 1 až 600 minut.");
        }
        if (input.Date is not { } date || input.StartTime is not { } start || input.EndTime is not { } end || end <= start)
            return null;
        var startUtc = PragueTime.ToUtc(date, start);
        var endUtc = PragueTime.ToUtc(date, end);
        if (startUtc is null || endUtc is null)
        {
            result.Add("StartTime", "Tento čas v Praze neexistuje (přechod na letní čas). Zvolte jiný.");
            return null;
        }
        return result.Ok ? (startUtc.Value, endUtc.Value) : null;
    }
}

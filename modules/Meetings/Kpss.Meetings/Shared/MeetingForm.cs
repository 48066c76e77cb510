using System.Globalization;
using Kpss.Meetings.Api;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Meetings.Shared;

/// <summary>A meeting as the form holds it: text as typed, kept when the input is refused.</summary>
internal sealed class MeetingForm
{
    public MeetingKind Kind { get; set; } = MeetingKind.WorkingGroup;
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string? StartTime { get; set; }
    public string? EndTime { get; set; }
    public string? Place { get; set; }
    public bool BarrierFree { get; set; }
    public string? OnlineUrl { get; set; }
    public List<AgendaDto> Agenda { get; set; } = [];
    public bool ReminderEnabled { get; set; } = true;
    public int? ReminderDaysBefore { get; set; }
    public string? ReminderTime { get; set; }
    public int Version { get; set; }

    /// <summary>At least five agenda rows to fill in.</summary>
    public MeetingForm WithEmptyAgendaRows()
    {
        while (Agenda.Count < 5) Agenda.Add(new AgendaDto(null, null, null));
        return this;
    }

    public MeetingInput ToInput(OperationResult errors) => MeetingsApi.ToInput(
        new MeetingDto(Kind, Title, Date, StartTime, EndTime, Place, BarrierFree, OnlineUrl, Agenda, ReminderEnabled, ReminderDaysBefore, ReminderTime, Version),
        errors);

    public static MeetingForm From(Meeting m) => new()
    {
        Kind = m.Kind,
        Title = m.Title,
        Date = PragueTime.FromUtc(m.StartUtc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        StartTime = PragueTime.FromUtc(m.StartUtc).ToString("HH:mm", CultureInfo.InvariantCulture),
        EndTime = PragueTime.FromUtc(m.EndUtc).ToString("HH:mm", CultureInfo.InvariantCulture),
        Place = m.Place,
        BarrierFree = m.BarrierFree,
        OnlineUrl = m.OnlineUrl,
        Agenda = m.Agenda.OrderBy(a => a.Order).Select(a => new AgendaDto(a.Title, a.Presenter, a.Minutes)).ToList(),
        ReminderEnabled = m.ReminderEnabled,
        ReminderDaysBefore = m.ReminderDaysBefore,
        ReminderTime = m.ReminderTime.ToString("HH:mm", CultureInfo.InvariantCulture),
        Version = m.Version,
    };
}

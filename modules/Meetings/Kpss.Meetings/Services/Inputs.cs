using Kpss.Modules.Abstractions;
using Kpss.Meetings.Domain;

namespace Kpss.Meetings.Services;

internal sealed record ProcessInput(
    string? Name, AreaKind AreaKind, string? AreaName, int? OrpCsuCode, DateOnly? PeriodFrom, DateOnly? PeriodTo,
    string? ProjectRegistrationNumber, string? Implementer, string? Partner);

internal sealed record GroupInput(int ProcessId, GroupKind Kind, string? Name, string? TargetGroup, string? CommunicationRules);

internal sealed record MemberInput(
    string? Name, string? Email, string? Phone, string? Organisation, TriadRole Role, MemberFunction Function,
    DateOnly? From, DateOnly? To);

internal sealed record AgendaInput(string? Title, string? Presenter, int? Minutes);

/// <summary>A meeting as the coordinator enters it: Prague date and times.</summary>
internal sealed record MeetingInput(
    MeetingKind Kind, string? Title, DateOnly? Date, TimeOnly? StartTime, TimeOnly? EndTime, string? Place, bool BarrierFree,
    string? OnlineUrl, IReadOnlyList<AgendaInput> Agenda, bool ReminderEnabled = true, int? ReminderDaysBefore = null,
    TimeOnly? ReminderTime = null);

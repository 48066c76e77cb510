using Kpss.Modules.Abstractions;
using System.ComponentModel.DataAnnotations;
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

internal static class Check
{
    private static readonly EmailAddressAttribute EmailFormat = new();

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static bool IsEmail(string? value) =>
        value is not null && value.Length <= 320 && value.Contains('@') && EmailFormat.IsValid(value) && !value.Contains(' ');

    public static bool IsWebUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static void Required(OperationResult result, string field, string? value, string label, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            result.Add(field, $"Vyplňte {label}.");
        else if (value.Trim().Length > maxLength)
            result.Add(field, $"{char.ToUpperInvariant(label[0])}{label[1..]} může mít nejvýše {maxLength} znaků.");
    }

    public static void Optional(OperationResult result, string field, string? value, string label, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength)
            result.Add(field, $"{char.ToUpperInvariant(label[0])}{label[1..]} může mít nejvýše {maxLength} znaků.");
    }
}

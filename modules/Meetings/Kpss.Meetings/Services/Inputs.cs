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

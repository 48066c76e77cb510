using Kpss.Modules.Abstractions;

namespace Kpss.Meetings.Contracts;

/// <summary>A planning process of a kraj (e.g. "Pokračování komunitního plánování … ORP Jindřichův Hradec").</summary>
public sealed record PlanningProcessInfo(int Id, string Name, string Area);

/// <summary>Meetings held, in Czech words: the kind ("jednání pracovní skupiny"), the group and how many.</summary>
public sealed record HeldMeetings(string Kind, string Group, int Count);

/// <summary>People who attended at least one meeting, by their role in the triad ("zadavatel", "poskytovatel", "uživatel"…).</summary>
public sealed record ParticipantsByRole(string Role, int People);

/// <summary>A public hearing of the process: when, where, its title, and whether it has taken place.</summary>
public sealed record HearingFact(DateTime StartUtc, string? Place, string Title, bool Held);

/// <summary>What a plan's descriptive part can state about how the public, obce, providers and users took part.</summary>
public sealed record PlanningFacts(string ProcessName, IReadOnlyList<HeldMeetings> Meetings, IReadOnlyList<ParticipantsByRole> Participants,
    IReadOnlyList<HearingFact> Hearings);

/// <summary>A member of a process's groups who has an e-mail address.</summary>
public sealed record ProcessMember(string Email, string Name);

/// <summary>A public hearing to prepare: the coordinator schedules it (and invitations go out) in Meetings.</summary>
public sealed record HearingRequest(string Title, DateOnly? Date, TimeOnly? Start, TimeOnly? End, string? Place, IReadOnlyList<string> Agenda,
    string OrganizerEmail, string? OrganizerName);

/// <summary>
/// What the Meetings module tells and does for other modules (Plans): a kraj's planning processes, the facts of one
/// process (meetings held, participants by role, public hearings), and a draft public hearing created on request.
/// Every call is scoped to the kraj given: another kraj's process is "not found".
/// </summary>
public interface IPlanningProcesses
{
    Task<IReadOnlyList<PlanningProcessInfo>> ListAsync(string krajCode, CancellationToken ct);

    /// <summary>The facts of a process, or null when the kraj has no such process.</summary>
    Task<PlanningFacts?> FactsAsync(string krajCode, int processId, CancellationToken ct);

    /// <summary>
    /// Creates a draft public hearing in the process's steering group (else its first group); Success carries the
    /// meeting's id; bad input answers with Czech messages by field (Date, StartTime, EndTime, Place).
    /// </summary>
    Task<OperationResult> CreateHearingAsync(string krajCode, int processId, HearingRequest request, CancellationToken ct);

    /// <summary>The members of the process's groups on a day (their membership covers it), each address once.</summary>
    Task<IReadOnlyList<ProcessMember>> MembersAsync(string krajCode, int processId, DateOnly day, CancellationToken ct);

    /// <summary>The coordinators' page of a meeting, e.g. <c>/jihocesky/jednani/42</c>.</summary>
    string MeetingPath(string krajSlug, int meetingId);
}

using Kpss.Modules.Abstractions.Audit;
using Kpss.Modules.Abstractions.Tenancy;

namespace Kpss.Meetings.Domain;

/// <summary>A planning process in a kraj (seed 003: "Pokračování komunitního plánování sociálních služeb ORP Jindřichův Hradec").</summary>
[AuditName("plánovací proces")]
internal sealed class PlanningProcess : IKrajOwned
{
    public int Id { get; set; }
    public required string KrajCode { get; set; }
    public required string Name { get; set; }
    public AreaKind AreaKind { get; set; }
    public required string AreaName { get; set; }
    public int? OrpCsuCode { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public string? ProjectRegistrationNumber { get; set; }
    public string? Implementer { get; set; }
    public string? Partner { get; set; }
    public DateTime CreatedAtUtc { get; set; }
}

[AuditName("skupina")]
internal sealed class Group : IKrajOwned
{
    public int Id { get; set; }
    public required string KrajCode { get; set; }
    public int ProcessId { get; set; }
    public GroupKind Kind { get; set; }
    public required string Name { get; set; }
    public string? TargetGroup { get; set; }
    public string? CommunicationRules { get; set; }
    /// <summary>Secret part of the group's calendar feed URL.</summary>
    public required string CalendarToken { get; set; }
}

[AuditName("osoba")]
internal sealed class Person : IKrajOwned
{
    public int Id { get; set; }
    public required string KrajCode { get; set; }
    [PersonalField]
    public required string Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Organisation { get; set; }
    public required string CalendarToken { get; set; }
}

[AuditName("členství ve skupině")]
internal sealed class Membership : IKrajOwned
{
    public int Id { get; set; }
    public required string KrajCode { get; set; }
    public int GroupId { get; set; }
    public int PersonId { get; set; }
    public TriadRole Role { get; set; }
    public MemberFunction Function { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public Person? Person { get; set; }

    public bool ActiveOn(DateOnly day) => From <= day && (To is null || To >= day);
}

[AuditName("jednání")]
internal sealed class Meeting : IKrajOwned
{
    public int Id { get; set; }
    public required string KrajCode { get; set; }
    public int GroupId { get; set; }
    public MeetingKind Kind { get; set; }
    public required string Title { get; set; }
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }
    public string? Place { get; set; }
    public bool BarrierFree { get; set; }
    public string? OnlineUrl { get; set; }
    public MeetingStatus Status { get; set; }
    /// <summary>iCalendar UID, stable for the meeting's life.</summary>
    public required string Uid { get; set; }
    /// <summary>iCalendar SEQUENCE: raised on every change the invitees are told of.</summary>
    public int Sequence { get; set; }
    public bool ReminderEnabled { get; set; } = true;
    public int ReminderDaysBefore { get; set; } = 2;
    public TimeOnly ReminderTime { get; set; } = new(9, 0);
    [PersonalField]
    public required string OrganizerName { get; set; }
    public required string OrganizerEmail { get; set; }
    /// <summary>Concurrency token: an edit based on an older version is refused, not silently applied.</summary>
    public int Version { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public List<AgendaItem> Agenda { get; set; } = [];

    public bool IsPublic => Kind == MeetingKind.PublicHearing;
}

[AuditName("bod programu")]
internal sealed class AgendaItem
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public string? Presenter { get; set; }
    public int? Minutes { get; set; }
}

/// <summary>One invitee of a meeting: a member of the group (with the triad role they had) or an extra address.</summary>
[AuditName("pozvánka")]
internal sealed class Invitation : IKrajOwned
{
    public int Id { get; set; }
    public required string KrajCode { get; set; }
    public int MeetingId { get; set; }
    public int? PersonId { get; set; }
    public string? Email { get; set; }
    [PersonalField]
    public required string Name { get; set; }
    public TriadRole? Role { get; set; }
    public RsvpAnswer Answer { get; set; }
    public DateTime? AnsweredAtUtc { get; set; }
    public AttendanceMark Attendance { get; set; }
}

[AuditName("zápis")]
internal sealed class Minutes : IKrajOwned
{
    public int Id { get; set; }
    public required string KrajCode { get; set; }
    public int MeetingId { get; set; }
    public MinutesStatus Status { get; set; }
    public string Proceedings { get; set; } = "";
    public string Outputs { get; set; } = "";
    public string Decisions { get; set; } = "";
    [PersonalField]
    public string Recorder { get; set; } = "";
    public int Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? PublishedAtUtc { get; set; }
    public List<MinutesTask> Tasks { get; set; } = [];
}

[AuditName("úkol ze zápisu")]
internal sealed class MinutesTask : IKrajOwned
{
    public int Id { get; set; }
    public required string KrajCode { get; set; }
    public int MinutesId { get; set; }
    public required string Title { get; set; }
    [PersonalField]
    public required string OwnerName { get; set; }
    public string? OwnerEmail { get; set; }
    public DateOnly DueDate { get; set; }
    public bool Done { get; set; }
}

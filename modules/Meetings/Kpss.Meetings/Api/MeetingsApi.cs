using Kpss.Meetings.UseCases.WriteMinutes;
using Kpss.Meetings.UseCases.CreateProcess;
using Kpss.Meetings.UseCases.CreateGroup;
using Kpss.Meetings.Messages;
using System.Globalization;
using System.Security.Claims;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.Api;

internal sealed record ProcessDto(string? Name, AreaKind AreaKind, string? AreaName, int? OrpCsuCode, string? PeriodFrom, string? PeriodTo,
    string? ProjectRegistrationNumber, string? Implementer, string? Partner);

internal sealed record GroupDto(GroupKind Kind, string? Name, string? TargetGroup, string? CommunicationRules);

internal sealed record MemberDto(string? Name, string? Email, string? Phone, string? Organisation, TriadRole Role,
    MemberFunction Function = MemberFunction.Member, string? From = null, string? To = null);

internal sealed record AgendaDto(string? Title, string? Presenter, int? Minutes);

/// <summary>A meeting as entered: <c>Date</c> yyyy-MM-dd (or d.M.yyyy), times HH:mm, all in Prague time.</summary>
internal sealed record MeetingDto(MeetingKind Kind, string? Title, string? Date, string? StartTime, string? EndTime, string? Place,
    bool BarrierFree, string? OnlineUrl, IReadOnlyList<AgendaDto>? Agenda, bool ReminderEnabled = true, int? ReminderDaysBefore = null,
    string? ReminderTime = null, int Version = 0);

internal sealed record EmailsDto(IReadOnlyList<string>? Emails);

internal sealed record VersionDto(int Version);

internal sealed record AttendanceDto(IReadOnlyDictionary<int, AttendanceMark> Marks);

internal sealed record TaskDto(int? Id, string? Title, string? OwnerName, string? OwnerEmail, string? DueDate, bool Done = false);

internal sealed record MinutesDto(string? Proceedings, string? Outputs, string? Decisions, string? Recorder, IReadOnlyList<TaskDto>? Tasks, int? Version);

internal sealed record MinutesStatusDto(MinutesStatus To, int Version);

// Responses: named types, so that the OpenAPI document describes them.

internal sealed record ProcessSummaryDto(int Id, string Name, AreaKind AreaKind, string AreaName, DateOnly PeriodFrom, DateOnly PeriodTo);

internal sealed record MembershipDto(int Id, int PersonId, string Name, string? Email, TriadRole Role, MemberFunction Function, DateOnly From, DateOnly? To);

internal sealed record GroupDetailDto(int Id, string Name, GroupKind Kind, string? TargetGroup, int ProcessId, IReadOnlyList<MembershipDto> Members);

internal sealed record ImportedMembersDto(int Imported);

internal sealed record RoleCountDto(TriadRole? Role, int Invited, int Present);

internal sealed record MeetingParticipationDto(int MeetingId, string Title, DateTime StartUtc, IReadOnlyList<RoleCountDto> ByRole);

internal sealed record RoleBalanceDto(TriadRole Role, int Members);

internal sealed record ParticipationDto(IReadOnlyList<MeetingParticipationDto> Meetings, IReadOnlyList<RoleCountDto> Totals,
    IReadOnlyList<RoleBalanceDto> Balance, IReadOnlyList<TriadRole> MissingRoles);

internal sealed record InvitationDto(int Id, int? PersonId, string Name, string? Email, TriadRole? Role, RsvpAnswer Answer, AttendanceMark Attendance);

internal sealed record AgendaLineDto(string Title, string? Presenter, int? Minutes);

internal sealed record MeetingDetailDto(
    int Id, int GroupId, MeetingKind Kind, string Title, DateTime StartUtc, DateTime EndUtc, string? Place, bool BarrierFree, string? OnlineUrl,
    MeetingStatus Status, string Uid, int Sequence, int Version, bool ReminderEnabled, int ReminderDaysBefore, TimeOnly ReminderTime,
    DateTime? ReminderDueUtc, IReadOnlyList<AgendaLineDto> Agenda, IReadOnlyList<InvitationDto> Invitations);

/// <summary>The coordinators' JSON API for processes, groups, people, meetings, attendance and minutes of a kraj.</summary>
internal static class MeetingsApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var kraj = app.MapGroup("/api/kraje/{kraj}").RequireAuthorization(KpssPolicies.KrajCoordinator)
            .WithMetadata(new NarrowToProcessesAttribute()).WithTags("Jednání");

        kraj.MapGet("/procesy", async (HttpContext http, MeetingsDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Processes.Where(p => p.KrajCode == http.KrajCode()).OrderBy(p => p.Name)
                .Select(p => new ProcessSummaryDto(p.Id, p.Name, p.AreaKind, p.AreaName, p.PeriodFrom, p.PeriodTo)).ToListAsync(ct)))
            .WithName("ListProcesses").WithSummary("Plánovací procesy kraje");

        kraj.MapPost("/procesy", async (HttpContext http, ProcessDto dto, UseCases.CreateProcess.CreateProcess handler, CancellationToken ct) =>
        {
            var errors = new OperationResult();
            var input = new ProcessInput(dto.Name, dto.AreaKind, dto.AreaName, dto.OrpCsuCode,
                Dates.Parse(dto.PeriodFrom, "PeriodFrom", "začátek období", errors), Dates.Parse(dto.PeriodTo, "PeriodTo", "konec období", errors),
                dto.ProjectRegistrationNumber, dto.Implementer, dto.Partner);
            return errors.Ok ? Created(await handler.CreateProcessAsync(http.KrajCode(), input, ct), id => $"/api/kraje/{http.KrajCode()}/procesy/{id}") : ToResult(errors);
        }).AnswersCreated().WithName("CreateProcess").WithSummary("Založí plánovací proces");

        kraj.MapPost("/procesy/{processId:int}/skupiny", async (HttpContext http, int processId, GroupDto dto, UseCases.CreateGroup.CreateGroup handler, CancellationToken ct) =>
            Created(await handler.CreateGroupAsync(http.KrajCode(), new GroupInput(processId, dto.Kind, dto.Name, dto.TargetGroup, dto.CommunicationRules), ct),
                id => $"/api/kraje/{http.KrajCode()}/skupiny/{id}"))
            .AnswersCreated().WithName("CreateGroup").WithSummary("Založí skupinu procesu");

        kraj.MapGet("/skupiny/{groupId:int}", async (HttpContext http, int groupId, MeetingsDbContext db, CancellationToken ct) =>
        {
            var group = await db.Groups.SingleOrDefaultAsync(g => g.Id == groupId && g.KrajCode == http.KrajCode(), ct);
            if (group is null) return NotFound(MeetingWords.NoGroup);
            var members = await db.Memberships.Where(m => m.GroupId == groupId)
                .Select(m => new MembershipDto(m.Id, m.PersonId, m.Person!.Name, m.Person.Email, m.Role, m.Function, m.From, m.To)).ToListAsync(ct);
            return Results.Ok(new GroupDetailDto(group.Id, group.Name, group.Kind, group.TargetGroup, group.ProcessId, members));
        }).Produces<GroupDetailDto>().AnswersNotFound().WithName("GetGroup").WithSummary("Skupina a její členové");

        kraj.MapPost("/skupiny/{groupId:int}/clenove", async (HttpContext http, int groupId, MemberDto dto, UseCases.AddMember.AddMember handler, CancellationToken ct) =>
        {
            var errors = new OperationResult();
            var input = new MemberInput(dto.Name, dto.Email, dto.Phone, dto.Organisation, dto.Role, dto.Function,
                Dates.Parse(dto.From, "From", "začátek členství", errors), Dates.Parse(dto.To, "To", "konec členství", errors));
            return errors.Ok ? Created(await handler.AddMemberAsync(http.KrajCode(), groupId, input, ct), id => $"/api/kraje/{http.KrajCode()}/skupiny/{groupId}") : ToResult(errors);
        }).AnswersCreated().WithName("AddMember").WithSummary("Přidá člena skupiny");

        kraj.MapPost("/skupiny/{groupId:int}/clenove/import", async (HttpContext http, int groupId, UseCases.ImportMembers.ImportMembers handler, CancellationToken ct) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var csv = await reader.ReadToEndAsync(ct);
            var (result, imported) = await handler.ImportMembersAsync(http.KrajCode(), groupId, csv, ct);
            return result.Ok ? Results.Ok(new ImportedMembersDto(imported)) : ToResult(result);
        }).Produces<ImportedMembersDto>().AnswersRefusals().WithMetadata(new LargeBodyAttribute(BodyLimits.Members)).WithName("ImportMembers").WithSummary("Import členů z CSV: vše, nebo nic").Accepts<string>("text/csv");

        kraj.MapGet("/skupiny/{groupId:int}/ucast", async (HttpContext http, int groupId, MeetingsDbContext db, Participation participation, KpssClock clock, CancellationToken ct) =>
        {
            if (!await db.Groups.AnyAsync(g => g.Id == groupId && g.KrajCode == http.KrajCode(), ct)) return NotFound(MeetingWords.NoGroup);
            var report = await participation.ForGroupAsync(groupId, PragueTime.Today(clock), ct);
            static RoleCountDto Count(RoleCount c) => new(c.Role, c.Invited, c.Present);
            return Results.Ok(new ParticipationDto(
                report.Meetings.Select(m => new MeetingParticipationDto(m.MeetingId, m.Title, m.StartUtc, m.ByRole.Select(Count).ToList())).ToList(),
                report.Totals.Select(Count).ToList(),
                report.Balance.Select(b => new RoleBalanceDto(b.Role, b.Members)).ToList(),
                report.MissingRoles.ToList()));
        }).Produces<ParticipationDto>().AnswersNotFound().WithName("GroupParticipation").WithSummary("Účast na jednáních podle rolí");

        // A meeting's use cases map their endpoints beside their logic (UseCases/).
        UseCases.CreateMeeting.CreateMeeting.Map(kraj);

        kraj.MapGet("/jednani/{meetingId:int}", async (HttpContext http, int meetingId, MeetingsDbContext db, CancellationToken ct) =>
        {
            var m = await db.Meetings.Include(x => x.Agenda).SingleOrDefaultAsync(x => x.Id == meetingId && x.KrajCode == http.KrajCode(), ct);
            if (m is null) return NotFound(MeetingWords.NoMeeting);
            var invitations = await db.Invitations.Where(i => i.MeetingId == meetingId).OrderBy(i => i.Name)
                .Select(i => new InvitationDto(i.Id, i.PersonId, i.Name, i.Email, i.Role, i.Answer, i.Attendance)).ToListAsync(ct);
            return Results.Ok(new MeetingDetailDto(
                m.Id, m.GroupId, m.Kind, m.Title, m.StartUtc, m.EndUtc, m.Place, m.BarrierFree, m.OnlineUrl, m.Status, m.Uid, m.Sequence,
                m.Version, m.ReminderEnabled, m.ReminderDaysBefore, m.ReminderTime, m.ReminderEnabled ? MeetingReminders.DueUtc(m) : null,
                m.Agenda.OrderBy(a => a.Order).Select(a => new AgendaLineDto(a.Title, a.Presenter, a.Minutes)).ToList(), invitations));
        }).Produces<MeetingDetailDto>().AnswersNotFound().WithName("GetMeeting").WithSummary("Jednání, pozvaní a jejich odpovědi");

        UseCases.ScheduleMeeting.ScheduleMeeting.Map(kraj);
        UseCases.ChangeMeeting.ChangeMeeting.Map(kraj);
        UseCases.CancelMeeting.CancelMeeting.Map(kraj);
        UseCases.InviteGuests.InviteGuests.Map(kraj);

        UseCases.RecordAttendance.RecordAttendance.Map(kraj);

        UseCases.WriteMinutes.WriteMinutes.Map(kraj);
        UseCases.AdvanceMinutes.AdvanceMinutes.Map(kraj);
    }


    internal static Recipient Organizer(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.Email) ?? user.Identity!.Name!, user.FindFirstValue(ClaimTypes.GivenName) ?? user.Identity!.Name);

    internal static MeetingInput ToInput(MeetingDto dto, OperationResult errors) => new(
        dto.Kind, dto.Title, Dates.Parse(dto.Date, "Date", "datum", errors), Dates.ParseTime(dto.StartTime, "StartTime", "čas začátku", errors),
        Dates.ParseTime(dto.EndTime, "EndTime", "čas konce", errors), dto.Place, dto.BarrierFree, dto.OnlineUrl,
        (dto.Agenda ?? []).Select(a => new AgendaInput(a.Title, a.Presenter, a.Minutes)).ToList(), dto.ReminderEnabled, dto.ReminderDaysBefore,
        Dates.ParseTime(dto.ReminderTime, "ReminderTime", "čas připomínky", errors));

    internal static IResult Created(OperationResult result, Func<int, string> location) => result.ToCreatedResult(location);

    internal static IResult ToResult(OperationResult result) => result.ToHttpResult();

    private static IResult NotFound(string message) => ApiAnswers.NotFound(message);
}

/// <summary>Dates and times as people type them, with Czech messages.</summary>
internal static class Dates
{
    public static DateOnly? Parse(string? text, string field, string label, OperationResult errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim().Replace(" ", ""), ["yyyy-MM-dd", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        errors.Add(field, $"{Capital(label)} „{text}“ není platné datum (např. 12. 4. 2018).");
        return null;
    }

    public static TimeOnly? ParseTime(string? text, string field, string label, OperationResult errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (TimeOnly.TryParseExact(text.Trim(), ["H:mm", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            return t;
        errors.Add(field, $"{Capital(label)} „{text}“ není platný čas (např. 15:00).");
        return null;
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}

using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.UseCases.CreateGroup;

/// <summary>A group as entered, bound alike by the JSON endpoint and the Process page.</summary>
internal sealed class GroupInput
{
    public GroupKind Kind { get; set; }
    public string? Name { get; set; }
    public string? TargetGroup { get; set; }
    public string? CommunicationRules { get; set; }
}

/// <summary>Use case: a coordinator founds a group of a process (steering group, team, working group). Page: Process.</summary>
internal sealed class CreateGroup(MeetingsDbContext db)
{
    public static void Map(RouteGroupBuilder kraj) =>
        kraj.MapPost("/procesy/{processId:int}/skupiny", async (HttpContext http, int processId, GroupInput input, CreateGroup handler, CancellationToken ct) =>
                (await handler.CreateGroupAsync(http.KrajCode(), processId, input, ct)).ToCreatedResult(id => $"/api/kraje/{http.KrajCode()}/skupiny/{id}"))
            .AnswersCreated().WithName("CreateGroup")
            .WithExample(new { kind = "WorkingGroup", name = "Pracovní skupina Senioři" }).WithSummary("Založí skupinu procesu");

    public async Task<OperationResult> CreateGroupAsync(string krajCode, int processId, GroupInput input, CancellationToken ct)
    {
        if (!await db.Processes.AnyAsync(p => p.Id == processId && p.KrajCode == krajCode, ct))
            return OperationResult.Missing(MeetingWords.NoProcess);
        var result = new OperationResult();
        Check.Required(result, "Name", input.Name, "název skupiny", 200);
        Check.Optional(result, "TargetGroup", input.TargetGroup, "cílová skupina", 200);
        Check.Optional(result, "CommunicationRules", input.CommunicationRules, "pravidla komunikace", 4000);
        if (!result.Ok) return result;
        var group = new Group
        {
            KrajCode = krajCode,
            ProcessId = processId,
            Kind = input.Kind,
            Name = input.Name!.Trim(),
            TargetGroup = Check.Clean(input.TargetGroup),
            CommunicationRules = Check.Clean(input.CommunicationRules),
            CalendarToken = CalendarTokens.New(),
        };
        db.Groups.Add(group);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(group.Id);
    }
}

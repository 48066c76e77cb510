using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Meetings.UseCases.CreateGroup;

internal sealed record GroupInput(int ProcessId, GroupKind Kind, string? Name, string? TargetGroup, string? CommunicationRules);

/// <summary>Use case: a coordinator founds a group of a process (steering group, team, working group). Page: Process.</summary>
internal sealed class CreateGroup(MeetingsDbContext db)
{
    public async Task<OperationResult> CreateGroupAsync(string krajCode, GroupInput input, CancellationToken ct)
    {
        if (!await db.Processes.AnyAsync(p => p.Id == input.ProcessId && p.KrajCode == krajCode, ct))
            return OperationResult.Missing("Plánovací proces neexistuje.");
        var result = new OperationResult();
        Check.Required(result, "Name", input.Name, "název skupiny", 200);
        Check.Optional(result, "TargetGroup", input.TargetGroup, "cílová skupina", 200);
        Check.Optional(result, "CommunicationRules", input.CommunicationRules, "pravidla komunikace", 4000);
        if (!result.Ok) return result;
        var group = new Group
        {
            KrajCode = krajCode,
            ProcessId = input.ProcessId,
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

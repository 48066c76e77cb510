using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Meetings.UseCases.AddMember;

/// <summary>Use case: a coordinator adds one person to a group (found by e-mail in the kraj, or new). Page: Group.</summary>
internal sealed class AddMember(MeetingsDbContext db, Memberships memberships)
{
    public async Task<OperationResult> AddMemberAsync(string krajCode, int groupId, MemberInput input, CancellationToken ct)
    {
        if (!await db.Groups.AnyAsync(g => g.Id == groupId && g.KrajCode == krajCode, ct))
            return OperationResult.Missing(MeetingWords.NoGroup);
        var result = Memberships.Validate(input, "");
        if (!result.Ok) return result;
        var member = await memberships.AddAsync(krajCode, groupId, input, result, "", ct);
        if (!result.Ok) return result;
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(member!.Id);
    }
}

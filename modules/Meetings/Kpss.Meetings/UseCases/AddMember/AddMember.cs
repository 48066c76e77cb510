using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.UseCases.AddMember;

/// <summary>
/// One person to add, bound alike by the JSON endpoint and the Group page; dates as typed. Read into the
/// <see cref="MemberInput"/> that the import of a file produces too, and checked with it in <see cref="Memberships"/>.
/// </summary>
internal sealed class AddMemberInput
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Organisation { get; set; }
    public TriadRole Role { get; set; }
    public MemberFunction Function { get; set; } = MemberFunction.Member;
    public string? From { get; set; }
    public string? To { get; set; }
}

/// <summary>Use case: a coordinator adds one person to a group (found by e-mail in the kraj, or new). Page: Group.</summary>
internal sealed class AddMember(MeetingsDbContext db, Memberships memberships)
{
    public static void Map(RouteGroupBuilder kraj) =>
        kraj.MapPost("/skupiny/{groupId:int}/clenove", async (HttpContext http, int groupId, AddMemberInput input, AddMember handler, CancellationToken ct) =>
                (await handler.AddMemberAsync(http.KrajCode(), groupId, input, ct)).ToCreatedResult(_ => $"/api/kraje/{http.KrajCode()}/skupiny/{groupId}"))
            .AnswersCreated().WithName("AddMember")
            .WithExample(new
            {
                name = "Jana Nováková", email = "jana.novakova@example.org", role = "Poskytovatel", function = "Member", from = "2026-01-01",
            }).WithSummary("Přidá člena skupiny");

    public async Task<OperationResult> AddMemberAsync(string krajCode, int groupId, AddMemberInput entered, CancellationToken ct)
    {
        var errors = new OperationResult();
        var input = new MemberInput(entered.Name, entered.Email, entered.Phone, entered.Organisation, entered.Role, entered.Function,
            Dates.Parse(entered.From, "From", "začátek členství", errors), Dates.Parse(entered.To, "To", "konec členství", errors));
        if (!errors.Ok) return errors;
        return await AddMemberAsync(krajCode, groupId, input, ct);
    }

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

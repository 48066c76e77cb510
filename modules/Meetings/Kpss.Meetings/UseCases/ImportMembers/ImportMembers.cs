using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.UseCases.ImportMembers;

/// <summary>How many members a file brought in.</summary>
internal sealed record ImportedMembersDto(int Imported);

/// <summary>Use case: a coordinator imports a group's members from a CSV file: all of it, or nothing. Page: Group.</summary>
internal sealed class ImportMembers(MeetingsDbContext db, DbSession session, Memberships memberships, KpssClock clock)
{
    public static void Map(RouteGroupBuilder kraj) =>
        kraj.MapPost("/skupiny/{groupId:int}/clenove/import", async (HttpContext http, int groupId, ImportMembers handler, CancellationToken ct) =>
            {
                using var reader = new StreamReader(http.Request.Body);
                var csv = await reader.ReadToEndAsync(ct);
                var (result, imported) = await handler.ImportMembersAsync(http.KrajCode(), groupId, csv, ct);
                return result.Ok ? Results.Ok(new ImportedMembersDto(imported)) : result.ToHttpResult();
            })
            .Produces<ImportedMembersDto>().AnswersRefusals().WithMetadata(new LargeBodyAttribute(BodyLimits.Members))
            .WithName("ImportMembers")
            .WithExample("text/csv", "jmeno;email;role\nPetr Svoboda;petr.svoboda@example.org;Poskytovatel\n").WithSummary("Import členů z CSV: vše, nebo nic").Accepts<string>("text/csv");

    /// <summary>
    /// Imports members from CSV (see <see cref="MemberCsv"/>). Every bad line is reported with its number and reason,
    /// and nothing is imported until the whole file is clean.
    /// </summary>
    public async Task<(OperationResult Result, int Imported)> ImportMembersAsync(string krajCode, int groupId, string csv, CancellationToken ct)
    {
        if (!await db.Groups.AnyAsync(g => g.Id == groupId && g.KrajCode == krajCode, ct))
            return (OperationResult.Missing(MeetingWords.NoGroup), 0);
        var (rows, result) = MemberCsv.Parse(csv, PragueTime.Today(clock));
        foreach (var (line, input) in rows)
            foreach (var error in Memberships.Validate(input, MeetingWords.Row(line)).AllMessages)
                result.Add("Csv", error);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, input) in rows.Where(r => r.Input.Email is not null))
        {
            if (seen.TryGetValue(input.Email!.Trim(), out var first))
                result.Add("Csv", MeetingWords.Csv.EmailRepeated(line, input.Email, first));
            else
                seen[input.Email!.Trim()] = line;
        }
        if (!result.Ok) return (result, 0);

        await using var tx = await session.BeginTransactionAsync(ct);
        foreach (var (line, input) in rows)
            await memberships.AddAsync(krajCode, groupId, input, result, MeetingWords.Row(line), ct);
        if (!result.Ok)
            return (result, 0);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (OperationResult.Success(), rows.Count);
    }
}

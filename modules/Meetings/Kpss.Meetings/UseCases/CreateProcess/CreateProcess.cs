using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Meetings.UseCases.CreateProcess;

/// <summary>A planning process as entered, bound alike by the JSON endpoint and the Processes page; dates as typed.</summary>
internal sealed class ProcessInput
{
    public string? Name { get; set; }
    public AreaKind AreaKind { get; set; }
    public string? AreaName { get; set; }
    public int? OrpCsuCode { get; set; }
    public string? PeriodFrom { get; set; }
    public string? PeriodTo { get; set; }
    public string? ProjectRegistrationNumber { get; set; }
    public string? Implementer { get; set; }
    public string? Partner { get; set; }
}

/// <summary>Use case: a kraj-wide coordinator (or the kraj's admin) starts a planning process. Page: Processes.</summary>
internal sealed class CreateProcess(MeetingsDbContext db, IKrajDirectory kraje, KpssClock clock, ProcessScope scope)
{
    public const string OnlyKrajWideCoordinators = MeetingWords.OnlyKrajWideCoordinators;

    public static void Map(RouteGroupBuilder kraj) =>
        kraj.MapPost("/procesy", async (HttpContext http, ProcessInput input, CreateProcess handler, CancellationToken ct) =>
                (await handler.CreateProcessAsync(http.KrajCode(), input, ct)).ToCreatedResult(id => $"/api/kraje/{http.KrajCode()}/procesy/{id}"))
            .AnswersCreated().WithName("CreateProcess")
            .WithExample(new
            {
                name = "Komunitní plánování ORP Tábor", areaKind = "Orp", areaName = "ORP Tábor", orpCsuCode = 3112, periodFrom = "2026-01-01", periodTo = "2027-12-31",
            }).WithSummary("Založí plánovací proces");

    public async Task<OperationResult> CreateProcessAsync(string krajCode, ProcessInput input, CancellationToken ct)
    {
        var result = new OperationResult();
        var periodFrom = Dates.Parse(input.PeriodFrom, "PeriodFrom", "začátek období", result);
        var periodTo = Dates.Parse(input.PeriodTo, "PeriodTo", "konec období", result);
        if (!result.Ok) return result;
        if (scope.IsNarrowed)
            return OperationResult.Denied(OnlyKrajWideCoordinators);
        Check.Required(result, "Name", input.Name, "název procesu", 300);
        Check.Required(result, "AreaName", input.AreaName, "území", 200);
        if (periodFrom is null) result.Add("PeriodFrom", MeetingWords.PeriodFromMissing);
        if (periodTo is null) result.Add("PeriodTo", MeetingWords.PeriodToMissing);
        if (periodFrom is { } from && periodTo is { } to && to < from)
            result.Add("PeriodTo", MeetingWords.PeriodEndsBeforeStart);
        if (input.OrpCsuCode is { } orp && kraje.OrpOf(krajCode).All(o => o.CsuCode != orp))
            result.Add("OrpCsuCode", MeetingWords.OrpInOtherKraj);
        if (input.AreaKind == AreaKind.Orp && input.OrpCsuCode is null)
            result.Add("OrpCsuCode", "Vyberte ORP.");
        Check.Optional(result, "ProjectRegistrationNumber", input.ProjectRegistrationNumber, "registrační číslo", 60);
        Check.Optional(result, "Implementer", input.Implementer, "realizátor", 200);
        Check.Optional(result, "Partner", input.Partner, "partner", 200);
        if (!result.Ok) return result;

        var process = new PlanningProcess
        {
            KrajCode = krajCode,
            Name = input.Name!.Trim(),
            AreaKind = input.AreaKind,
            AreaName = input.AreaName!.Trim(),
            OrpCsuCode = input.OrpCsuCode,
            PeriodFrom = periodFrom!.Value,
            PeriodTo = periodTo!.Value,
            ProjectRegistrationNumber = Check.Clean(input.ProjectRegistrationNumber),
            Implementer = Check.Clean(input.Implementer),
            Partner = Check.Clean(input.Partner),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Processes.Add(process);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(process.Id);
    }
}

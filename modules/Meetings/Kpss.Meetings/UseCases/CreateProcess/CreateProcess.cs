using Kpss.Meetings.Messages;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Meetings.UseCases.CreateProcess;

internal sealed record ProcessInput(
    string? Name, AreaKind AreaKind, string? AreaName, int? OrpCsuCode, DateOnly? PeriodFrom, DateOnly? PeriodTo,
    string? ProjectRegistrationNumber, string? Implementer, string? Partner);

/// <summary>Use case: a kraj-wide coordinator (or the kraj's admin) starts a planning process. Page: Processes.</summary>
internal sealed class CreateProcess(MeetingsDbContext db, IKrajDirectory kraje, KpssClock clock, ProcessScope scope)
{
    public const string OnlyKrajWideCoordinators = "Nový plánovací proces může založit jen koordinátor celého kraje nebo správce kraje.";

    public async Task<OperationResult> CreateProcessAsync(string krajCode, ProcessInput input, CancellationToken ct)
    {
        if (scope.IsNarrowed)
            return OperationResult.Denied(OnlyKrajWideCoordinators);
        var result = new OperationResult();
        Check.Required(result, "Name", input.Name, "název procesu", 300);
        Check.Required(result, "AreaName", input.AreaName, "území", 200);
        if (input.PeriodFrom is null) result.Add("PeriodFrom", "Zadejte začátek období.");
        if (input.PeriodTo is null) result.Add("PeriodTo", "Zadejte konec období.");
        if (input.PeriodFrom is { } from && input.PeriodTo is { } to && to < from)
            result.Add("PeriodTo", "Konec období musí být po jeho začátku.");
        if (input.OrpCsuCode is { } orp && kraje.OrpOf(krajCode).All(o => o.CsuCode != orp))
            result.Add("OrpCsuCode", "Zvolená ORP neleží v tomto kraji.");
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
            PeriodFrom = input.PeriodFrom!.Value,
            PeriodTo = input.PeriodTo!.Value,
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

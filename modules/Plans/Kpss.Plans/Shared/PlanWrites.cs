using Kpss.Modules.Abstractions.Time;

namespace Kpss.Plans.Shared;

/// <summary>What every write to a plan shares: only a draft is written in, and a save moves the plan's version on.</summary>
internal sealed class PlanWrites(PlansDbContext db, KpssClock clock)
{
    /// <summary>Only a draft is written in; a plan in comments or later changes by a new version (aktualizace).</summary>
    public static OperationResult Editable(Plan plan) => plan.State == PlanState.Navrh
        ? new OperationResult()
        : OperationResult.Invalid("", PlanWords.NotADraft);

    /// <summary>Saves the plan with its version moved on; "stale" when someone saved it in between.</summary>
    public async Task<OperationResult> TouchAndSaveAsync(Plan plan, CancellationToken ct)
    {
        plan.Version++;
        plan.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Stale();
        }
        return OperationResult.Success(plan.Id);
    }
}

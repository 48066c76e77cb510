using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Plans.UseCases.ComparePlanEditions;

/// <summary>What changed between two editions of a plan (or an edition and today's draft): chapters, items by code, money.</summary>
[Authorize(Policy = KpssPolicies.KrajCoordinator), NarrowToProcesses]
internal sealed class PlanCompareModel(Editions editions) : PlansPage
{
    public PlanView Older { get; private set; } = null!;
    public PlanView Newer { get; private set; } = null!;
    public PlanDifference Difference { get; private set; } = null!;
    public string From { get; private set; } = "";
    public string To { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, string? od, string? @do, CancellationToken ct)
    {
        From = od ?? "1";
        To = @do ?? Editions.Draft;
        var older = await editions.ReadAsync(KrajCode, id, From, ct);
        var newer = await editions.ReadAsync(KrajCode, id, To, ct);
        if (older is null || newer is null) return NotFound();
        (Older, Newer, Difference) = (older, newer, PlanComparison.Compare(older, newer));
        return Page();
    }

    public static string Name(string edition) => edition == Editions.Draft ? "dnešní návrh" : $"{edition}. vydání";

    public static string KindName(ChangeKind kind) => kind switch
    {
        ChangeKind.Added => "přidáno",
        ChangeKind.Removed => "odebráno",
        _ => "změněno",
    };
}

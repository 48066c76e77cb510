using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Plans.UseCases.AdoptPlanFormat;

/// <summary>A plan's format beside the kraj's current one, and the button that takes the current one over.</summary>
[Authorize(Policy = KpssPolicies.KrajCoordinator), NarrowToProcesses]
internal sealed class PlanFormatPageModel(AdoptPlanFormat handler, PlansDbContext db) : PlansPage
{
    public FormatReview Review { get; private set; } = null!;
    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, int version, CancellationToken ct)
    {
        var result = await handler.AdoptAsync(KrajCode, id, version, ct);
        if (result.Ok)
        {
            StatusMessage = string.Join(" ", [PlanWords.Done.FormatAdopted, .. result.Warnings]);
            return Redirect($"/{Kraj.Slug}/plany/priprava/{id}");
        }
        Show(result);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await handler.ReviewAsync(KrajCode, id, ct) is not { } review) return false;
        Review = review;
        Title = await db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => p.Title).SingleAsync(ct);
        return true;
    }
}

using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Kpss.Plans.UseCases.RefreshActionPlan;

/// <summary>An action plan's review of what it would take over again from its parent plan, and the button that does it.</summary>
[Authorize(Policy = KpssPolicies.KrajCoordinator), NarrowToProcesses]
internal sealed class ActionPlanRefreshModel(RefreshActionPlan handler, PlanReader reader) : PlansPage
{
    public RefreshPreview Preview { get; private set; } = null!;
    public string Title { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, int version, CancellationToken ct)
    {
        var result = await handler.ApplyAsync(KrajCode, id, version, ct);
        if (result.Ok)
        {
            StatusMessage = string.Join(" ", [PlanWords.Done.Refreshed, .. result.Warnings]);
            return Redirect($"/{Kraj.Slug}/plany/priprava/{id}");
        }
        Show(result);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var preview = await handler.PreviewAsync(KrajCode, id, ct);
        if (preview is null) return false;
        Preview = preview;
        Title = (await reader.ReadAsync(KrajCode, id, ct))?.Title ?? "";
        return true;
    }
}

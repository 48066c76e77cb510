using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Catalogue.UseCases.DecideServiceChange;

[Authorize(Policy = KpssPolicies.KrajWideCoordinator)]
internal sealed class ApprovalsModel(ICurrentKraj currentKraj, CatalogueDbContext db, ProviderEdits edits, ITenantContext tenant) : PageModel
{
    [BindProperty] public int RequestId { get; set; }
    [BindProperty] public bool Approve { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public IReadOnlyList<ChangeRequest> Pending { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public string? Message { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = StatusMessage;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await edits.DecideAsync(tenant.KrajCode!, RequestId, Approve, Reason, User.Identity!.Name!, ct);
        if (result.Ok)
        {
            StatusMessage = Approve ? CatalogueWords.Done.Approved : CatalogueWords.Done.Rejected;
            return Redirect($"/{currentKraj.Kraj.Slug}/katalog/navrhy");
        }
        if (result.NotFound) return NotFound();
        Errors.AddRange(result.AllMessages);
        Response.StatusCode = result.HttpStatus;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Pending = await db.ChangeRequests.AsNoTracking().AsSplitQuery().Include(r => r.Service).ThenInclude(s => s!.Provider)
            .Include(r => r.Service).ThenInclude(s => s!.Capacities)
            .Where(r => r.Status == ChangeRequestStatus.Pending).OrderBy(r => r.Id).Take(100).ToListAsync(ct);
}

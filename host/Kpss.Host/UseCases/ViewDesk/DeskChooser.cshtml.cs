using Kpss.Host.Shared;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Host.UseCases.ViewDesk;

/// <summary>
/// Where a signed-in user lands: the desk of the one kraj they coordinate, a choice when they coordinate several, the
/// kraj's page when they only take part there, the list of kraje otherwise.
/// </summary>
[Authorize]
public sealed class DeskChooserModel(LayoutNavigation navigation) : PageModel
{
    public IReadOnlyList<KrajInfo> Desks { get; private set; } = [];
    public IReadOnlyList<KrajInfo> Other { get; private set; } = [];

    public IActionResult OnGet()
    {
        var mine = navigation.KrajeOf(User);
        Desks = mine.Where(k => LayoutNavigation.CoordinatesIn(User, k.Code)).ToList();
        Other = mine.Where(k => !LayoutNavigation.CoordinatesIn(User, k.Code)).ToList();
        if (Desks.Count == 1 && Other.Count == 0) return LocalRedirect($"/{Desks[0].Slug}/prehled");
        if (Desks.Count == 0 && Other.Count == 1) return LocalRedirect($"/{Other[0].Slug}");
        if (mine.Count == 0) return LocalRedirect("/");
        return Page();
    }
}

using Kpss.Host.Features.PluginAdmin;
using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Host.Features.Kraje;

/// <summary>A kraj's public page: its planning calendar (while its plugin is enabled there) and its ORP.</summary>
public sealed class KrajPageModel(
    KrajPluginService plugins, IKrajDirectory directory, IAuthorizationService authorization, KpssClock clock,
    IEnumerable<Kpss.Modules.Abstractions.KrajLink> links)
    : PageModel
{
    public KrajInfo Kraj { get; private set; } = null!;
    public IReadOnlyList<KrajCalendar> Calendars { get; private set; } = [];
    public IReadOnlyList<OrpInfo> Orp { get; private set; } = [];
    public bool CanAdminister { get; private set; }
    public IReadOnlyList<Kpss.Modules.Abstractions.KrajLink> Links { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Kraj = HttpContext.Kraj();
        Today = PragueTime.Today(clock);
        Calendars = await plugins.CalendarsAsync(Kraj.Code, ct);
        Orp = directory.OrpOf(Kraj.Code);
        CanAdminister = (await authorization.AuthorizeAsync(User, KpssPolicies.KrajAdmin)).Succeeded;
        var visible = new List<Kpss.Modules.Abstractions.KrajLink>();
        foreach (var link in links.OrderBy(l => l.Order))
            if (link.Policy is null || (await authorization.AuthorizeAsync(User, link.Policy)).Succeeded)
                visible.Add(link);
        Links = visible;
    }
}

using Kpss.Host.UseCases.SwitchPlugins;
using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Pages;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Host.Public;

/// <summary>
/// A kraj's public home page: what each module shows the public (<see cref="IKrajHomeContributor"/>: hearings, the
/// catalogue's search, published minutes; plans once that module is there), the planning calendar while the kraj's
/// plugin is enabled, and its ORP.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class KrajPageModel(
    KrajPluginService plugins, IKrajDirectory directory, IAuthorizationService authorization, KpssClock clock,
    IEnumerable<IKrajHomeContributor> contributors, ILogger<KrajPageModel> logger)
    : PageModel
{
    public KrajInfo Kraj { get; private set; } = null!;
    public IReadOnlyList<KrajCalendar> Calendars { get; private set; } = [];
    public IReadOnlyList<OrpInfo> Orp { get; private set; } = [];
    public IReadOnlyList<HomeSection> Sections { get; private set; } = [];
    public bool CanAdminister { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Kraj = HttpContext.Kraj();
        var now = clock.GetUtcNow().UtcDateTime;
        Today = PragueTime.Today(clock);
        Calendars = await plugins.CalendarsAsync(Kraj.Code, ct);
        Orp = directory.OrpOf(Kraj.Code);
        CanAdminister = (await authorization.AuthorizeAsync(User, KpssPolicies.KrajAdmin)).Succeeded;
        var sections = new List<HomeSection>();
        foreach (var contributor in contributors)
        {
            try
            {
                sections.AddRange(await contributor.SectionsAsync(Kraj.Code, Kraj.Slug, now, ct));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Home page contributor {Contributor} failed in {Kraj}", contributor.GetType().Name, Kraj.Code);
            }
        }
        Sections = sections.OrderBy(s => s.Order).ToList();
    }
}

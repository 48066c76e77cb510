using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Pages;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Host.UseCases.ViewDesk;

/// <summary>
/// A coordinator's desk in a kraj: what needs them now, gathered from every module's <see cref="IDeskContributor"/>
/// (and the kraj's calendar), each item with a link to act. The desk knows none of the modules.
/// </summary>
[Authorize(Policy = KpssPolicies.KrajCoordinator)]
public sealed class KrajDeskModel(IEnumerable<IDeskContributor> contributors, KpssClock clock, ILogger<KrajDeskModel> logger) : PageModel
{
    public KrajInfo Kraj { get; private set; } = null!;
    public IReadOnlyList<DeskSection> Sections { get; private set; } = [];
    public IReadOnlyList<string> Unavailable { get; private set; } = [];
    public int Urgent { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Kraj = HttpContext.Kraj();
        var now = clock.GetUtcNow().UtcDateTime;
        var desk = new DeskContext(User, Kraj.Code, Kraj.Slug, now, DateOnly.FromDateTime(PragueTime.FromUtc(now)));
        var sections = new List<DeskSection>();
        var unavailable = new List<string>();
        // One after another: the contributors share the request's database connection.
        foreach (var contributor in contributors)
        {
            try
            {
                sections.AddRange(await contributor.SectionsAsync(desk, ct));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One module's failure must not take the whole desk down: the rest is shown, the gap is said.
                logger.LogError(ex, "Desk contributor {Contributor} failed in {Kraj}", contributor.GetType().Name, Kraj.Code);
                unavailable.Add(contributor.GetType().Name);
            }
        }
        Sections = sections.OrderBy(s => s.Order).ToList();
        Unavailable = unavailable;
        Urgent = sections.Sum(s => s.Items.Count(i => i.Urgency == DeskUrgency.Now));
    }
}

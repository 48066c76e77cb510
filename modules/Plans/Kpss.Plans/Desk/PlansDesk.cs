using Kpss.Modules.Abstractions.Pages;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plans.Data;
using Kpss.Plans.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Plans.Desk;

/// <summary>
/// Plans on a coordinator's desk: the kraj's drafts, the least recently touched first (for the coordinators of the whole
/// kraj, who write plans). One query.
/// </summary>
internal sealed class PlansDesk(PlansDbContext db) : IDeskContributor
{
    public async Task<IReadOnlyList<DeskSection>> SectionsAsync(DeskContext desk, CancellationToken ct)
    {
        if (KpssScopes.NarrowedTo(desk.User, KpssRoles.Coordinator, desk.KrajCode) is not null)
            return [];
        var drafts = await db.Plans.AsNoTracking().Where(p => p.State == PlanState.Navrh).OrderBy(p => p.UpdatedAtUtc)
            .Select(p => new { p.Id, p.Title, p.FromYear, p.ToYear, p.UpdatedAtUtc }).Take(20).ToListAsync(ct);
        var items = drafts.Select(p => new DeskItem(p.Title,
                $"{(p.FromYear == p.ToYear ? $"{p.FromYear}" : $"{p.FromYear}–{p.ToYear}")}, naposledy upraven {PragueTime.Format(p.UpdatedAtUtc)}",
                $"/{desk.KrajSlug}/plany/priprava/{p.Id}", "Pokračovat", null, DeskUrgency.Info))
            .ToList();
        return [new DeskSection("plans.drafts", "Plány v přípravě", 40, items,
            "Žádný plán se právě nepřipravuje.", new Crumb("Všechny plány", $"/{desk.KrajSlug}/plany/priprava"))];
    }
}

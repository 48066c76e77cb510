using Kpss.Modules.Abstractions.Pages;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Time;
using Kpss.Plans.Data;
using Kpss.Plans.Domain;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Plans.Desk;

/// <summary>
/// Plans on a coordinator's desk: the drafts they may write, the least recently touched first — the kraj's for its
/// kraj-wide coordinators, those of their processes for coordinators narrowed to some. One query.
/// </summary>
internal sealed class PlansDesk(PlansDbContext db) : IDeskContributor
{
    public async Task<IReadOnlyList<DeskSection>> SectionsAsync(DeskContext desk, CancellationToken ct)
    {
        var narrowed = KpssScopes.NarrowedTo(desk.User, KpssRoles.Coordinator, desk.KrajCode)?
            .Select(s => int.TryParse(s, out var id) ? id : 0).Where(id => id > 0).ToArray();
        var drafts = await db.Plans.AsNoTracking()
            .Where(p => p.State == PlanState.Navrh && (narrowed == null || (p.ProcessId != null && narrowed.Contains(p.ProcessId.Value))))
            .OrderBy(p => p.UpdatedAtUtc)
            .Select(p => new { p.Id, p.Title, p.FromYear, p.ToYear, p.UpdatedAtUtc }).Take(20).ToListAsync(ct);
        var items = drafts.Select(p => new DeskItem(p.Title,
                $"{(p.FromYear == p.ToYear ? $"{p.FromYear}" : $"{p.FromYear}–{p.ToYear}")}, naposledy upraven {PragueTime.Format(p.UpdatedAtUtc)}",
                $"/{desk.KrajSlug}/plany/priprava/{p.Id}", "Pokračovat", null, DeskUrgency.Info))
            .ToList();
        return [new DeskSection("plans.drafts", "Plány v přípravě", 40, items,
            "Žádný plán se právě nepřipravuje.", new Crumb("Všechny plány", $"/{desk.KrajSlug}/plany/priprava"))];
    }
}

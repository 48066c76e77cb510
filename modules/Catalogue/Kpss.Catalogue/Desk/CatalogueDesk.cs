using Kpss.Modules.Abstractions.Pages;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Catalogue.Desk;

/// <summary>
/// The catalogue on a coordinator's desk: providers' proposals waiting for approval, the oldest first (for the kraj's
/// coordinators of the whole kraj, who approve them).
/// </summary>
internal sealed class CatalogueDesk(CatalogueDbContext db) : IDeskContributor
{
    public async Task<IReadOnlyList<DeskSection>> SectionsAsync(DeskContext desk, CancellationToken ct)
    {
        if (KpssScopes.NarrowedTo(desk.User, KpssRoles.Coordinator, desk.KrajCode) is not null)
            return [];
        var waiting = await db.ChangeRequests.AsNoTracking().Where(r => r.Status == ChangeRequestStatus.Pending)
            .OrderBy(r => r.ProposedAtUtc)
            .Select(r => new { r.Id, Service = r.Service!.Name, r.ProposedBy, r.ProposedAtUtc })
            .Take(20).ToListAsync(ct);
        var items = waiting.Select(r => new DeskItem(r.Service, $"Navrhl(a) {r.ProposedBy}, {PragueTime.Format(r.ProposedAtUtc)}",
                $"/{desk.KrajSlug}/katalog/navrhy#navrh-{r.Id}", "Posoudit", DateOnly.FromDateTime(PragueTime.FromUtc(r.ProposedAtUtc)),
                r.ProposedAtUtc < desk.NowUtc.AddDays(-7) ? DeskUrgency.Now : DeskUrgency.Soon))
            .ToList();
        return [new DeskSection("catalogue.proposals", CatalogueWords.Desk.Proposals, 50, items,
            CatalogueWords.Desk.NoProposals, new Crumb(CatalogueWords.Desk.AllProposals, $"/{desk.KrajSlug}/katalog/navrhy"))];
    }
}

/// <summary>The catalogue on a kraj's home page: its search box and how many services it lists.</summary>
internal sealed class CatalogueHome(CatalogueDbContext db) : IKrajHomeContributor
{
    public async Task<IReadOnlyList<HomeSection>> SectionsAsync(string krajCode, string krajSlug, DateTime nowUtc, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(PragueTime.FromUtc(nowUtc));
        var count = await db.Services.CountAsync(s => s.ValidTo == null || s.ValidTo >= today, ct);
        var entries = count == 0 ? [] : new[] { new HomeEntry($"{count} {Plural(count)} v katalogu kraje", "Podle druhu, obce, cílové skupiny a formy", $"/{krajSlug}/katalog") };
        return [new HomeSection("catalogue.search", CatalogueWords.Pages.Catalogue, 20, entries,
            CatalogueWords.Desk.EmptyCatalogue, null, new HomeSearch($"/{krajSlug}/katalog", "q", CatalogueWords.Desk.SearchHint, CatalogueWords.Desk.Search))];
    }

    private static string Plural(int n) => n == 1 ? "služba" : n is >= 2 and <= 4 ? "služby" : "služeb";
}

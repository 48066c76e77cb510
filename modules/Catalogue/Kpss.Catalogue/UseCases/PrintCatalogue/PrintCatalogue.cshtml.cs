using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Catalogue.UseCases.PrintCatalogue;

/// <summary>The printable catalogue of a kraj or one ORP, grouped by kind of service (A4 print CSS).</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
internal sealed class PrintCatalogueModel(CatalogueDbContext db, IKrajDirectory kraje, ITenantContext tenant, KpssClock clock) : PageModel
{
    public string Title { get; private set; } = "";
    public DateOnly Today { get; private set; }
    public int? SelectedOrp { get; private set; }
    public IReadOnlyList<OrpInfo> Orp { get; private set; } = [];
    public IReadOnlyList<IGrouping<string, Service>> Groups { get; private set; } = [];
    public bool NetworkOnly { get; private set; }

    public async Task OnGetAsync(int? orp, string? sit, CancellationToken ct)
    {
        NetworkOnly = sit is "ano";
        var kraj = kraje.Find(tenant.KrajCode!)!;
        Orp = kraje.OrpOf(kraj.Code);
        SelectedOrp = Orp.Any(o => o.CsuCode == orp) ? orp : null;
        Today = PragueTime.Today(clock);
        Title = (SelectedOrp is { } code ? CatalogueWords.Pages.PrintOfOrp(kraje.FindOrp(code)!.Name) : CatalogueWords.Pages.PrintOfKraj(kraj.Name))
            + (NetworkOnly ? CatalogueWords.Pages.PrintNetworkOnly : "");
        var today = Today;
        var query = db.Services.AsNoTracking().AsSplitQuery().Include(s => s.Provider).Include(s => s.Facilities).Include(s => s.Capacities)
            .Where(s => s.ValidFrom <= today && (s.ValidTo == null || s.ValidTo >= today));
        if (SelectedOrp is { } selected)
        {
            var pattern = $"%|{selected}|%";
            query = query.Where(s => EF.Functions.Like(s.OrpCodes, pattern));
        }
        if (NetworkOnly)
            query = query.Where(s => db.Network.Any(n => n.ServiceId == s.Id && n.KrajCode == s.KrajCode && n.InNetwork));
        var order = ServiceKinds.All.Select((k, i) => (k.Paragraph, i)).ToDictionary(x => x.Paragraph, x => x.i);
        Groups = (await query.OrderBy(s => s.SortKey).ToListAsync(ct))
            .GroupBy(s => s.KindParagraph).OrderBy(g => order.GetValueOrDefault(g.Key, 99)).ToList();
    }
}

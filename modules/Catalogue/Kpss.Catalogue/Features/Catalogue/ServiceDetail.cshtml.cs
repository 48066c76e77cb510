using Kpss.Catalogue.Data;
using Kpss.Catalogue.Domain;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Catalogue.Features.Catalogue;

internal sealed class ServiceDetailModel(CatalogueDbContext db, IKrajDirectory kraje, ITenantContext tenant) : PageModel
{
    public KrajInfo Kraj { get; private set; } = null!;
    public Service Service { get; private set; } = null!;
    public NetworkEntry? Network { get; private set; }
    public IReadOnlyList<string> OrpNames { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Kraj = kraje.Find(tenant.KrajCode!)!;
        var service = await db.Services.AsNoTracking().AsSplitQuery()
            .Include(s => s.Provider).Include(s => s.Facilities).Include(s => s.Capacities)
            .SingleOrDefaultAsync(s => s.Id == id, ct);
        if (service is null) return NotFound();
        Service = service;
        Network = await db.Network.AsNoTracking().SingleOrDefaultAsync(n => n.ServiceId == id, ct);
        OrpNames = service.OrpList.Select(c => kraje.FindOrp(c)?.Name).OfType<string>().ToList();
        return Page();
    }
}

namespace Kpss.Catalogue.Provides;

/// <summary>The kraj's providers by IČO for other modules (<see cref="ICatalogueProviders"/>): one query on the unique (kraj, IČO).</summary>
internal sealed class CatalogueProviders(CatalogueDbContext db) : ICatalogueProviders
{
    public async Task<CatalogueProvider?> FindAsync(string krajCode, string ico, CancellationToken ct = default) =>
        await db.Providers.AsNoTracking().Where(p => p.KrajCode == krajCode && p.Ico == ico)
            .Select(p => new CatalogueProvider(p.Ico, p.Name)).SingleOrDefaultAsync(ct);
}

using Kpss.Modules.Abstractions.Security;

namespace Kpss.Catalogue.Provides;

/// <summary>What a provider editor is narrowed to: one of the kraj's providers, by IČO.</summary>
internal sealed class ProviderScopes(CatalogueDbContext db) : IRoleScopeSource
{
    public string Role => KpssRoles.ProviderEditor;
    public string ScopeName => "poskytovatel";

    public async Task<IReadOnlyList<RoleScopeOption>> OptionsAsync(string krajCode, CancellationToken ct) =>
        (await db.Providers.AsNoTracking().Where(p => p.KrajCode == krajCode).Select(p => new { p.Ico, p.Name }).ToListAsync(ct))
        .OrderBy(p => p.Name, StringComparer.Create(Kpss.Modules.Abstractions.Time.PragueTime.Culture, true))
        .Select(p => new RoleScopeOption(p.Ico, $"{p.Name} (IČO {p.Ico})"))
        .ToList();
}


using Kpss.Catalogue.UseCases.SetNetworkEntry;

namespace Kpss.Catalogue.Provides;

/// <summary>
/// The kraj's network for other modules (<see cref="ICatalogueNetwork"/>): one query, under the kraj filter and naming
/// the kraj itself; in the order of the parts the kraj's plugin names (základní before podmíněná), then by § and name.
/// </summary>
internal sealed class CatalogueNetwork(CatalogueDbContext db, SetNetworkEntry editor) : ICatalogueNetwork
{
    public async Task<IReadOnlyList<NetworkService>> InNetworkAsync(string krajCode, DateOnly day, CancellationToken ct = default)
    {
        var rows = await db.Network.AsNoTracking()
            .Where(n => n.KrajCode == krajCode && n.InNetwork)
            .Join(db.Services.Where(s => s.ValidFrom <= day && (s.ValidTo == null || s.ValidTo >= day)), n => n.ServiceId, s => s.Id,
                (n, s) => new { n.Part, n.Capacity, n.CapacityUnit, n.Fte, s.RegisterId, s.Name, s.SortKey, s.KindParagraph, Provider = s.Provider!.Name, s.Provider.Ico })
            .ToListAsync(ct);
        var parts = (await editor.PartsAsync(krajCode, ct)).ToList();
        int PartOrder(string? part) => part is null ? int.MaxValue : parts.IndexOf(part) is var i and >= 0 ? i : int.MaxValue - 1;
        return rows
            .OrderBy(r => PartOrder(r.Part))
            .ThenBy(r => r.Part, StringComparer.Ordinal)
            .ThenBy(r => int.TryParse(r.KindParagraph, out var p) ? p : int.MaxValue)
            .ThenBy(r => r.SortKey, StringComparer.Ordinal).ThenBy(r => r.RegisterId, StringComparer.Ordinal)
            .Select(r => new NetworkService(r.RegisterId, r.Name, r.Provider, r.Ico, r.KindParagraph, r.Part, r.Capacity, r.CapacityUnit, r.Fte))
            .ToList();
    }
}

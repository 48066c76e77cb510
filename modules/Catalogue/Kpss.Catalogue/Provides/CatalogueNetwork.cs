using Kpss.Catalogue.UseCases.SetNetworkEntry;

namespace Kpss.Catalogue.Provides;

/// <summary>
/// The kraj's network for other modules (<see cref="ICatalogueNetwork"/>), read from its history (<see cref="NetworkPeriod"/>):
/// one query for a day, under the kraj filter and naming the kraj itself (the index on kraj and first day); in the order
/// of the parts the kraj's plugin names (základní before podmíněná), then by § and name. The changes between two days
/// are the two days' networks compared.
/// </summary>
internal sealed class CatalogueNetwork(CatalogueDbContext db, SetNetworkEntry editor) : ICatalogueNetwork
{
    public async Task<IReadOnlyList<NetworkService>> InNetworkAsync(string krajCode, DateOnly day, CancellationToken ct = default)
    {
        var rows = await db.NetworkPeriods.AsNoTracking()
            .Where(n => n.KrajCode == krajCode && n.From <= day && (n.To == null || n.To >= day))
            .Join(db.Services.Where(s => s.ValidFrom <= day && (s.ValidTo == null || s.ValidTo >= day)), n => n.ServiceId, s => s.Id,
                (n, s) => new
                {
                    n.Part, n.Capacity, n.CapacityUnit, n.Fte, s.RegisterId, s.Name, s.SortKey, s.KindParagraph, s.Forms, s.OrpCodes,
                    Provider = s.Provider!.Name, s.Provider.Ico,
                })
            .ToListAsync(ct);
        var parts = (await editor.PartsAsync(krajCode, ct)).ToList();
        int PartOrder(string? part) => part is null ? int.MaxValue : parts.IndexOf(part) is var i and >= 0 ? i : int.MaxValue - 1;
        return rows
            .OrderBy(r => PartOrder(r.Part))
            .ThenBy(r => r.Part, StringComparer.Ordinal)
            .ThenBy(r => int.TryParse(r.KindParagraph, out var p) ? p : int.MaxValue)
            .ThenBy(r => r.SortKey, StringComparer.Ordinal).ThenBy(r => r.RegisterId, StringComparer.Ordinal)
            .Select(r => new NetworkService(r.RegisterId, r.Name, r.Provider, r.Ico, r.KindParagraph, r.Part, r.Capacity, r.CapacityUnit, r.Fte, r.Forms,
                r.OrpCodes.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList()))
            .ToList();
    }

    public async Task<IReadOnlyList<NetworkChange>> ChangesAsync(string krajCode, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var before = (await InNetworkAsync(krajCode, from, ct)).ToDictionary(s => s.RegisterId, StringComparer.Ordinal);
        var after = await InNetworkAsync(krajCode, to, ct);
        var changes = new List<NetworkChange>();
        foreach (var now in after)
        {
            if (!before.Remove(now.RegisterId, out var was)) changes.Add(new NetworkChange(now.RegisterId, NetworkChangeKind.Added, null, now));
            else if (was.Part != now.Part || was.Capacity != now.Capacity || was.CapacityUnit != now.CapacityUnit || was.Staff != now.Staff)
                changes.Add(new NetworkChange(now.RegisterId, NetworkChangeKind.Changed, was, now));
        }
        changes.AddRange(before.Values.Select(was => new NetworkChange(was.RegisterId, NetworkChangeKind.Removed, was, null)));
        return changes;
    }
}

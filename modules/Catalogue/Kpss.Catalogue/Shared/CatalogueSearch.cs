using System.Collections.Concurrent;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Catalogue.Shared;

/// <summary>A search of a kraj's catalogue as a visitor asks it (all parts optional).</summary>
internal sealed record SearchQuery(string? Text, string? Kind, string? TargetGroup, ServiceForms? Form, int? Orp, int Page = 1, int PageSize = 20,
    string? Obec = null, bool InNetworkOnly = false);

internal sealed record SearchHit(int Id, string Name, string ProviderName, string KindParagraph, string KindName, ServiceForms Forms, string FormNames);

internal sealed record SearchResult(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Items)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// Search over a kraj's services in force: every word of the query must occur in the folded search text (diacritics and
/// case ignored), filters narrow it, results come in Czech alphabetical order, a page at a time.
/// <para>
/// The search runs over an in-memory copy of the kraj's catalogue (a few hundred services, a few hundred kB), which each
/// host keeps per kraj with the kraj's change token. A search asks the database only for that token (one trivial query);
/// when another host or request changed the catalogue, the token differs and the copy is reloaded. Measured in
/// docs/benchmarks.md.
/// </para>
/// </summary>
internal sealed class CatalogueSearch(CatalogueDbContext db, CatalogueIndex index, KpssClock clock)
{
    public const int MaxPageSize = 100;

    public async Task<SearchResult> SearchAsync(string krajCode, SearchQuery q, CancellationToken ct)
    {
        var pageSize = Math.Clamp(q.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, q.Page);
        var today = PragueTime.Today(clock);
        var entries = await index.GetAsync(db, krajCode, ct);
        var words = CzechText.Fold(q.Text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8).ToArray();
        var kind = ServiceKinds.Find(q.Kind)?.Paragraph;
        var group = TargetGroups.Find(q.TargetGroup);
        var form = q.Form is { } f and not ServiceForms.None ? f : ServiceForms.None;
        var obec = string.IsNullOrWhiteSpace(q.Obec) ? null : CzechText.Fold(q.Obec);

        var matches = entries.Where(e =>
            e.ValidFrom <= today && (e.ValidTo is null || e.ValidTo >= today)
            && (kind is null || e.KindParagraph == kind)
            && (group is null || e.TargetGroups.Contains(group))
            && (form == ServiceForms.None || (e.Forms & form) != 0)
            && (q.Orp is null || e.Orp.Contains(q.Orp.Value))
            && (obec is null || e.Obce.Contains(obec))
            && (!q.InNetworkOnly || e.InNetwork)
            && words.All(w => e.SearchText.Contains(w, StringComparison.Ordinal)));
        var list = matches.ToList();
        var items = list.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new SearchHit(e.Id, e.Name, e.ProviderName, e.KindParagraph, ServiceKinds.Find(e.KindParagraph)?.Name ?? e.KindParagraph,
                e.Forms, FormNames.Describe(e.Forms)))
            .ToList();
        return new SearchResult(list.Count, page, pageSize, items);
    }
}

/// <summary>One service as the search needs it.</summary>
internal sealed record IndexEntry(
    int Id, string Name, string ProviderName, string KindParagraph, ServiceForms Forms, HashSet<string> TargetGroups, HashSet<int> Orp,
    DateOnly ValidFrom, DateOnly? ValidTo, string SearchText, HashSet<string> Obce, bool InNetwork);

/// <summary>Per-kraj copies of the catalogue in Czech order, each with the change token it was loaded at.</summary>
internal sealed class CatalogueIndex
{
    private readonly ConcurrentDictionary<string, (Guid Token, IReadOnlyList<IndexEntry> Entries)> _kraje = new();

    public async Task<IReadOnlyList<IndexEntry>> GetAsync(CatalogueDbContext db, string krajCode, CancellationToken ct)
    {
        // The token first, then the data: a change in between makes the copy look older than it is, never newer.
        var token = await db.Tokens.AsNoTracking().Where(t => t.KrajCode == krajCode).Select(t => (Guid?)t.Token).SingleOrDefaultAsync(ct) ?? Guid.Empty;
        if (_kraje.TryGetValue(krajCode, out var cached) && cached.Token == token)
            return cached.Entries;
        var rows = await db.Services.AsNoTracking().Where(s => s.KrajCode == krajCode).OrderBy(s => s.SortKey).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, ProviderName = s.Provider!.Name, s.KindParagraph, s.Forms, s.TargetGroups, s.OrpCodes, s.ValidFrom, s.ValidTo, s.SearchText, s.Territory })
            .ToListAsync(ct);
        var facilityObce = (await db.Facilities.AsNoTracking().Where(f => db.Services.Any(s => s.Id == f.ServiceId && s.KrajCode == krajCode))
                .Select(f => new { f.ServiceId, f.Obec }).ToListAsync(ct))
            .ToLookup(f => f.ServiceId, f => CzechText.Fold(f.Obec));
        var inNetwork = (await db.Network.AsNoTracking().Where(n => n.KrajCode == krajCode && n.InNetwork).Select(n => n.ServiceId).ToListAsync(ct)).ToHashSet();
        var entries = rows.Select(r => new IndexEntry(r.Id, r.Name, r.ProviderName, r.KindParagraph, r.Forms,
                r.TargetGroups.Split('|', StringSplitOptions.RemoveEmptyEntries).ToHashSet(),
                r.OrpCodes.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToHashSet(),
                r.ValidFrom, r.ValidTo, r.SearchText,
                // Obce where the service is: its facilities and the obce of its territorial scope.
                facilityObce[r.Id].Concat((r.Territory ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(o => CzechText.Fold(o)))
                    .Where(o => o.Length > 0).ToHashSet(),
                inNetwork.Contains(r.Id)))
            .ToList();
        _kraje[krajCode] = (token, entries);
        return entries;
    }
}

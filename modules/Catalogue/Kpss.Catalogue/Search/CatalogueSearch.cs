using Kpss.Catalogue.Data;
using Kpss.Catalogue.Domain;
using Kpss.Modules.Abstractions.Time;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Catalogue.Search;

/// <summary>A search of a kraj's catalogue as a visitor asks it (all parts optional).</summary>
public sealed record SearchQuery(string? Text, string? Kind, string? TargetGroup, ServiceForms? Form, int? Orp, int Page = 1, int PageSize = 20);

public sealed record SearchHit(int Id, string Name, string ProviderName, string KindParagraph, string KindName, ServiceForms Forms, string FormNames);

public sealed record SearchResult(int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Items)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// Search over a kraj's services in force: every word of the query must occur in the folded search text (diacritics and
/// case ignored), filters narrow it, results come in Czech alphabetical order, a page at a time. Two queries (count and
/// page), both on indexed columns; on PostgreSQL a trigram index serves the substring match.
/// </summary>
internal sealed class CatalogueSearch(CatalogueDbContext db, KpssClock clock)
{
    public const int MaxPageSize = 100;

    public async Task<SearchResult> SearchAsync(string krajCode, SearchQuery q, CancellationToken ct)
    {
        var pageSize = Math.Clamp(q.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, q.Page);
        var today = PragueTime.Today(clock);
        var query = db.Services.AsNoTracking()
            .Where(s => s.KrajCode == krajCode && s.ValidFrom <= today && (s.ValidTo == null || s.ValidTo >= today));
        foreach (var word in Text.Fold(q.Text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8))
        {
            var pattern = "%" + Escape(word) + "%";
            query = query.Where(s => EF.Functions.Like(s.SearchText, pattern, "\\"));
        }
        if (ServiceKinds.Find(q.Kind) is { } kind)
            query = query.Where(s => s.KindParagraph == kind.Paragraph);
        if (TargetGroups.Find(q.TargetGroup) is { } group)
        {
            var pattern = "%|" + Escape(group) + "|%";
            query = query.Where(s => EF.Functions.Like(s.TargetGroups, pattern, "\\"));
        }
        if (q.Form is { } form and not ServiceForms.None)
            query = query.Where(s => (s.Forms & form) != 0);
        if (q.Orp is { } orp)
        {
            var pattern = $"%|{orp}|%";
            query = query.Where(s => EF.Functions.Like(s.OrpCodes, pattern));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(s => s.SortKey).ThenBy(s => s.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(s => new { s.Id, s.Name, ProviderName = s.Provider!.Name, s.KindParagraph, s.Forms })
            .ToListAsync(ct);
        return new SearchResult(total, page, pageSize, rows.Select(r => new SearchHit(r.Id, r.Name, r.ProviderName, r.KindParagraph,
            ServiceKinds.Find(r.KindParagraph)?.Name ?? r.KindParagraph, r.Forms, FormNames.Describe(r.Forms))).ToList());
    }

    private static string Escape(string value) => value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}

using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Kpss.Catalogue.UseCases.SearchCatalogue;

/// <summary>The public catalogue of a kraj: search without diacritics, filters, pages. No login.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
internal sealed class SearchPageModel(ICurrentKraj currentKraj, CatalogueSearch search, IKrajDirectory kraje) : PageModel
{
    public KrajInfo Kraj { get; private set; } = null!;
    public SearchQuery Query { get; private set; } = new(null, null, null, null, null);
    public SearchResult Result { get; private set; } = new(0, 1, 20, []);
    public IReadOnlyList<OrpInfo> Orp { get; private set; } = [];

    public async Task OnGetAsync(string? q, string? druh, string? skupina, string? forma, int? orp, string? obec, int? strana, string? sit, CancellationToken ct)
    {
        Kraj = currentKraj.Kraj;
        Orp = kraje.OrpOf(Kraj.Code);
        Query = new SearchQuery(q, ServiceKinds.Find(druh)?.Paragraph, TargetGroups.Find(skupina), FormNames.Find(forma),
            Orp.Any(o => o.CsuCode == orp) ? orp : null, strana ?? 1, Obec: string.IsNullOrWhiteSpace(obec) ? null : obec.Trim(),
            InNetworkOnly: sit is "ano");
        Result = await search.SearchAsync(Kraj.Code, Query, ct);
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Query.Text, ["druh"] = Query.Kind, ["skupina"] = Query.TargetGroup,
            ["forma"] = Query.Form is { } f ? FormNames.Describe(f) : null, ["orp"] = Query.Orp?.ToString(), ["obec"] = Query.Obec, ["sit"] = Query.InNetworkOnly ? "ano" : null, ["strana"] = page.ToString(),
        };
        return QueryHelpers.AddQueryString($"/{Kraj.Slug}/katalog", query.Where(kv => !string.IsNullOrEmpty(kv.Value))!);
    }
}

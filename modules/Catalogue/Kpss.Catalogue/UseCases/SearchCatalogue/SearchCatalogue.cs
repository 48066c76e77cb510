using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Catalogue.UseCases.SearchCatalogue;

/// <summary>Use case: anyone searches the kraj's catalogue; the API answers the same search as the public page (SearchPage).</summary>
internal static class SearchCatalogue
{
    public static void Map(RouteGroupBuilder kraj)
    {
        kraj.MapGet("/", async Task<Results<Ok<SearchResult>, ValidationProblem>> (HttpContext http, CatalogueSearch search, IKrajDirectory kraje,
                string? q, string? druh, string? skupina, string? forma, string? orp, string? obec, string? strana, string? velikost, string? sit, CancellationToken ct) =>
            {
                var (query, errors) = ParseSearch(http.KrajCode(), kraje, q, druh, skupina, forma, orp, obec, strana, velikost, sit);
                if (query is null)
                    return TypedResults.ValidationProblem(errors, title: CatalogueWords.Search.Title);
                return TypedResults.Ok(await search.SearchAsync(http.KrajCode(), query, ct));
            })
            .AllowAnonymous()
            .WithName("SearchCatalogue")
            .RequireRateLimiting(Kpss.Modules.Abstractions.Security.KpssRateLimits.PublicApi)
            .WithSummary("Hledání v katalogu kraje: bez ohledu na diakritiku a velikost písmen, filtry druh (§), skupina, forma, orp, obec, sit (jen služby v síti kraje), stránkování");
    }

    /// <summary>The API's search parameters, each checked: an unknown filter is an error, not a silently wider search.</summary>
    internal static (SearchQuery? Query, Dictionary<string, string[]> Errors) ParseSearch(string krajCode, IKrajDirectory kraje, string? q, string? druh,
        string? skupina, string? forma, string? orp, string? obec, string? strana, string? velikost, string? sit)
    {
        var errors = new Dictionary<string, string[]>();
        static bool Given(string? value) => !string.IsNullOrWhiteSpace(value);
        var kind = ServiceKinds.Find(druh);
        if (Given(druh) && kind is null)
            errors["druh"] = [CatalogueWords.Search.UnknownKind(druh)];
        var group = TargetGroups.Find(skupina);
        if (Given(skupina) && group is null)
            errors["skupina"] = [CatalogueWords.Search.UnknownGroup(skupina)];
        var form = FormNames.Find(forma);
        if (Given(forma) && form is null)
            errors["forma"] = [CatalogueWords.Search.UnknownForm(forma)];
        int? orpCode = null;
        if (Given(orp))
        {
            var found = int.TryParse(orp, out var code) ? kraje.FindOrp(code) : kraje.FindOrpByName(orp!.Trim());
            if (found is null || found.KrajCode != krajCode)
                errors["orp"] = [CatalogueWords.Search.OrpNotInKraj(orp)];
            else
                orpCode = found.CsuCode;
        }
        var page = 1;
        if (Given(strana) && (!int.TryParse(strana, out page) || page < 1))
            errors["strana"] = [CatalogueWords.Search.BadPage(strana)];
        var size = 20;
        if (Given(velikost) && (!int.TryParse(velikost, out size) || size is < 1 or > CatalogueSearch.MaxPageSize))
            errors["velikost"] = [CatalogueWords.Search.BadPageSize(velikost, CatalogueSearch.MaxPageSize)];
        var networkOnly = false;
        if (Given(sit))
        {
            if (sit!.Trim().ToLowerInvariant() is "ano" or "true" or "1") networkOnly = true;
            else if (sit.Trim().ToLowerInvariant() is not ("ne" or "false" or "0")) errors["sit"] = [CatalogueWords.Search.BadNetwork(sit)];
        }
        if (q?.Length > 200)
            errors["q"] = [CatalogueWords.Search.QueryTooLong];
        if (errors.Count > 0)
            return (null, errors);
        return (new SearchQuery(q, kind?.Paragraph, group, form, orpCode, page, size, Given(obec) ? obec!.Trim() : null, networkOnly), errors);
    }
}

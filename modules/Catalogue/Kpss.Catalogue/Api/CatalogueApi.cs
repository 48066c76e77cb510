using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Kpss.Catalogue.Api;

/// <summary>
/// The catalogue's JSON API: one route group (its tag; each endpoint says who may call it), and each use case maps its
/// own endpoints beside its input and handler (UseCases/).
/// </summary>
internal static class CatalogueApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var kraj = app.MapGroup("/api/kraje/{kraj}/katalog").WithTags("Katalog");
        UseCases.ImportRegister.ImportRegister.Map(kraj);
        UseCases.ProposeServiceChange.ProposeServiceChange.Map(kraj);
        UseCases.DecideServiceChange.DecideServiceChange.Map(kraj);
        UseCases.ViewService.GetService.MapHistory(kraj);
        UseCases.ReadNetwork.ReadNetwork.Map(kraj);
        UseCases.SearchCatalogue.SearchCatalogue.Map(kraj);
        UseCases.ViewService.GetService.Map(kraj);
        UseCases.ExportOpenData.ExportOpenData.Map(kraj);
        UseCases.SetNetworkEntry.SetNetworkEntry.Map(kraj);
    }
}

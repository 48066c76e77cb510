using System.Security.Claims;
using Kpss.Host.Platform.Plugins;
using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions;
using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kpss.Host.UseCases.SwitchPlugins;

public sealed record PluginDto(
    string Id, string Name, string Description, string? Version, IReadOnlyCollection<string> KrajCodes,
    bool Loaded, string? FailureReason);

public sealed record KrajPluginDto(PluginDto Plugin, bool Enabled, bool Applicable, DateTime? ChangedAtUtc);

public sealed record SetPluginEnabledRequest(bool Enabled);

public sealed record PluginAuditDto(string KrajCode, string PluginId, bool Enabled, string UserName, DateTime AtUtc);

public static class PluginAdminApi
{
    public static IEndpointRouteBuilder MapPluginAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/pluginy", (PluginRegistry registry) => TypedResults.Ok(registry.Plugins.Select(ToDto)))
            .RequireAuthorization(KpssPolicies.PlatformAdmin)
            .WithName("ListInstalledPlugins").WithSummary("Nainstalované kraj pluginy a stav jejich načtení").WithTags("Pluginy");

        var kraj = app.MapGroup("/api/kraje/{kraj}/pluginy")
            .RequireAuthorization(KpssPolicies.KrajAdmin)
            .WithTags("Pluginy");

        kraj.MapGet("/", async (HttpContext http, KrajPluginService service, CancellationToken ct) =>
                TypedResults.Ok((await service.ListAsync(http.Kraj().Code, ct))
                    .Select(r => new KrajPluginDto(ToDto(r.Plugin), r.Enabled, r.Applicable, r.ChangedAtUtc))))
            .WithName("ListKrajPlugins").WithSummary("Pluginy z pohledu kraje: zapnuté, použitelné");

        kraj.MapPut("/{pluginId}", SetEnabledAsync)
            .WithName("SetKrajPluginEnabled")
            .WithExample(new { enabled = true }).WithSummary("Zapne nebo vypne plugin v kraji (změna se zaznamená)");

        kraj.MapGet("/historie", async (HttpContext http, KrajPluginService service, CancellationToken ct) =>
                TypedResults.Ok((await service.AuditAsync(http.Kraj().Code, 200, ct))
                    .Select(a => new PluginAuditDto(a.KrajCode, a.PluginId, a.Enabled, a.UserName, a.AtUtc))))
            .WithName("KrajPluginAudit").WithSummary("Historie zapínání a vypínání pluginů v kraji");
        return app;
    }

    private static async Task<Results<Ok<KrajPluginDto>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>, ValidationProblem>> SetEnabledAsync(
        string pluginId, SetPluginEnabledRequest request, HttpContext http, KrajPluginService service, CancellationToken ct)
    {
        var krajCode = http.Kraj().Code;
        var user = http.User;
        var result = await service.SetEnabledAsync(krajCode, pluginId, request.Enabled,
            user.FindFirstValue(ClaimTypes.NameIdentifier)!, user.Identity!.Name!, ct);
        switch (result.Outcome)
        {
            case PluginChangeOutcome.NotFound:
                return TypedResults.NotFound(new Microsoft.AspNetCore.Mvc.ProblemDetails { Title = "Plugin nenalezen", Detail = result.Error, Status = 404 });
            case PluginChangeOutcome.Invalid:
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["enabled"] = [result.Error!] },
                    title: "Plugin nelze přepnout");
        }
        var row = (await service.ListAsync(krajCode, ct)).Single(r => r.Plugin.Id == pluginId);
        return TypedResults.Ok(new KrajPluginDto(ToDto(row.Plugin), row.Enabled, row.Applicable, row.ChangedAtUtc));
    }

    private static PluginDto ToDto(PluginDescriptor p) =>
        new(p.Id, p.Name, p.Description, p.Version, p.KrajCodes, p.IsLoaded, p.FailureReason);
}

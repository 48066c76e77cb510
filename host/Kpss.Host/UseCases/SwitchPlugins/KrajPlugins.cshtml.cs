using System.Security.Claims;
using Kpss.Host.Platform.Data;
using Kpss.Host.Platform.Plugins;
using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Host.UseCases.SwitchPlugins;

/// <summary>The regional admin's (or platform admin's) plugin page for one kraj: see, enable, disable, history.</summary>
[Authorize(Policy = KpssPolicies.KrajAdmin)]
public sealed class KrajPluginsModel(KrajPluginService service, PluginRegistry registry) : PageModel
{
    public KrajInfo Kraj { get; private set; } = null!;
    public IReadOnlyList<KrajPluginRow> Plugins { get; private set; } = [];
    public IReadOnlyList<PluginAuditEntry> Audit { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = StatusMessage;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(string? pluginId, bool enabled, CancellationToken ct)
    {
        Kraj = HttpContext.Kraj();
        if (string.IsNullOrWhiteSpace(pluginId))
        {
            Error = "Vyberte plugin.";
            await LoadAsync(ct);
            return Page();
        }
        var result = await service.SetEnabledAsync(Kraj.Code, pluginId, enabled,
            User.FindFirstValue(ClaimTypes.NameIdentifier)!, User.Identity!.Name!, ct);
        if (result.Outcome is PluginChangeOutcome.NotFound or PluginChangeOutcome.Invalid)
        {
            Error = result.Error;
            Response.StatusCode = result.Outcome == PluginChangeOutcome.NotFound ? 404 : 400;
            await LoadAsync(ct);
            return Page();
        }
        var name = PluginName(pluginId);
        StatusMessage = result.Outcome == PluginChangeOutcome.Unchanged
            ? $"Plugin {name} už byl {(enabled ? "zapnut" : "vypnut")}."
            : $"Plugin {name} je {(enabled ? "zapnut" : "vypnut")}.";
        return RedirectToPage();
    }

    public string PluginName(string pluginId) => registry.Find(pluginId)?.Name ?? pluginId;

    private async Task LoadAsync(CancellationToken ct)
    {
        Kraj = HttpContext.Kraj();
        Plugins = await service.ListAsync(Kraj.Code, ct);
        Audit = await service.AuditAsync(Kraj.Code, ct: ct);
    }
}

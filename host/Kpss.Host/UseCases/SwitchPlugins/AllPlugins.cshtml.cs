using Kpss.Host.Platform.Data;
using Kpss.Host.Platform.Plugins;
using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Host.UseCases.SwitchPlugins;

/// <summary>The platform admin's overview: every installed plugin, what each kraj has enabled, all changes.</summary>
[Authorize(Policy = KpssPolicies.PlatformAdmin)]
public sealed class AllPluginsModel(KrajPluginService service, PluginRegistry registry, IKrajDirectory directory, TenantContext tenant)
    : PageModel
{
    public IReadOnlyList<PluginDescriptor> Plugins => registry.Plugins;
    public IReadOnlyList<KrajInfo> Kraje { get; private set; } = [];
    public ILookup<string, string> Enabled { get; private set; } = Array.Empty<string>().ToLookup(x => x);
    public IReadOnlyList<PluginAuditEntry> Audit { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Kraje = directory.Kraje.OrderBy(k => k.Name, StringComparer.Create(PragueTime.Culture, false)).ToList();
        using (tenant.BeginPlatformWide())
        {
            Enabled = await service.EnabledEverywhereAsync(ct);
            Audit = await service.AuditAsync(null, 100, ct);
        }
    }

    public string KrajName(string code) => directory.Find(code)?.Name ?? code;

    public string PluginName(string id) => registry.Find(id)?.Name ?? id;
}

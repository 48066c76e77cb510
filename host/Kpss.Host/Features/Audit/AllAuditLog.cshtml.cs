using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Host.Features.Audit;

/// <summary>The platform admin's audit log: every kraj's records and the platform's own (accounts, roles without a kraj).</summary>
[Authorize(Policy = KpssPolicies.PlatformAdmin)]
public sealed class AllAuditLogModel(AuditLogReader reader, TenantContext tenant) : PageModel
{
    public AuditPage Log { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (filter, errors) = AuditFilter.Parse(Request.Query);
        using (tenant.BeginPlatformWide())
            Log = await reader.PageAsync(filter, errors, ct);
        if (errors.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var (filter, errors) = AuditFilter.Parse(Request.Query);
        if (errors.Count > 0) return BadRequest();
        using (tenant.BeginPlatformWide())
            return File(await reader.CsvAsync(filter, ct), Kpss.Modules.Abstractions.Text.SpreadsheetCsv.ContentType, "zaznam-zmen.csv");
    }
}

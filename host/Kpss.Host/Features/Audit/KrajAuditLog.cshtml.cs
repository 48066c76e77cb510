using Kpss.Modules.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Host.Features.Audit;

/// <summary>The kraj's audit log for its regional admin: who changed what and when, filtered, a page at a time or as CSV.</summary>
[Authorize(Policy = KpssPolicies.KrajAdmin)]
public sealed class KrajAuditLogModel(AuditLogReader reader) : PageModel
{
    public AuditPage Log { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (filter, errors) = AuditFilter.Parse(Request.Query);
        // The DbContext's kraj filter keeps the log to the route's kraj; a kraj in the query is not this page's filter.
        Log = await reader.PageAsync(filter with { Kraj = null }, errors, ct);
        if (errors.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var (filter, errors) = AuditFilter.Parse(Request.Query);
        if (errors.Count > 0) return BadRequest();
        return File(await reader.CsvAsync(filter with { Kraj = null }, ct), Kpss.Modules.Abstractions.Text.SpreadsheetCsv.ContentType, "zaznam-zmen.csv");
    }
}

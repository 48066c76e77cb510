using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Host.UseCases.ReadAuditLog;

/// <summary>The audit log's page: one filtered page of records, or all of them as CSV, in the page's tenant.</summary>
public abstract class AuditLogPage(AuditLogReader reader) : PageModel
{
    public AuditPage Log { get; private set; } = null!;

    /// <summary>The filters as the page takes them (a regional admin's page drops a kraj in the query).</summary>
    protected virtual AuditFilter Narrow(AuditFilter filter) => filter;

    /// <summary>Runs <paramref name="work"/> in the page's tenant (the route's kraj, or platform-wide).</summary>
    protected abstract Task<T> InScopeAsync<T>(Func<Task<T>> work);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (filter, errors) = AuditFilter.Parse(Request.Query);
        Log = await InScopeAsync(() => reader.PageAsync(Narrow(filter), errors, ct));
        if (errors.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var (filter, errors) = AuditFilter.Parse(Request.Query);
        if (errors.Count > 0) return BadRequest();
        var csv = await InScopeAsync(() => reader.CsvAsync(Narrow(filter), ct));
        return File(csv, Kpss.Modules.Abstractions.Text.SpreadsheetCsv.ContentType, "zaznam-zmen.csv");
    }
}

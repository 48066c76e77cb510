using Kpss.Catalogue.Import;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Catalogue.Features.Catalogue;

[Authorize(Policy = KpssPolicies.KrajCoordinator)]
internal sealed class ImportModel(ImportJobs jobs, IKrajDirectory kraje, ITenantContext tenant) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string Format { get; set; } = "json";

    [BindProperty]
    public bool DryRun { get; set; }

    public ImportJob? Job { get; private set; }
    public string? Error { get; private set; }
    public string KrajSlug => kraje.Find(tenant.KrajCode!)!.Slug;

    public IActionResult OnGet(Guid? job)
    {
        if (job is { } id && (Job = jobs.Find(id, tenant.KrajCode!)) is null)
            return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is not { Length: > 0 })
        {
            Error = "Vyberte soubor k importu.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await using var stream = Upload.OpenReadStream();
        var (records, error) = await CatalogueImportFiles.ReadAsync(Format, stream, ct);
        if (error is not null)
        {
            Error = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var job = jobs.Start(tenant.KrajCode!, User.Identity!.Name!, Upload.FileName, DryRun, records);
        return Redirect($"/{KrajSlug}/katalog/import/{job.Id}");
    }
}

internal static class CatalogueImportFiles
{
    public static async Task<(List<ImportRecord> Records, string? Error)> ReadAsync(string? format, Stream stream, CancellationToken ct)
    {
        switch (format?.ToLowerInvariant())
        {
            case "json":
                return await ImportReaders.JsonAsync(stream, ct);
            case "csv":
                using (var reader = new StreamReader(stream))
                    return ImportReaders.Csv(await reader.ReadToEndAsync(ct));
            default:
                return ([], "Neznámý formát: použijte json nebo csv.");
        }
    }
}

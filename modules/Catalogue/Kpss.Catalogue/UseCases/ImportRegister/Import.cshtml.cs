using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Catalogue.UseCases.ImportRegister;

[Authorize(Policy = KpssPolicies.KrajWideCoordinator)]
[LargeBody(BodyLimits.Import)]
internal sealed class ImportModel(ICurrentKraj currentKraj, ImportJobs jobs, CatalogueDbContext db, ITenantContext tenant) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string Format { get; set; } = "json";

    [BindProperty]
    public bool DryRun { get; set; }

    public ImportRunView? Job { get; private set; }
    public IReadOnlyList<ImportRun> Latest { get; private set; } = [];
    public string? Error { get; private set; }
    public string KrajSlug => currentKraj.Kraj.Slug;

    public async Task<IActionResult> OnGetAsync(Guid? job, CancellationToken ct)
    {
        if (job is { } id && (Job = await jobs.FindAsync(db, id, ct)) is null)
            return NotFound();
        if (Job is null)
            Latest = await ImportJobs.LatestAsync(db, 20, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is not { Length: > 0 })
            return await FailAsync("Vyberte soubor k importu.", ct);
        byte[] file;
        await using (var upload = Upload.OpenReadStream())
        using (var copy = new MemoryStream())
        {
            await upload.CopyToAsync(copy, ct);
            file = copy.ToArray();
        }
        var (records, error) = await CatalogueImportFiles.ReadAsync(Format, new MemoryStream(file), ct);
        if (error is not null)
            return await FailAsync(error, ct);
        var id = await jobs.StartAsync(tenant.KrajCode!, User.Identity!.Name!, Upload.FileName, Format.ToLowerInvariant(), DryRun, file, records.Count, ct);
        return Redirect($"/{KrajSlug}/katalog/import/{id}");
    }

    private async Task<IActionResult> FailAsync(string error, CancellationToken ct)
    {
        Error = error;
        Latest = await ImportJobs.LatestAsync(db, 20, ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
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
                return ([], CatalogueWords.Import.UnknownFormat);
        }
    }
}

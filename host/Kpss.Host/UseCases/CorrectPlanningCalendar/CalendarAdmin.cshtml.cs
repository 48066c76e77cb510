using Kpss.Host.UseCases.SwitchPlugins;
using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Host.UseCases.CorrectPlanningCalendar;

/// <summary>The regional admin enters the exact dates the kraj announced for the coming occurrences of its deadlines.</summary>
[Authorize(Policy = KpssPolicies.KrajAdmin)]
public sealed class CalendarAdminModel(KrajPluginService plugins, CalendarCorrections corrections, KpssClock clock) : PageModel
{
    public KrajInfo Kraj { get; private set; } = null!;
    public IReadOnlyList<KrajCalendar> Calendars { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    /// <summary>The row whose form failed ("plugin/key/year"), to show its errors and what was typed.</summary>
    public string? FailedRow { get; private set; }

    [BindProperty] public string? PluginId { get; set; }
    [BindProperty] public string? Key { get; set; }
    [BindProperty] public int Year { get; set; }
    [BindProperty] public string? Start { get; set; }
    [BindProperty] public string? End { get; set; }
    [BindProperty] public string? Note { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Kraj = HttpContext.Kraj();
        var result = await corrections.SaveAsync(Kraj.Code, PluginId ?? "", Key ?? "", Year, Start, End, Note, User.Identity!.Name!, ct);
        if (result.NotFound) return NotFound();
        if (!result.Ok)
        {
            Errors = result.Errors;
            FailedRow = RowId(PluginId!, Key!, Year);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(ct);
            return Page();
        }
        StatusMessage = "Termín je upřesněn.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        Kraj = HttpContext.Kraj();
        if (!await corrections.RemoveAsync(Kraj.Code, PluginId ?? "", Key ?? "", Year, ct)) return NotFound();
        StatusMessage = "Platí opět obvyklý termín.";
        return RedirectToPage();
    }

    public static string RowId(string pluginId, string key, int year) => $"{pluginId}/{key}/{year}";

    public static string Date(DateOnly date) => date.ToString("d. M. yyyy", PragueTime.Culture);

    private async Task LoadAsync(CancellationToken ct)
    {
        Kraj = HttpContext.Kraj();
        Today = PragueTime.Today(clock);
        Calendars = (await plugins.CalendarsAsync(Kraj.Code, ct)).Where(c => c.Calendar is not null).ToList();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Host.UseCases.FindPersonalData;

/// <summary>
/// The personal-data desk of a regional admin (one kraj) or the platform admin (all kraje): find a person by e-mail,
/// download what the platform holds about them (JSON and a Czech summary), erase them after typing the address again.
/// </summary>
public abstract class PersonalDataPage(PersonalDataRegister register) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "email")]
    public string? Email { get; set; }

    [BindProperty(Name = "potvrzeni")]
    public string? Confirmation { get; set; }

    public IReadOnlyList<PersonalDataSection>? Sections { get; private set; }

    public Dictionary<string, string> Errors { get; } = [];

    [TempData]
    public string? Done { get; set; }

    /// <summary>"Jihočeský kraj" or "všechny kraje", as the files and the page say it.</summary>
    public abstract string ScopeName { get; }

    /// <summary>Runs <paramref name="work"/> in the page's tenant (the route's kraj, or platform-wide).</summary>
    protected abstract Task<T> InScopeAsync<T>(Func<Task<T>> work);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Email is null) return Page();
        if (PersonalDataRegister.Check(Email) is { } error)
        {
            Errors["email"] = error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Sections = await InScopeAsync(() => register.FindAsync(Email, ct));
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken ct)
    {
        if (PersonalDataRegister.Check(Email) is not null) return BadRequest();
        var sections = await InScopeAsync(() => register.FindAsync(Email!, ct));
        return File(register.Json(Email!, ScopeName, sections), "application/json; charset=utf-8", "osobni-udaje.json");
    }

    public async Task<IActionResult> OnGetTextAsync(CancellationToken ct)
    {
        if (PersonalDataRegister.Check(Email) is not null) return BadRequest();
        var sections = await InScopeAsync(() => register.FindAsync(Email!, ct));
        return File(System.Text.Encoding.UTF8.GetBytes(register.Text(Email!, ScopeName, sections)), "text/plain; charset=utf-8", "osobni-udaje.txt");
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        if (PersonalDataRegister.Check(Email) is { } error)
            Errors["email"] = error;
        else if (!string.Equals(Confirmation?.Trim(), Email!.Trim(), StringComparison.OrdinalIgnoreCase))
            Errors["potvrzeni"] = "Pro potvrzení napište znovu přesně tentýž e-mail.";
        if (Errors.Count > 0)
        {
            if (!Errors.ContainsKey("email"))
                Sections = await InScopeAsync(() => register.FindAsync(Email!, ct));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var done = await InScopeAsync(() => register.EraseAsync(Email!, ct));
        Done = $"Osobní údaje osoby {Email!.Trim()} jsou vymazány ({ScopeName}): "
            + string.Join(", ", done.Select(d => $"{d.Title} {d.Changed}")) + " záznamů.";
        return RedirectToPage(new { email = Email.Trim() });
    }
}

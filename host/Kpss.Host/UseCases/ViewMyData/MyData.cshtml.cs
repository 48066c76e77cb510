using Kpss.Host.UseCases.FindPersonalData;
using Kpss.Host.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Host.UseCases.ViewMyData;

/// <summary>A signed-in person's own data in every kraj, to read and to download (GDPR art. 15 and 20).</summary>
[Authorize]
public sealed class MyDataModel(PersonalDataRegister register, TenantContext tenant) : PageModel
{
    public IReadOnlyList<PersonalDataSection> Sections { get; private set; } = [];

    private string Email => User.Identity!.Name!;

    public async Task OnGetAsync(CancellationToken ct) => Sections = await FindAsync(ct);

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken ct) =>
        File(register.Json(Email, "všechny kraje", await FindAsync(ct)), "application/json; charset=utf-8", "moje-udaje.json");

    public async Task<IActionResult> OnGetTextAsync(CancellationToken ct) =>
        File(System.Text.Encoding.UTF8.GetBytes(register.Text(Email, "všechny kraje", await FindAsync(ct))), "text/plain; charset=utf-8", "moje-udaje.txt");

    private async Task<IReadOnlyList<PersonalDataSection>> FindAsync(CancellationToken ct)
    {
        using (tenant.BeginPlatformWide())
            return await register.FindAsync(Email, ct);
    }
}

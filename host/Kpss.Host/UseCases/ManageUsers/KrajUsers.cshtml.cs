using System.Security.Claims;
using Kpss.Host.Shared;
using Kpss.Host.Platform.Data;
using Kpss.Host.Platform.Identity;
using Kpss.Host.Platform.Tenancy;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Host.UseCases.ManageUsers;

/// <summary>The people who hold roles in a kraj, and the regional admin's form to give or take a role.</summary>
[Authorize(Policy = KpssPolicies.KrajAdmin)]
public sealed class KrajUsersModel(PlatformDbContext db, AccountProvisioning provisioning, UserManager<KpssUser> users, AccountMails mails,
    IEnumerable<IRoleScopeSource> scopeSources)
    : PageModel
{
    /// <summary>Per narrowable role, what the modules offer to narrow it to in this kraj.</summary>
    public sealed record ScopeChoice(string Role, string ScopeName, IReadOnlyList<RoleScopeOption> Options);

    /// <summary>The roles a regional admin gives in their kraj, with their Czech names.</summary>
    public static readonly IReadOnlyList<(string Role, string Name)> Roles =
    [
        (KpssRoles.Coordinator, "koordinátor(ka)"), (KpssRoles.Member, "člen(ka) skupiny"),
        (KpssRoles.ProviderEditor, "editor(ka) poskytovatele"), (KpssRoles.RegionalAdmin, "správce kraje"),
    ];

    public sealed record Row(long AssignmentId, string Name, string Email, string Role, string? ScopeId, DateTime CreatedAtUtc, string? GrantedBy);

    public KrajInfo Kraj { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public IReadOnlyList<ScopeChoice> ScopeChoices { get; private set; } = [];

    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Scope { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Kraj = HttpContext.Kraj();
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Email)) errors.Add("Zadejte e-mail.");
        if (Roles.All(r => r.Role != Role)) errors.Add("Vyberte roli.");
        if (errors.Count > 0) return await FailAsync(errors, ct);

        // The narrowing comes from the select of the chosen role (or, for a role no module lists, the text field).
        await LoadScopesAsync(ct);
        var choice = ScopeChoices.FirstOrDefault(c => c.Role == Role);
        var picked = choice is null ? Scope : Request.Form[$"Scope.{Role}"].ToString();
        var scope = string.IsNullOrWhiteSpace(picked) ? null : picked.Trim();
        if (choice is not null && scope is not null && choice.Options.All(o => o.Id != scope))
            return await FailAsync([$"V tomto kraji není {choice.ScopeName} „{scope}“."], ct);
        var grantedBy = User.Identity!.Name!;
        var result = await provisioning.EnsureAsync(Email!, null, Name, Role!, Kraj.Code, scope, ct, grantedBy, invite: true);
        if (!result.Succeeded) return await FailAsync(result.Errors, ct);

        var roleText = Describe(Role!, scope, choice?.Options.FirstOrDefault(o => o.Id == scope)?.Label);
        if (result.Created)
            await mails.SendInvitationAsync(result.User!, await users.GeneratePasswordResetTokenAsync(result.User!), roleText, Kraj.Name, grantedBy, ct);
        else
            await mails.SendRoleGrantedAsync(result.User!, roleText, Kraj.Name, grantedBy, ct);
        StatusMessage = result.Created
            ? $"Účet {Email!.Trim()} je založen ({roleText}); pozvánka s odkazem na nastavení hesla odešla e-mailem."
            : $"Uživatel {Email!.Trim()} má novou roli: {roleText}. Dali jsme mu vědět e-mailem.";
        return RedirectToPage();
    }

    /// <summary>The role whose removal was asked for and waits for its confirmation.</summary>
    public Row? Removing { get; private set; }

    public async Task<IActionResult> OnPostRemoveAsync(long assignmentId, [FromForm(Name = "potvrzeno")] bool confirmed, CancellationToken ct)
    {
        if (!confirmed)
        {
            // The first press only asks (without JavaScript); a role of another kraj is not in this kraj's rows.
            await LoadAsync(ct);
            Removing = Rows.FirstOrDefault(r => r.AssignmentId == assignmentId);
            return Removing is null ? NotFound() : Page();
        }
        Kraj = HttpContext.Kraj();
        var (found, error) = await provisioning.RemoveRoleAsync(Kraj.Code, assignmentId, User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct);
        if (!found) return NotFound();
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Errors = [error];
            await LoadAsync(ct);
            return Page();
        }
        StatusMessage = "Role je odebrána; do několika minut přestane platit i v otevřených přihlášeních.";
        return RedirectToPage();
    }

    /// <summary>"koordinátor(ka), jen plánovací proces: Název (2018–2019)" or, without a label, "… č. 12".</summary>
    public static string Describe(string role, string? scope, string? label = null)
    {
        var name = Roles.FirstOrDefault(r => r.Role == role).Name ?? role;
        if (scope is null) return name;
        return role switch
        {
            KpssRoles.Coordinator => label is null ? $"{name}, jen plánovací proces č. {scope}" : $"{name}, jen plánovací proces: {label}",
            KpssRoles.Member => label is null ? $"{name}, jen skupina č. {scope}" : $"{name}, jen skupina: {label}",
            KpssRoles.ProviderEditor => label is null ? $"{name}, poskytovatel IČO {scope}" : $"{name}, poskytovatel: {label}",
            _ => $"{name} ({scope})",
        };
    }

    /// <summary>The label of a scope in the table, when a module lists it.</summary>
    public string? ScopeLabel(string role, string? scope) =>
        scope is null ? null : ScopeChoices.FirstOrDefault(c => c.Role == role)?.Options.FirstOrDefault(o => o.Id == scope)?.Label;

    private async Task<IActionResult> FailAsync(IReadOnlyList<string> errors, CancellationToken ct)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadScopesAsync(CancellationToken ct)
    {
        if (ScopeChoices.Count > 0) return;
        var choices = new List<ScopeChoice>();
        foreach (var source in scopeSources.Where(s => Roles.Any(r => r.Role == s.Role)))
            choices.Add(new ScopeChoice(source.Role, source.ScopeName, await source.OptionsAsync(Kraj.Code, ct)));
        ScopeChoices = choices;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Kraj = HttpContext.Kraj();
        await LoadScopesAsync(ct);
        // Role assignments carry no tenant filter: this query names the kraj itself.
        Rows = await db.RoleAssignments.AsNoTracking()
            .Where(r => r.KrajCode == Kraj.Code)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { r, u })
            .OrderBy(x => x.u.Email).ThenBy(x => x.r.Role)
            .Select(x => new Row(x.r.Id, x.u.DisplayName, x.u.Email!, x.r.Role, x.r.ScopeId, x.r.CreatedAtUtc, x.r.GrantedBy))
            .ToListAsync(ct);
    }
}

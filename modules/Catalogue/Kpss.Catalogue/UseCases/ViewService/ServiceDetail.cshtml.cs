using Kpss.Catalogue.UseCases.SetNetworkEntry;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Catalogue.UseCases.ViewService;

/// <summary>A service's public page; for the kraj's admin also the form that places the service in the kraj's network.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
internal sealed class ServiceDetailModel(ICurrentKraj currentKraj, 
    CatalogueDbContext db, IKrajDirectory kraje, IAuthorizationService authorization, SetNetworkEntry.SetNetworkEntry network, KpssClock clock) : PageModel
{
    public KrajInfo Kraj { get; private set; } = null!;
    public Service Service { get; private set; } = null!;
    public NetworkEntry? Network { get; private set; }
    public IReadOnlyList<string> OrpNames { get; private set; } = [];
    public bool CanEditNetwork { get; private set; }
    public IReadOnlyList<string> NetworkParts { get; private set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public bool Saved { get; private set; }
    public bool NoLongerInForce => Service.ValidTo is { } to && to < PragueTime.Today(clock);

    [BindProperty]
    public NetworkForm Sit { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, bool ulozeno, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Saved = ulozeno;
        if (Network is { } n)
            Sit = new NetworkForm
            {
                InNetwork = n.InNetwork, Part = n.Part, Capacity = n.Capacity?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                CapacityUnit = n.CapacityUnit, Fte = n.Fte is { } fte ? SetNetworkEntry.SetNetworkEntry.FormatFte(fte) : null,
            };
        return Page();
    }

    public async Task<IActionResult> OnPostSitAsync(int id, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (!await IsKrajAdminAsync()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();

        var errors = new Dictionary<string, string[]>();
        int? capacity = null;
        if (!string.IsNullOrWhiteSpace(Sit.Capacity))
        {
            if (int.TryParse(Sit.Capacity.Trim(), out var c)) capacity = c;
            else errors["capacity"] = [CatalogueWords.Network.CapacityNotANumber(Sit.Capacity)];
        }
        if (!SetNetworkEntry.SetNetworkEntry.TryParseFte(Sit.Fte, out var fte))
            errors["fte"] = [CatalogueWords.Network.FteNotANumber(Sit.Fte)];
        if (errors.Count == 0)
        {
            var result = await network.SaveAsync(Kraj.Code, id, new NetworkInput(Sit.InNetwork, Sit.Part, capacity, Sit.CapacityUnit, fte, Sit.From), User.Identity!.Name!, ct);
            if (result.Saved)
                return Redirect($"/{Kraj.Slug}/katalog/{id}?ulozeno=true#sit");
            errors = result.Errors.ToDictionary();
        }
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public string? Error(string field) => Errors.TryGetValue(field, out var e) ? string.Join(" ", e) : null;

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        Kraj = currentKraj.Kraj;
        var service = await db.Services.AsNoTracking().AsSplitQuery()
            .Include(s => s.Provider).Include(s => s.Facilities).Include(s => s.Capacities)
            .SingleOrDefaultAsync(s => s.Id == id, ct);
        if (service is null) return false;
        Service = service;
        Network = await db.Network.AsNoTracking().SingleOrDefaultAsync(n => n.ServiceId == id, ct);
        OrpNames = service.OrpList.Select(c => kraje.FindOrp(c)?.Name).OfType<string>().ToList();
        CanEditNetwork = User.Identity?.IsAuthenticated == true && await IsKrajAdminAsync();
        if (CanEditNetwork)
            NetworkParts = await network.PartsAsync(Kraj.Code, ct);
        return true;
    }

    private bool? _isKrajAdmin;

    /// <summary>The admin policy, evaluated once per request (the POST checks it, then loads the page).</summary>
    private async Task<bool> IsKrajAdminAsync() =>
        _isKrajAdmin ??= (await authorization.AuthorizeAsync(User, KpssPolicies.KrajAdmin)).Succeeded;

    public sealed class NetworkForm
    {
        public bool InNetwork { get; set; }
        public string? Part { get; set; }
        public string? Capacity { get; set; }
        public string? CapacityUnit { get; set; }
        public string? Fte { get; set; }

        /// <summary>The day the change takes effect (empty: today).</summary>
        public DateOnly? From { get; set; }
    }
}

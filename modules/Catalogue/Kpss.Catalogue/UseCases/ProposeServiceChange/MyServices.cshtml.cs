using System.Globalization;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Catalogue.UseCases.ProposeServiceChange;

/// <summary>The provider editor's page: their provider's services and proposals; a proposal waits for the kraj.</summary>
[Authorize(Policy = KpssPolicies.KrajParticipant)]
internal sealed class MyServicesModel(ICurrentKraj currentKraj, CatalogueDbContext db, ProviderEdits edits, ITenantContext tenant) : PageModel
{
    public sealed class ProposalForm
    {
        public string? Description { get; set; }
        public string? OpeningHours { get; set; }
        public List<string> TargetGroups { get; set; } = [];
        public string? Email { get; set; }
        public string? Phone { get; set; }
        public string? Web { get; set; }
        public string? AgeFrom { get; set; }
        public string? AgeTo { get; set; }
        public List<CapacityRow> Capacities { get; set; } = [];
    }

    public sealed class CapacityRow
    {
        public string? Form { get; set; }
        public string? Value { get; set; }
        public string? Unit { get; set; }
    }

    [BindProperty]
    public ProposalForm Input { get; set; } = new();

    public IReadOnlyList<Service> Services { get; private set; } = [];
    public IReadOnlyList<ChangeRequest> Requests { get; private set; } = [];
    public Service? Editing { get; private set; }
    public List<string> Errors { get; } = [];
    public string? Message { get; private set; }
    public string KrajSlug => currentKraj.Kraj.Slug;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        Message = StatusMessage;
        await LoadAsync(id, ct);
        if (id is not null && Editing is null) return NotFound();
        if (Editing is { } s)
            Input = new ProposalForm
            {
                Description = s.Description, OpeningHours = s.OpeningHours, TargetGroups = s.TargetGroupList.ToList(),
                Email = s.Provider!.Email, Phone = s.Provider.Phone, Web = s.Provider.Web,
                AgeFrom = s.AgeFrom?.ToString(CultureInfo.InvariantCulture), AgeTo = s.AgeTo?.ToString(CultureInfo.InvariantCulture),
                Capacities = CapacityRows(s),
            };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var formErrors = new List<string>();
        int? Number(string? text, string label)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
            formErrors.Add(CatalogueWords.Proposal.NotAWholeNumber(label, text.Trim()));
            return null;
        }
        var ageFrom = Number(Input.AgeFrom, "Věk od");
        var ageTo = Number(Input.AgeTo, "Věk do");
        var capacities = Input.Capacities.Select(c => new CapacityInput(c.Form, Number(c.Value, $"Kapacita ({c.Form})"), c.Unit)).ToList();
        if (formErrors.Count > 0)
        {
            Errors.AddRange(formErrors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(id, ct);
            return Page();
        }
        var result = await edits.ProposeAsync(tenant.KrajCode!, id,
            new ProposalInput(Input.Description, Input.OpeningHours, Input.TargetGroups, Input.Email, Input.Phone, Input.Web, ageFrom, ageTo,
                capacities.Count > 0 ? capacities : null), User, ct);
        if (result.Ok)
        {
            StatusMessage = CatalogueWords.Done.Proposed;
            return Redirect($"/{KrajSlug}/katalog/moje-sluzby");
        }
        if (result.NotFound) return NotFound();
        if (result.Forbidden) return Forbid();
        Errors.AddRange(result.AllMessages);
        Response.StatusCode = result.HttpStatus;
        await LoadAsync(id, ct);
        return Page();
    }

    private static List<CapacityRow> CapacityRows(Service s) =>
        s.Capacities.OrderBy(c => c.Form).Select(c => new CapacityRow
        {
            Form = FormNames.Describe(c.Form), Value = c.Value.ToString(CultureInfo.InvariantCulture), Unit = c.Unit,
        }).ToList();

    public static string StatusLabel(ChangeRequestStatus s) => s switch
    {
        ChangeRequestStatus.Pending => "čeká na schválení", ChangeRequestStatus.Approved => "schváleno", _ => "zamítnuto",
    };

    private async Task LoadAsync(int? id, CancellationToken ct)
    {
        var icos = ProviderEdits.EditableIcos(User, tenant.KrajCode!);
        Services = await db.Services.AsNoTracking().Include(s => s.Provider).Include(s => s.Capacities)
            .Where(s => icos.Contains(s.Provider!.Ico)).OrderBy(s => s.SortKey).ToListAsync(ct);
        Editing = Services.FirstOrDefault(s => s.Id == id);
        var name = User.Identity!.Name;
        Requests = await db.ChangeRequests.AsNoTracking().Include(r => r.Service)
            .Where(r => r.ProposedBy == name).OrderByDescending(r => r.Id).Take(50).ToListAsync(ct);
    }
}

using System.Security.Claims;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Catalogue.Shared;

/// <summary>
/// A provider's proposed state of a service: every field as it should be (empty clears it), except
/// <see cref="Capacities"/>, which, when left out, keeps the service's capacities.
/// </summary>
internal sealed record ProposalInput(string? Description, string? OpeningHours, IReadOnlyList<string>? TargetGroups, string? Email, string? Phone, string? Web,
    int? AgeFrom = null, int? AgeTo = null, IReadOnlyList<CapacityInput>? Capacities = null);

/// <summary>One capacity: the form it belongs to (ambulantní, terénní, pobytová), how many, of what unit.</summary>
internal sealed record CapacityInput(string? Form, int? Value, string? Unit);

/// <summary>
/// Provider self-service: a provider editor (role scoped to the kraj and the provider's IČO) proposes changes of their
/// own provider's services; the kraj's coordinator or admin approves (the change applies, with history) or rejects.
/// </summary>
internal sealed class ProviderEdits(CatalogueDbContext db, DbSession session, IKrajDirectory kraje, KpssClock clock)
{
    /// <summary>IČO of the providers the user edits in the kraj (scope ids of their provider-editor roles).</summary>
    public static IReadOnlyList<string> EditableIcos(ClaimsPrincipal user, string krajCode) =>
        user.FindAll(KpssClaimTypes.Scope).Select(c => c.Value.Split(':'))
            .Where(p => p.Length == 3 && p[0] == KpssRoles.ProviderEditor && p[1] == krajCode)
            .Select(p => p[2]).ToList();

    public async Task<OperationResult> ProposeAsync(string krajCode, int serviceId, ProposalInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var service = await db.Services.Include(s => s.Provider).SingleOrDefaultAsync(s => s.Id == serviceId && s.KrajCode == krajCode, ct);
        if (service is null) return OperationResult.Missing(CatalogueWords.Proposal.NoService);
        if (!EditableIcos(user, krajCode).Contains(service.Provider!.Ico)) return OperationResult.Denied(CatalogueWords.Proposal.NotYourService);
        var errors = new Dictionary<string, string[]>();
        if (input.Description?.Length > 4000) errors["description"] = [CatalogueWords.Proposal.DescriptionTooLong];
        if (input.OpeningHours?.Length > 1000) errors["openingHours"] = [CatalogueWords.Proposal.OpeningHoursTooLong];
        var groups = (input.TargetGroups ?? []).Select(g => (g, TargetGroups.Find(g))).ToList();
        if (groups.Any(g => g.Item2 is null)) errors["targetGroups"] = [CatalogueWords.Proposal.UnknownGroups(groups.Where(g => g.Item2 is null).Select(g => g.g))];
        else if (groups.Count == 0) errors["targetGroups"] = [CatalogueWords.Proposal.GroupMissing];
        if (input.Email?.Trim().Length > 320) errors["email"] = [CatalogueWords.Proposal.EmailTooLong];
        else if (!string.IsNullOrWhiteSpace(input.Email) && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(input.Email.Trim()))
            errors["email"] = [CatalogueWords.Proposal.EmailInvalid(input.Email)];
        // The columns' lengths: a longer value would fail in PostgreSQL and MariaDB (SQLite does not check).
        if (input.Phone?.Trim().Length > 40) errors["phone"] = [CatalogueWords.Proposal.PhoneTooLong];
        if (input.Web?.Trim().Length > 300) errors["web"] = [CatalogueWords.Proposal.WebTooLong];
        else if (!string.IsNullOrWhiteSpace(input.Web) && !(Uri.TryCreate(input.Web.Trim(), UriKind.Absolute, out var web) && web.Scheme is "http" or "https"))
            errors["web"] = [CatalogueWords.Proposal.WebNotHttps];
        if (input.AgeFrom is < 0 or > 130 || input.AgeTo is < 0 or > 130 || (input.AgeFrom is { } from && input.AgeTo is { } to && from > to))
            errors["age"] = [CatalogueWords.Proposal.AgeOutOfRange];
        string? capacities = null;
        if (input.Capacities is { } proposed)
        {
            var list = new List<string>();
            foreach (var c in proposed)
            {
                var form = FormNames.Find(c.Form);
                var unit = CapacityUnits.Find(c.Unit);
                if (form is null || !service.Forms.HasFlag(form.Value))
                    errors["capacities"] = [CatalogueWords.Proposal.NotItsForm(c.Form, FormNames.Describe(service.Forms))];
                else if (c.Value is not (>= 0 and <= 100_000))
                    errors["capacities"] = [CatalogueWords.Proposal.CapacityOutOfRange(FormNames.Describe(form.Value))];
                else if (unit is null)
                    errors["capacities"] = [CatalogueWords.CapacityUnitUnknown];
                else
                    list.Add($"{(int)form.Value}:{c.Value}:{unit}");
            }
            capacities = "|" + string.Join("|", list) + "|";
        }
        if (errors.Count > 0) return OperationResult.Invalid(errors);

        var request = new ChangeRequest
        {
            KrajCode = krajCode, ServiceId = serviceId, BaseVersion = service.Version, Status = ChangeRequestStatus.Pending,
            Description = Clean(input.Description), OpeningHours = Clean(input.OpeningHours),
            TargetGroups = "|" + string.Join("|", groups.Select(g => g.Item2).Distinct()) + "|",
            Email = Clean(input.Email), Phone = Clean(input.Phone), Web = Clean(input.Web),
            AgeFrom = input.AgeFrom, AgeTo = input.AgeTo, Capacities = capacities,
            ProposedBy = user.Identity!.Name!, ProposedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ChangeRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(request.Id);
    }

    public async Task<OperationResult> DecideAsync(string krajCode, int requestId, bool approve, string? reason, string decidedBy, CancellationToken ct)
    {
        var request = await db.ChangeRequests.Include(r => r.Service).ThenInclude(s => s!.Provider).Include(r => r.Service).ThenInclude(s => s!.Facilities)
            .Include(r => r.Service).ThenInclude(s => s!.Capacities)
            .SingleOrDefaultAsync(r => r.Id == requestId && r.KrajCode == krajCode, ct);
        if (request is null) return OperationResult.Missing(CatalogueWords.Proposal.NoProposal);
        if (request.Status != ChangeRequestStatus.Pending)
            return OperationResult.Invalid("", CatalogueWords.Proposal.AlreadyDecided);
        if (!approve && string.IsNullOrWhiteSpace(reason))
            return OperationResult.Invalid("reason", CatalogueWords.Proposal.ReasonMissing);
        var now = clock.GetUtcNow().UtcDateTime;
        request.DecidedBy = decidedBy;
        request.DecidedAtUtc = now;
        if (!approve)
        {
            request.Status = ChangeRequestStatus.Rejected;
            request.RejectReason = reason!.Trim();
            await db.SaveChangesAsync(ct);
            return OperationResult.Success(request.Id);
        }
        var service = request.Service!;
        if (service.Version != request.BaseVersion)
            return OperationResult.Stale(CatalogueWords.Proposal.ServiceChangedSince);

        var changed = new List<string>();
        void Set<T>(string label, T current, T proposed, Action<T> apply)
        {
            if (!Equals(current, proposed)) { changed.Add(label); apply(proposed); }
        }
        Set("popis", service.Description, request.Description, v => service.Description = v);
        Set("provozní doba", service.OpeningHours, request.OpeningHours, v => service.OpeningHours = v);
        Set("cílové skupiny", service.TargetGroups, request.TargetGroups, v => service.TargetGroups = v);
        Set("e-mail", service.Provider!.Email, request.Email, v => service.Provider.Email = v);
        Set("telefon", service.Provider.Phone, request.Phone, v => service.Provider.Phone = v);
        Set("web", service.Provider.Web, request.Web, v => service.Provider.Web = v);
        Set("věk", (service.AgeFrom, service.AgeTo), (request.AgeFrom, request.AgeTo), v => (service.AgeFrom, service.AgeTo) = v);
        if (request.Capacities is not null && Kpss.Catalogue.Domain.CapacityText.Describe(ParseCapacities(request.Capacities)) != Kpss.Catalogue.Domain.CapacityText.Describe(service.Capacities))
        {
            changed.Add("kapacity");
            db.Capacities.RemoveRange(service.Capacities);
            service.Capacities = ParseCapacities(request.Capacities);
        }
        await using var tx = await session.BeginTransactionAsync(ct);
        request.Status = ChangeRequestStatus.Approved;
        service.Version++;
        service.UpdatedAtUtc = now;
        ServiceIndex.Update(service, service.Provider, kraje);
        db.History.Add(new ServiceChange
        {
            KrajCode = krajCode, Service = service, AtUtc = now, UserName = request.ProposedBy, Source = "poskytovatel",
            Summary = $"{(changed.Count == 0 ? "beze změny" : "změněno: " + string.Join(", ", changed))}; schválil(a) {decidedBy}",
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Stale(CatalogueWords.Proposal.ServiceChangedMeanwhile);
        }
        await tx.CommitAsync(ct);
        return OperationResult.Success(request.Id);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A proposal's capacities as entities ("|form:value:unit|…").</summary>
    public static List<Capacity> ParseCapacities(string stored) =>
        stored.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(part => part.Split(':'))
            .Select(p => new Capacity { Form = (ServiceForms)int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture),
                Value = int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), Unit = p[2] })
            .ToList();
}

using Kpss.Modules.Abstractions.PersonalData;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Catalogue.PersonalData;

/// <summary>
/// What the catalogue holds about a person: changes they proposed or decided as a provider's editor or the kraj's
/// admin, the service history and imports under their account, and a provider's contact that is their own address.
/// Erasure puts "anonymizovaný účastník" where their account was named and removes the address (and the phone given
/// with it) from the contacts; the services and their history stay.
/// </summary>
internal sealed class CataloguePersonalData(CatalogueDbContext db) : IPersonalData
{
    public string Title => "Katalog sociálních služeb";

    public async Task<IReadOnlyList<PersonalDataItem>> FindAsync(string email, CancellationToken ct)
    {
        var lower = PersonalDataWords.Normalise(email);
        var items = new List<PersonalDataItem>();
        foreach (var r in await Requests(lower).AsNoTracking().Include(r => r.Service).OrderBy(r => r.ProposedAtUtc).ToListAsync(ct))
            items.Add(new("Návrh změny služby", $"{r.Service!.Name}, {PragueTime.Format(r.ProposedAtUtc)} — {r.Status}", new Dictionary<string, string?>
            {
                ["Služba"] = r.Service.Name, ["Navrhl(a)"] = r.ProposedBy, ["Navrženo"] = PragueTime.Format(r.ProposedAtUtc), ["Rozhodl(a)"] = r.DecidedBy,
                ["Popis"] = r.Description, ["Kontaktní e-mail"] = r.Email, ["Telefon"] = r.Phone, ["Důvod zamítnutí"] = r.RejectReason,
            }));
        foreach (var h in await History(lower).AsNoTracking().OrderBy(h => h.AtUtc).ToListAsync(ct))
            items.Add(new("Změna v katalogu", $"{PragueTime.Format(h.AtUtc)}: {h.Summary}", new Dictionary<string, string?>
            {
                ["Kdy"] = PragueTime.Format(h.AtUtc), ["Kdo"] = h.UserName, ["Odkud"] = h.Source, ["Co"] = h.Summary,
            }));
        foreach (var run in await Imports(lower).AsNoTracking().OrderBy(r => r.StartedAtUtc).ToListAsync(ct))
            items.Add(new("Import do katalogu", $"{run.FileName}, {PragueTime.Format(run.StartedAtUtc)}", new Dictionary<string, string?>
            {
                ["Soubor"] = run.FileName, ["Kdo"] = run.UserName, ["Začátek"] = PragueTime.Format(run.StartedAtUtc),
            }));
        foreach (var p in await Providers(lower).AsNoTracking().ToListAsync(ct))
            items.Add(new("Kontakt poskytovatele", $"{p.Name} (IČO {p.Ico})", new Dictionary<string, string?>
            {
                ["Poskytovatel"] = p.Name, ["E-mail"] = p.Email, ["Telefon"] = p.Phone,
            }));
        return items;
    }

    public async Task<int> EraseAsync(string email, CancellationToken ct)
    {
        var lower = PersonalDataWords.Normalise(email);
        var changed = 0;
        foreach (var r in await Requests(lower).ToListAsync(ct))
        {
            if (r.ProposedBy.ToLowerInvariant() == lower) r.ProposedBy = PersonalDataWords.Anonymised;
            if (r.DecidedBy?.ToLowerInvariant() == lower) r.DecidedBy = PersonalDataWords.Anonymised;
            if (r.Email?.ToLowerInvariant() == lower) (r.Email, r.Phone) = (null, null);
            changed++;
        }
        foreach (var h in await History(lower).ToListAsync(ct))
        {
            h.UserName = PersonalDataWords.Anonymised;
            changed++;
        }
        foreach (var run in await Imports(lower).ToListAsync(ct))
        {
            run.UserName = PersonalDataWords.Anonymised;
            changed++;
        }
        foreach (var p in await Providers(lower).ToListAsync(ct))
        {
            (p.Email, p.Phone) = (null, null);
            changed++;
        }
        await db.SaveChangesAsync(ct);
        return changed;
    }

    private IQueryable<Domain.ChangeRequest> Requests(string lower) => db.ChangeRequests.Where(r =>
        r.ProposedBy.ToLower() == lower || (r.DecidedBy != null && r.DecidedBy.ToLower() == lower) || (r.Email != null && r.Email.ToLower() == lower));

    private IQueryable<Domain.ServiceChange> History(string lower) => db.History.Where(h => h.UserName.ToLower() == lower);

    private IQueryable<Domain.ImportRun> Imports(string lower) => db.ImportRuns.Where(r => r.UserName.ToLower() == lower);

    private IQueryable<Domain.Provider> Providers(string lower) => db.Providers.Where(p => p.Email != null && p.Email.ToLower() == lower);
}

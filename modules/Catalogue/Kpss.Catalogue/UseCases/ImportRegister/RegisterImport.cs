using System.Globalization;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;

namespace Kpss.Catalogue.UseCases.ImportRegister;

/// <summary>
/// Upserts services by their register identifier (and providers by IČO) into a kraj's catalogue. Every bad record is
/// reported with its position and reason; if there is one, nothing is written. A dry run reports what would change.
/// The whole import is one transaction; each changed service gets a history entry.
/// </summary>
internal sealed partial class RegisterImport(CatalogueDbContext db, DbSession session, IKrajDirectory kraje, KpssClock clock)
{
    private sealed record Valid(ImportRecord Source, Service Data, Provider ProviderData);

    public async Task<ImportReport> RunAsync(string krajCode, IReadOnlyList<ImportRecord> records, bool dryRun, string user,
        IProgress<ImportProgress>? progress, CancellationToken ct, Guid? runId = null)
    {
        var errors = new List<string>();
        var valid = new List<Valid>();
        var n = 0;
        foreach (var record in records)
        {
            var recordErrors = new List<string>();
            var v = Validate(krajCode, record, recordErrors);
            var label = record.RegisterId is { Length: > 0 } id ? $"{record.Position} (identifikátor {id})" : record.Position;
            errors.AddRange(recordErrors.Select(e => $"{label}: {e}"));
            if (v is not null) valid.Add(v);
            if (++n % 200 == 0) progress?.Report(new ImportProgress("kontrola", n, records.Count));
        }
        if (records.Count == 0)
            errors.Add(CatalogueWords.Import.NoService);
        foreach (var dup in valid.GroupBy(v => v.Data.RegisterId).Where(g => g.Count() > 1))
            errors.Add(CatalogueWords.Import.IdRepeated(dup.Key, dup.Select(d => d.Source.Position)));
        foreach (var dup in valid.GroupBy(v => v.ProviderData.Ico).Where(g => g.Select(v => v.ProviderData.Name).Distinct().Count() > 1))
            errors.Add(CatalogueWords.Import.ProviderNamesDiffer(dup.Key, dup.Select(d => d.Source.Position).Take(5)));

        // One provider appears in many records, often with its details in only some of them: merge them per IČO.
        foreach (var sameProvider in Enumerable.Range(0, valid.Count).GroupBy(i => valid[i].ProviderData.Ico).ToList())
        {
            var all = sameProvider.Select(i => valid[i].ProviderData).ToList();
            var merged = all[0];
            merged.LegalForm = all.Select(p => p.LegalForm).FirstOrDefault(x => x is not null);
            merged.Seat = all.Select(p => p.Seat).FirstOrDefault(x => x is not null);
            merged.StatutoryBody = all.Select(p => p.StatutoryBody).FirstOrDefault(x => x is not null);
            merged.Email = all.Select(p => p.Email).FirstOrDefault(x => x is not null);
            merged.Phone = all.Select(p => p.Phone).FirstOrDefault(x => x is not null);
            merged.Web = all.Select(p => p.Web).FirstOrDefault(x => x is not null);
            foreach (var i in sameProvider)
                valid[i] = valid[i] with { ProviderData = merged };
        }

        // Existing rows: in every kraj (identifiers and IČO are national), chunked to keep the IN lists short.
        var existing = new Dictionary<string, Service>();
        var providers = new Dictionary<string, Provider>();
        foreach (var chunk in valid.Select(v => v.Data.RegisterId).Distinct().Chunk(500))
            foreach (var s in await db.Services.IgnoreQueryFilters().AsNoTracking().Include(s => s.Facilities).Include(s => s.Capacities).AsSplitQuery()
                         .Where(s => chunk.Contains(s.RegisterId)).ToListAsync(ct))
                existing[s.RegisterId] = s;
        foreach (var chunk in valid.Select(v => v.ProviderData.Ico).Distinct().Chunk(500))
            foreach (var p in await db.Providers.IgnoreQueryFilters().Where(p => chunk.Contains(p.Ico)).ToListAsync(ct))
                providers[p.Ico] = p;
        foreach (var v in valid)
        {
            if (existing.TryGetValue(v.Data.RegisterId, out var s) && s.KrajCode != krajCode)
                errors.Add(CatalogueWords.Import.ServiceOfOtherKraj(v.Source.Position, v.Data.RegisterId));
            if (providers.TryGetValue(v.ProviderData.Ico, out var p) && p.KrajCode != krajCode)
                errors.Add(CatalogueWords.Import.ProviderOfOtherKraj(v.Source.Position, v.Data.RegisterId, p.Ico));
        }
        if (errors.Count > 0)
            return new ImportReport(dryRun, false, errors, []);

        var changes = valid.Select(v => existing.TryGetValue(v.Data.RegisterId, out var s)
                ? new ImportChange(v.Source.Position, v.Data.RegisterId, v.Data.Name, "", Diff(s, v.Data, providers.GetValueOrDefault(v.ProviderData.Ico), v.ProviderData))
                : new ImportChange(v.Source.Position, v.Data.RegisterId, v.Data.Name, "nová", []))
            .Select(c => c.Action == "nová" ? c : c with { Action = c.ChangedFields.Count == 0 ? "beze změny" : "změněná" })
            .ToList();
        if (dryRun)
            return new ImportReport(true, false, [], changes);

        await using var tx = await session.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        int done = 0, pending = 0;
        foreach (var (v, change) in valid.Zip(changes))
        {
            if (change.Action != "beze změny")
            {
                if (!providers.TryGetValue(v.ProviderData.Ico, out var provider))
                {
                    provider = v.ProviderData;
                    db.Providers.Add(provider);
                    providers[provider.Ico] = provider;
                }
                else
                {
                    CopyProvider(v.ProviderData, provider);
                }
                if (!existing.TryGetValue(v.Data.RegisterId, out var service))
                {
                    service = v.Data;
                    db.Services.Add(service);
                }
                else
                {
                    // Loaded untracked: only what changes is tracked, and only until its batch is saved.
                    db.Services.Attach(service);
                    CopyService(v.Data, service);
                }
                service.Provider = provider;
                service.UpdatedAtUtc = now;
                ServiceIndex.Update(service, provider, kraje);
                db.History.Add(new ServiceChange
                {
                    KrajCode = krajCode, Service = service, AtUtc = now, UserName = user, Source = "import",
                    Summary = change.Action == "nová" ? "založena importem" : "import změnil: " + string.Join(", ", change.ChangedFields),
                });
            }
            if (change.Action != "beze změny") pending++;
            if (++done % 200 == 0)
            {
                if (pending > 0)
                {
                    await db.SaveChangesAsync(ct);
                    // Saved services, their parts and history are done with: untracked, so that each later save only
                    // looks at its own batch (and the providers, which later records may share).
                    foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is Service or Facility or Capacity or ServiceChange).ToList())
                        entry.State = EntityState.Detached;
                }
                pending = 0;
                progress?.Report(new ImportProgress("zápis", done, valid.Count));
            }
        }
        var report = new ImportReport(false, true, [], changes);
        // The run's record says "done" in the same transaction as the data it wrote.
        if (runId is { } runKey && await db.ImportRuns.SingleOrDefaultAsync(r => r.Id == runKey, ct) is { } run)
            ImportJobs.Complete(run, report, null, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        progress?.Report(new ImportProgress("hotovo", valid.Count, valid.Count));
        return report;
    }

    private static IReadOnlyList<string> Diff(Service old, Service @new, Provider? oldProvider, Provider newProvider)
    {
        var changed = new List<string>();
        void Check(string label, object? a, object? b) { if (!Equals(a, b)) changed.Add(label); }
        Check("název", old.Name, @new.Name);
        Check("druh", old.KindParagraph, @new.KindParagraph);
        Check("formy", old.Forms, @new.Forms);
        Check("cílové skupiny", Groups(old), Groups(@new));
        Check("věk", (old.AgeFrom, old.AgeTo), (@new.AgeFrom, @new.AgeTo));
        Check("provozní doba", old.OpeningHours, @new.OpeningHours);
        Check("popis", old.Description, @new.Description);
        Check("platnost", (old.ValidFrom, old.ValidTo), (@new.ValidFrom, @new.ValidTo));
        Check("působnost", (old.OrpCodes, old.Territory), (@new.OrpCodes, @new.Territory));
        Check("zařízení", Facilities(old), Facilities(@new));
        Check("kapacity", Capacities(old), Capacities(@new));
        if (oldProvider is null || oldProvider.Id != old.ProviderId) changed.Add("poskytovatel");
        else if ((oldProvider.Name, oldProvider.LegalForm, oldProvider.Seat, oldProvider.StatutoryBody, oldProvider.Email, oldProvider.Phone, oldProvider.Web)
                 != (newProvider.Name, newProvider.LegalForm, newProvider.Seat, newProvider.StatutoryBody, newProvider.Email, newProvider.Phone, newProvider.Web))
            changed.Add("údaje poskytovatele");
        return changed;
    }

    // Lists compared as sets: a register that lists the same groups, facilities or capacities in another order changed nothing.
    private static string Groups(Service s) => string.Join("|", s.TargetGroupList.Order(StringComparer.Ordinal));

    private static string Facilities(Service s) => string.Join("|", s.Facilities.Select(f => $"{f.Name}/{f.Address}/{f.Obec}/{f.OrpCsuCode}").Order());

    private static string Capacities(Service s) => string.Join("|", s.Capacities.Select(c => $"{c.Form}/{c.Value}/{c.Unit}").Order());

    private static void CopyProvider(Provider from, Provider to)
    {
        (to.Name, to.LegalForm, to.Seat, to.StatutoryBody, to.Email, to.Phone, to.Web) =
            (from.Name, from.LegalForm, from.Seat, from.StatutoryBody, from.Email, from.Phone, from.Web);
    }

    private static void CopyService(Service from, Service to)
    {
        (to.Name, to.KindParagraph, to.Forms, to.TargetGroups, to.AgeFrom, to.AgeTo, to.OpeningHours, to.Description, to.ValidFrom, to.ValidTo, to.OrpCodes, to.Territory) =
            (from.Name, from.KindParagraph, from.Forms, from.TargetGroups, from.AgeFrom, from.AgeTo, from.OpeningHours, from.Description, from.ValidFrom, from.ValidTo, from.OrpCodes, from.Territory);
        // The old facilities and capacities, attached with the service, are orphaned by the new lists and deleted by EF
        // (required relationship): AReimport_ReplacesTheFacilitiesAndCapacities… reads that back.
        to.Facilities = from.Facilities;
        to.Capacities = from.Capacities;
        to.Version++;
    }
}

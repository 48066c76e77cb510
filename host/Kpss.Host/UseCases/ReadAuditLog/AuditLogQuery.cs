using System.Globalization;
using System.Text.Json;
using Kpss.Host.Platform.Data;
using Kpss.Modules.Abstractions.Audit;
using Kpss.Modules.Abstractions.Text;
using Kpss.Modules.Abstractions.Time;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Host.UseCases.ReadAuditLog;

/// <summary>
/// The filters of the audit log's pages (from the query string, Czech names): from and to a day (Prague time), who
/// (part of the actor), which module and entity, which row, which kraj (platform admin only), the page.
/// </summary>
public sealed record AuditFilter
{
    public const int PageSize = 50;

    /// <summary>At most this many records in one CSV file; a narrower filter gets the rest.</summary>
    public const int MaxExport = 50_000;

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Who { get; init; }
    public string? Module { get; init; }
    public string? Entity { get; init; }
    public string? Key { get; init; }
    public string? Kraj { get; init; }
    public int Page { get; init; } = 1;

    /// <summary>Reads the filters; a malformed one is a Czech message per field, and the log is not filtered by it.</summary>
    public static (AuditFilter Filter, Dictionary<string, string> Errors) Parse(Microsoft.AspNetCore.Http.IQueryCollection query)
    {
        var errors = new Dictionary<string, string>();
        DateOnly? Day(string name)
        {
            var text = query[name].ToString().Trim();
            if (text.Length == 0) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
                || DateOnly.TryParse(text, PragueTime.Culture, DateTimeStyles.None, out iso))
                return iso;
            errors[name] = $"Datum „{text}“ neznám: zadejte např. 1. 3. 2026.";
            return null;
        }
        string? Text(string name, int max)
        {
            var text = query[name].ToString().Trim();
            if (text.Length == 0) return null;
            if (text.Length <= max) return text;
            errors[name] = $"Nejvýše {max} znaků.";
            return null;
        }
        var from = Day("od");
        var to = Day("do");
        if (from is { } f && to is { } t && t < f)
            errors["do"] = "Konec je před začátkem.";
        var page = int.TryParse(query["strana"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 100_000 ? p : 1;
        return (new AuditFilter
        {
            From = from, To = errors.ContainsKey("do") ? null : to, Who = Text("kdo", 256), Module = Text("modul", 40),
            Entity = Text("zaznam", 100), Key = Text("klic", 200), Kraj = Text("kraj", 5), Page = page,
        }, errors);
    }

    public IQueryable<AuditRecord> Apply(IQueryable<AuditRecord> log)
    {
        // Midnight always exists in Prague (the clocks change at 2 and 3 o'clock).
        if (From is { } from && PragueTime.ToUtc(from, TimeOnly.MinValue) is { } start)
            log = log.Where(a => a.AtUtc >= start);
        if (To is { } to && PragueTime.ToUtc(to.AddDays(1), TimeOnly.MinValue) is { } end)
            log = log.Where(a => a.AtUtc < end);
        if (Who is { } who)
            log = log.Where(a => a.Actor.Contains(who));
        if (Module is { } module)
            log = log.Where(a => a.Module == module);
        if (Entity is { } entity)
            log = log.Where(a => a.Entity == entity);
        if (Key is { } key)
            log = log.Where(a => a.EntityKey == key);
        if (Kraj is { } kraj)
            log = log.Where(a => a.KrajCode == kraj);
        return log.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id);
    }

    /// <summary>The query string of these filters on another page (null keeps the current one).</summary>
    public string QueryString(int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        Add("od", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("do", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("kdo", Who);
        Add("modul", Module);
        Add("zaznam", Entity);
        Add("klic", Key);
        Add("kraj", Kraj);
        if ((page ?? Page) > 1) parts.Add($"strana={page ?? Page}");
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}

/// <summary>One page of the log and how to show it.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRecord> Records, int Total, AuditFilter Filter, Dictionary<string, string> Errors)
{
    public int Pages => Math.Max(1, (Total + AuditFilter.PageSize - 1) / AuditFilter.PageSize);
}

/// <summary>Reads the audit log of the request's kraj (or of all kraje, platform-wide): one page, or all as CSV.</summary>
public sealed class AuditLogReader(PlatformDbContext db, AuditNames names)
{
    public async Task<AuditPage> PageAsync(AuditFilter filter, Dictionary<string, string> errors, CancellationToken ct)
    {
        var query = filter.Apply(db.AuditLog.AsNoTracking());
        var total = await query.CountAsync(ct);
        var records = await query.Skip((filter.Page - 1) * AuditFilter.PageSize).Take(AuditFilter.PageSize).ToListAsync(ct);
        return new AuditPage(records, total, filter, errors);
    }

    public async Task<byte[]> CsvAsync(AuditFilter filter, CancellationToken ct)
    {
        var records = await filter.Apply(db.AuditLog.AsNoTracking()).Take(AuditFilter.MaxExport).ToListAsync(ct);
        return SpreadsheetCsv.Write(["Kdy", "Kraj", "Kdo", "Jak", "Adresa", "Požadavek", "Modul", "Záznam", "Klíč", "Změna", "Pole"],
            records.Select(a => new[]
            {
                PragueTime.Format(a.AtUtc), a.KrajCode, a.Actor, ActorKindName(a.ActorKind), a.Address, a.Source, names.Module(a.Module),
                names.Entity(a.Module, a.Entity), a.EntityKey,
                ActionName(a.Action), string.Join("; ", Fields(a.Changes).Select(f => $"{f.Name}: {f.Before ?? "–"} → {f.After ?? "–"}")),
            }));
    }

    public static string ActionName(string action) => action switch
    {
        "Added" => "vytvořeno",
        "Deleted" => "smazáno",
        _ => "změněno",
    };

    public static string ActorKindName(AuditActorKind kind) => kind switch
    {
        AuditActorKind.Account => "účet",
        AuditActorKind.SignedLink => "odkaz z e-mailu",
        AuditActorKind.Visitor => "veřejný formulář",
        _ => "systém",
    };

    public sealed record Field(string Name, string? Before, string? After);

    /// <summary>The changed fields of a record, in the order they were written.</summary>
    public static IReadOnlyList<Field> Fields(string changes)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string?[]>>(changes)!
                .Select(kv => new Field(kv.Key, kv.Value.ElementAtOrDefault(0), kv.Value.ElementAtOrDefault(1))).ToList();
        }
        catch (JsonException)
        {
            return [new Field("(nečitelné)", null, changes)];
        }
    }
}

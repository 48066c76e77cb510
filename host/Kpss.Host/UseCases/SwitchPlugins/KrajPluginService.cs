using Kpss.Modules.Abstractions.Time;
using Kpss.Host.Platform.Data;
using Kpss.Host.Platform.Plugins;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Plugins.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Host.UseCases.SwitchPlugins;

/// <summary>An installed plugin as seen from one kraj.</summary>
public sealed record KrajPluginRow(PluginDescriptor Plugin, bool Enabled, bool Applicable, DateTime? ChangedAtUtc);

public enum PluginChangeOutcome
{
    Changed,
    Unchanged,
    NotFound,
    Invalid,
}

public sealed record PluginChangeResult(PluginChangeOutcome Outcome, string? Error = null);

/// <summary>A kraj plugin's calendar, ready for the kraj page, with the kraj's own dates for some occurrences.</summary>
public sealed record KrajCalendar(PluginDescriptor Plugin, PlanningCalendar? Calendar, string? Error, IReadOnlyList<CalendarCorrection> Corrections);

/// <summary>
/// Enabling and disabling kraj plugins per kraj: the one service that changes the enablement, and records every
/// change (who, when, what). Every query runs under the request's tenant filter as well as its explicit kraj.
/// </summary>
public sealed class KrajPluginService(
    PlatformDbContext db,
    PluginRegistry registry,
    IKrajDirectory kraje,
    KpssClock clock,
    ILogger<KrajPluginService> logger) : Kpss.Modules.Abstractions.IKrajPlugins
{
    public async Task<IReadOnlyList<KrajPluginRow>> ListAsync(string krajCode, CancellationToken ct = default)
    {
        var states = await db.KrajPluginStates.AsNoTracking()
            .Where(s => s.KrajCode == krajCode)
            .ToDictionaryAsync(s => s.PluginId, ct);
        return registry.Plugins
            .Select(p => states.TryGetValue(p.Id, out var s)
                ? new KrajPluginRow(p, s.Enabled && p.IsLoaded, p.AppliesTo(krajCode), s.ChangedAtUtc)
                : new KrajPluginRow(p, false, p.AppliesTo(krajCode), null))
            .OrderBy(r => !r.Applicable).ThenBy(r => r.Plugin.Name, StringComparer.Create(Kpss.Modules.Abstractions.Time.PragueTime.Culture, false))
            .ToList();
    }

    public async Task<PluginChangeResult> SetEnabledAsync(
        string krajCode, string pluginId, bool enabled, string userId, string userName, CancellationToken ct = default)
    {
        var kraj = kraje.Find(krajCode) ?? throw new ArgumentException($"Unknown kraj {krajCode}.", nameof(krajCode));
        var plugin = registry.Find(pluginId);
        if (plugin is null)
            return new(PluginChangeOutcome.NotFound, $"Plugin „{pluginId}“ není nainstalován.");
        if (enabled && !plugin.IsLoaded)
            return new(PluginChangeOutcome.Invalid, $"Plugin „{plugin.Name}“ se nepodařilo načíst, nelze jej zapnout: {plugin.FailureReason}");
        if (enabled && !plugin.AppliesTo(kraj.Code))
        {
            var names = string.Join(", ", plugin.KrajCodes.Select(c => kraje.Find(c)?.Name ?? c));
            return new(PluginChangeOutcome.Invalid, $"Plugin „{plugin.Name}“ je určen pro: {names}. Pro {kraj.Name} jej zapnout nelze.");
        }

        var state = await db.KrajPluginStates.SingleOrDefaultAsync(s => s.KrajCode == kraj.Code && s.PluginId == plugin.Id, ct);
        if ((state?.Enabled ?? false) == enabled)
            return new(PluginChangeOutcome.Unchanged);
        // A kraj's plans have one format: a second plugin that gives one would make the first silently win.
        if (enabled && plugin.Instance is IPlanFormat
            && (await ListAsync(kraj.Code, ct)).FirstOrDefault(r => r.Enabled && r.Plugin.Id != plugin.Id && r.Plugin.Instance is IPlanFormat) is { } other)
            return new(PluginChangeOutcome.Invalid,
                $"Plugin „{plugin.Name}“ dává kraji formát plánů, a ten už dává zapnutý plugin „{other.Plugin.Name}“. Kraj má jeden formát plánů: vypněte nejdřív „{other.Plugin.Name}“.");

        var now = clock.GetUtcNow().UtcDateTime;
        if (state is null)
            db.KrajPluginStates.Add(new KrajPluginState { KrajCode = kraj.Code, PluginId = plugin.Id, Enabled = enabled, ChangedAtUtc = now });
        else
        {
            state.Enabled = enabled;
            state.ChangedAtUtc = now;
        }
        db.PluginAudit.Add(new PluginAuditEntry
        {
            KrajCode = kraj.Code, PluginId = plugin.Id, Enabled = enabled, UserId = userId, UserName = userName, AtUtc = now,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // Two admins switched the same plugin at the same moment: the other change won, nothing of ours was saved.
            logger.LogWarning(ex, "Concurrent change of plugin {PluginId} in {Kraj}", plugin.Id, kraj.Code);
            db.ChangeTracker.Clear();
            return new(PluginChangeOutcome.Invalid, "Nastavení pluginu mezitím změnil někdo jiný. Načtěte stránku znovu.");
        }
        logger.LogInformation("Plugin {PluginId} {Action} in {Kraj} by {User}",
            plugin.Id, enabled ? "enabled" : "disabled", kraj.Code, userName);
        return new(PluginChangeOutcome.Changed);
    }

    /// <summary>The latest changes, in one kraj or (for the platform admin, in a platform-wide scope) in all.</summary>
    public async Task<IReadOnlyList<PluginAuditEntry>> AuditAsync(string? krajCode, int take = 50, CancellationToken ct = default)
    {
        var query = db.PluginAudit.AsNoTracking();
        if (krajCode is not null)
            query = query.Where(a => a.KrajCode == krajCode);
        return await query.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Take(take).ToListAsync(ct);
    }

    /// <summary>Enabled (krajCode, pluginId) pairs across kraje; call in a platform-wide scope.</summary>
    public async Task<ILookup<string, string>> EnabledEverywhereAsync(CancellationToken ct = default) =>
        (await db.KrajPluginStates.AsNoTracking().Where(s => s.Enabled).Select(s => new { s.KrajCode, s.PluginId }).ToListAsync(ct))
            .ToLookup(s => s.KrajCode, s => s.PluginId);

    /// <summary>The enabled, loaded plugins of the kraj that implement <typeparamref name="T"/>.</summary>
    public async Task<IReadOnlyList<T>> EnabledAsync<T>(string krajCode, CancellationToken ct = default) where T : class =>
        (await ListAsync(krajCode, ct)).Where(r => r.Enabled).Select(r => r.Plugin.Instance).OfType<T>().ToList();

    /// <summary>Calendars of the plugins enabled in the kraj. A plugin that fails here is shown as such, not thrown.</summary>
    public async Task<IReadOnlyList<KrajCalendar>> CalendarsAsync(string krajCode, CancellationToken ct = default)
    {
        var enabled = (await ListAsync(krajCode, ct)).Where(r => r.Enabled && r.Plugin.Instance is IPlanningCalendarSource).ToList();
        var corrections = enabled.Count == 0 ? [] : await db.CalendarCorrections.AsNoTracking().Where(c => c.KrajCode == krajCode).ToListAsync(ct);
        var result = new List<KrajCalendar>();
        foreach (var row in enabled)
        {
            var own = corrections.Where(c => c.PluginId == row.Plugin.Id).ToList();
            try
            {
                result.Add(new KrajCalendar(row.Plugin, ((IPlanningCalendarSource)row.Plugin.Instance!).GetPlanningCalendar(), null, own));
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Plugin {PluginId} failed to give its planning calendar", row.Plugin.Id);
                result.Add(new KrajCalendar(row.Plugin, null, "Kalendář tohoto pluginu se nepodařilo načíst.", own));
            }
        }
        return result;
    }
}

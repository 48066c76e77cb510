using System.Globalization;
using Kpss.Host.UseCases.SwitchPlugins;
using Kpss.Host.Platform.Data;
using Kpss.Modules.Abstractions.Time;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Host.UseCases.CorrectPlanningCalendar;

public sealed record CalendarCorrectionResult(bool NotFound, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Ok => !NotFound && Errors.Count == 0;
}

/// <summary>
/// The regional admin's exact dates for one occurrence of a deadline of the kraj's planning calendar: kraje announce
/// them each year, the plugin knows only the usual rhythm. A correction applies to the occurrence that usually starts in
/// its year, and only while the plugin is enabled.
/// </summary>
public sealed class CalendarCorrections(PlatformDbContext db, KrajPluginService plugins, KpssClock clock)
{
    /// <summary>How far from the usual start the kraj's dates may lie (a guard against the wrong year).</summary>
    public const int MaxShiftDays = 120;

    private static readonly string[] DateFormats = ["d. M. yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    public async Task<CalendarCorrectionResult> SaveAsync(string krajCode, string pluginId, string key, int year,
        string? startText, string? endText, string? note, string user, CancellationToken ct)
    {
        var deadline = await FindDeadlineAsync(krajCode, pluginId, key, ct);
        if (deadline is null) return new(true, new Dictionary<string, string[]>());
        var errors = new Dictionary<string, string[]>();
        var today = PragueTime.Today(clock);
        if (year < today.Year - 1 || year > today.Year + 5)
            errors["year"] = [$"Rok musí být od {today.Year - 1} do {today.Year + 5}."];
        var start = ParseDate(startText, "start", "Začátek", errors);
        var end = ParseDate(endText, "end", "Konec", errors);
        if (start is { } s && end is { } e)
        {
            if (e < s) errors["end"] = ["Konec musí být týž den jako začátek nebo po něm."];
            var usual = CalendarOccurrence.Usual(deadline, year).Start;
            if (Math.Abs(s.DayNumber - usual.DayNumber) > MaxShiftDays)
                errors["start"] = [$"Začátek {s.ToString("d. M. yyyy", PragueTime.Culture)} je příliš daleko od obvyklého termínu roku {year} ({usual.ToString("d. M. yyyy", PragueTime.Culture)}); zkontrolujte rok."];
        }
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note?.Length > 500) errors["note"] = ["Poznámka může mít nejvýše 500 znaků."];
        if (errors.Count > 0) return new(false, errors);

        var correction = await db.CalendarCorrections.SingleOrDefaultAsync(
            c => c.KrajCode == krajCode && c.PluginId == pluginId && c.DeadlineKey == key && c.Year == year, ct);
        if (correction is null)
            db.CalendarCorrections.Add(correction = new CalendarCorrection { KrajCode = krajCode, PluginId = pluginId, DeadlineKey = key, Year = year, UpdatedBy = user });
        correction.Start = start!.Value;
        correction.End = end!.Value;
        correction.Note = note;
        correction.UpdatedBy = user;
        correction.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return new(false, new Dictionary<string, string[]>());
    }

    /// <summary>Back to the plugin's usual dates for that year.</summary>
    public async Task<bool> RemoveAsync(string krajCode, string pluginId, string key, int year, CancellationToken ct)
    {
        // Loaded and removed (not a bulk delete), so that the audit log sees the deletion and what the dates were.
        var correction = await db.CalendarCorrections
            .SingleOrDefaultAsync(c => c.KrajCode == krajCode && c.PluginId == pluginId && c.DeadlineKey == key && c.Year == year, ct);
        if (correction is null) return false;
        db.CalendarCorrections.Remove(correction);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<Kpss.Plugins.Abstractions.PlanningDeadline?> FindDeadlineAsync(string krajCode, string pluginId, string key, CancellationToken ct) =>
        (await plugins.CalendarsAsync(krajCode, ct)).Where(c => c.Plugin.Id == pluginId && c.Calendar is not null)
            .SelectMany(c => c.Calendar!.Deadlines).FirstOrDefault(d => d.Key == key);

    private static DateOnly? ParseDate(string? text, string field, string label, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = [$"{label}: zadejte datum (např. 15. 4. 2027)."];
            return null;
        }
        if (DateOnly.TryParseExact(text.Trim(), DateFormats, PragueTime.Culture, DateTimeStyles.None, out var date))
            return date;
        errors[field] = [$"{label} „{text.Trim()}“ není datum (např. 15. 4. 2027)."];
        return null;
    }
}

using Kpss.Notifications.Messages;
using Kpss.Notifications.Data;
using Kpss.Modules.Abstractions.PersonalData;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Modules.Abstractions.Time;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Notifications.PersonalData;

/// <summary>
/// What Notifications holds about a person: the e-mails sent or waiting for them (the delivery log: subject, when,
/// how it went — not the text) and their notification settings. Erasure deletes their messages (the kraj's, or all
/// platform-wide) and, platform-wide, their settings (one set for every kraj).
/// </summary>
internal sealed class NotificationsPersonalData(NotificationsDbContext db, ITenantContext tenant) : IPersonalData
{
    public string Title => "Oznámení e-mailem";

    public async Task<IReadOnlyList<PersonalDataItem>> FindAsync(string email, CancellationToken ct)
    {
        var lower = PersonalDataWords.Normalise(email);
        var items = new List<PersonalDataItem>();
        foreach (var m in await Messages(lower).AsNoTracking().OrderBy(m => m.CreatedAtUtc).ToListAsync(ct))
            items.Add(new("E-mail z platformy", $"„{m.Subject}“, {PragueTime.Format(m.CreatedAtUtc)} — {NotificationWords.Status(m.Status)}", new Dictionary<string, string?>
            {
                ["Kraj"] = m.KrajCode, ["Komu"] = m.ToEmail, ["Jméno"] = m.ToName, ["Předmět"] = m.Subject, ["Vytvořeno"] = PragueTime.Format(m.CreatedAtUtc),
                ["Stav"] = NotificationWords.Status(m.Status), ["Odesláno"] = m.SentAtUtc is { } s ? PragueTime.Format(s) : null,
            }));
        if (await Preference(lower).AsNoTracking().SingleOrDefaultAsync(ct) is { } p)
            items.Add(new("Nastavení oznámení", $"připomínky {(p.RemindersOff ? "vypnuty" : "zapnuty")}, souhrny {(p.DigestsOff ? "vypnuty" : "zapnuty")}",
                new Dictionary<string, string?>
                {
                    ["E-mail"] = p.Email, ["Připomínky"] = p.RemindersOff ? "vypnuty" : "zapnuty", ["Souhrny"] = p.DigestsOff ? "vypnuty" : "zapnuty",
                    ["Změněno"] = PragueTime.Format(p.ChangedAtUtc),
                }));
        return items;
    }

    public async Task<int> EraseAsync(string email, CancellationToken ct)
    {
        var lower = PersonalDataWords.Normalise(email);
        var messages = await Messages(lower).ToListAsync(ct);
        db.Outbox.RemoveRange(messages);
        var removed = messages.Count;
        // The settings belong to the address in every kraj: only a platform-wide erasure removes them.
        if (tenant.IsPlatformWide && await Preference(lower).SingleOrDefaultAsync(ct) is { } preference)
        {
            db.Preferences.Remove(preference);
            removed++;
        }
        await db.SaveChangesAsync(ct);
        return removed;
    }

    private IQueryable<OutboxMessage> Messages(string lower) => db.Outbox.Where(m => m.ToEmail.ToLower() == lower);

    private IQueryable<NotificationPreference> Preference(string lower) => db.Preferences.Where(p => p.Email.ToLower() == lower);
}

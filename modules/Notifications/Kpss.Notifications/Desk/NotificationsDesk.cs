using Kpss.Notifications.Messages;
using Kpss.Modules.Abstractions.Pages;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Data;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Notifications.Desk;

/// <summary>E-mails of the kraj that could not be delivered (last 30 days), for its coordinators of the whole kraj.</summary>
internal sealed class NotificationsDesk(NotificationsDbContext db) : IDeskContributor
{
    public const int HorizonDays = 30;

    public async Task<IReadOnlyList<DeskSection>> SectionsAsync(DeskContext desk, CancellationToken ct)
    {
        if (KpssScopes.NarrowedTo(desk.User, KpssRoles.Coordinator, desk.KrajCode) is not null)
            return [];
        var since = desk.NowUtc.AddDays(-HorizonDays);
        var failed = await db.Outbox.AsNoTracking().Where(m => m.Status == OutboxStatus.Failed && m.DueAtUtc >= since)
            .OrderByDescending(m => m.DueAtUtc)
            .Select(m => new { m.Subject, m.ToEmail, m.DueAtUtc, m.LastError })
            .Take(10).ToListAsync(ct);
        var href = $"/{desk.KrajSlug}/oznameni/dorucovani?stav=Failed";
        var items = failed.Select(m => new DeskItem(m.Subject, $"Pro {m.ToEmail}: {m.LastError}", href, "Odeslat znovu",
            DateOnly.FromDateTime(PragueTime.FromUtc(m.DueAtUtc)), DeskUrgency.Now)).ToList();
        return [new DeskSection("notifications.failed", NotificationWords.Desk.Failed, 60, items,
            NotificationWords.Desk.AllDelivered(HorizonDays), new Crumb(NotificationWords.Pages.DeliveryLog, $"/{desk.KrajSlug}/oznameni/dorucovani"))];
    }
}

using Kpss.Modules.Abstractions.Time;
using Kpss.Notifications.Contracts;
using Kpss.Notifications.Data;
using Kpss.Notifications.Messages;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Notifications.Provides;

/// <summary>
/// Queues messages in the outbox table, in the caller's transaction, written at once by the sending module's template
/// (a later change of wording never alters a message already queued).
/// </summary>
internal sealed class NotificationOutbox(NotificationsDbContext db, MessageRenderer renderer, KpssClock clock) : INotificationOutbox
{
    public async Task EnqueueAsync(IReadOnlyCollection<NotificationRequest> requests, CancellationToken ct = default)
    {
        if (requests.Count == 0) return;
        var now = clock.GetUtcNow().UtcDateTime;
        // Every message is written before anything is stored: a request that cannot be written leaves no trace.
        var messages = requests.Select(request =>
        {
            if (string.IsNullOrWhiteSpace(request.Recipient.Email))
                throw new ArgumentException("A notification needs a recipient's email address.", nameof(requests));
            var rendered = renderer.Render(request.Content, request.Recipient);
            return new OutboxMessage
            {
                KrajCode = request.KrajCode,
                Key = request.Key,
                Category = request.Content.Category,
                Kind = rendered.Kind,
                ToEmail = request.Recipient.Email.Trim(),
                ToName = request.Recipient.Name,
                Subject = rendered.Subject,
                TextBody = rendered.Text,
                HtmlBody = rendered.Html,
                CalendarMethod = rendered.CalendarMethod,
                CalendarContent = rendered.Calendar,
                Status = OutboxStatus.Pending,
                CreatedAtUtc = now,
                DueAtUtc = request.DueAtUtc is { } due && due > now ? DateTime.SpecifyKind(due, DateTimeKind.Utc) : now,
            };
        }).ToList();
        foreach (var group in requests.Where(r => r.Key is not null).GroupBy(r => r.KrajCode))
        {
            foreach (var chunk in group.Select(r => r.Key!).Distinct().Chunk(500))
                await PendingOf(group.Key).Where(m => chunk.Contains(m.Key!))
                    .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, OutboxStatus.Cancelled), ct);
        }
        db.Outbox.AddRange(messages);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public Task<int> CancelAsync(string keyPrefix, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(keyPrefix))
            throw new ArgumentException("Give a key prefix: cancelling everything is never meant.", nameof(keyPrefix));
        return db.Outbox.IgnoreQueryFilters()
            .Where(m => m.Status == OutboxStatus.Pending && m.Key != null && m.Key.StartsWith(keyPrefix))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, OutboxStatus.Cancelled), ct);
    }

    // Notifications acts for the kraj the caller names, in requests and in jobs alike, so it states the kraj itself.
    private IQueryable<OutboxMessage> PendingOf(string krajCode) =>
        db.Outbox.IgnoreQueryFilters().Where(m => m.KrajCode == krajCode && m.Status == OutboxStatus.Pending);
}

using Kpss.Notifications.Messages;
using Kpss.Modules.Abstractions.Time;
using Kpss.Modules.Abstractions.Security;
using Kpss.Notifications.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Kpss.Notifications.UseCases.ViewDeliveryLog;

/// <summary>The coordinators' view of the kraj's outgoing mail: what waits, what went, what failed, and "send again".</summary>
[Authorize(Policy = KpssPolicies.KrajWideCoordinator)]
internal sealed class DeliveryLogModel(NotificationsDbContext db, KpssClock clock, ILogger<DeliveryLogModel> logger) : PageModel
{
    private Dictionary<OutboxStatus, int> _counts = [];

    [BindProperty(Name = "stav", SupportsGet = true)]
    public OutboxStatus? Status { get; set; }

    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];
    public DateTime NowUtc { get; private set; }
    public string? Message { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public int Count(OutboxStatus status) => _counts.GetValueOrDefault(status);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = StatusMessage;
        NowUtc = clock.GetUtcNow().UtcDateTime;
        // The kraj filter of the DbContext keeps this to the route's kraj.
        _counts = await db.Outbox.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var query = db.Outbox.AsNoTracking();
        if (Status is { } s)
            query = query.Where(m => m.Status == s);
        Messages = await query.OrderByDescending(m => m.CreatedAtUtc).ThenByDescending(m => m.Id).Take(200).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostResendAsync(long id, CancellationToken ct)
    {
        var changed = await db.Outbox.Where(m => m.Id == id && m.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(u => u
                .SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.DueAtUtc, clock.GetUtcNow().UtcDateTime), ct);
        if (changed == 0)
            return NotFound();
        logger.LogInformation("Message {MessageId} queued again by {User}", id, User.Identity?.Name);
        StatusMessage = NotificationWords.Done.Requeued;
        return RedirectToPage(new { stav = "Failed" });
    }

    public static string StatusLabel(OutboxStatus status) => NotificationWords.Status(status);
}

using Kpss.Modules.Abstractions.Time;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Mail;
using Kpss.Notifications.Contracts;
using Kpss.Notifications.Data;
using Kpss.Notifications.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kpss.Notifications.Jobs;

internal sealed record DispatchResult(int Sent, int Retried, int Failed, int Suppressed)
{
    public int Total => Sent + Retried + Failed + Suppressed;
}

/// <summary>
/// Sends what is due. The guarantee, with any number of hosts on one database:
/// <list type="bullet">
/// <item>A host first <em>claims</em> a batch: one UPDATE stamps due, unclaimed rows with its claim token and a lease
/// (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>; SQLite: one writer at a time). Two hosts never hold one message.</item>
/// <item>Each message is then handed to SMTP and, as soon as the server accepted it, marked sent with a conditional
/// UPDATE (only while the claim is still ours).</item>
/// <item>A failure (refused, unreachable) puts it back with a retry time (30 s, doubling, at most 1 h); after
/// <see cref="NotificationsOptions.MaxAttempts"/> failures it is marked failed and waits for "send again".</item>
/// <item>If the host dies after the SMTP server accepted a message and before the "sent" mark is committed, the lease
/// runs out and another host sends it again: delivery is at least once, with one duplicate possible per message that
/// was in flight at the moment of the crash. Every copy carries the same Message-ID, so mail systems can tell. Nothing
/// queued is ever lost: a message leaves the outbox only as sent, failed (visible, resendable), cancelled or
/// suppressed.</item>
/// </list>
/// </summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IOptions<NotificationsOptions> options,
    KpssClock clock,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Sends everything due now, batch after batch, until nothing due is left unclaimed.</summary>
    public async Task<DispatchResult> DispatchDueAsync(CancellationToken ct = default)
    {
        var total = new DispatchResult(0, 0, 0, 0);
        while (!ct.IsCancellationRequested)
        {
            var batch = await DispatchBatchAsync(ct);
            if (batch.Total == 0) break;
            total = new DispatchResult(total.Sent + batch.Sent, total.Retried + batch.Retried,
                total.Failed + batch.Failed, total.Suppressed + batch.Suppressed);
        }
        return total;
    }

    private async Task<DispatchResult> DispatchBatchAsync(CancellationToken ct)
    {
        var o = options.Value;
        var token = Guid.NewGuid().ToString("N");
        List<OutboxMessage> batch;
        HashSet<string> remindersOff, digestsOff;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
            var now = clock.GetUtcNow().UtcDateTime;
            await ClaimAsync(db, settings.Provider, token, now, now.AddSeconds(o.LeaseSeconds), o.BatchSize, ct);
            batch = await db.Outbox.IgnoreQueryFilters().AsNoTracking().Where(m => m.LockedBy == token).ToListAsync(ct);
            if (batch.Count == 0)
                return new DispatchResult(0, 0, 0, 0);
            var emails = batch.Where(m => m.Category != NotificationCategory.Essential).Select(m => m.ToEmail.ToLowerInvariant()).Distinct().ToList();
            var prefs = await db.Preferences.AsNoTracking().Where(p => emails.Contains(p.Email)).ToListAsync(ct);
            remindersOff = prefs.Where(p => p.RemindersOff).Select(p => p.Email).ToHashSet();
            digestsOff = prefs.Where(p => p.DigestsOff).Select(p => p.Email).ToHashSet();
        }

        int sent = 0, retried = 0, failed = 0, suppressed = 0;
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = o.Parallelism, CancellationToken = ct },
            async (message, token2) =>
            {
                var email = message.ToEmail.ToLowerInvariant();
                var off = message.Category switch
                {
                    NotificationCategory.Reminder => remindersOff.Contains(email),
                    NotificationCategory.Digest => digestsOff.Contains(email),
                    _ => false,
                };
                var outcome = off ? await SuppressAsync(message, token, token2) : await SendAsync(message, token, token2);
                switch (outcome)
                {
                    case OutboxStatus.Sent: Interlocked.Increment(ref sent); break;
                    case OutboxStatus.Pending: Interlocked.Increment(ref retried); break;
                    case OutboxStatus.Failed: Interlocked.Increment(ref failed); break;
                    case OutboxStatus.Suppressed: Interlocked.Increment(ref suppressed); break;
                }
            });
        if (failed > 0 || retried > 0)
            logger.LogWarning("Outbox batch: {Sent} sent, {Retried} to retry, {Failed} failed", sent, retried, failed);
        else
            logger.LogInformation("Outbox batch: {Sent} sent, {Suppressed} suppressed", sent, suppressed);
        return new DispatchResult(sent, retried, failed, suppressed);
    }

    private async Task<OutboxStatus> SendAsync(OutboxMessage message, string token, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var transport = scope.ServiceProvider.GetRequiredService<IMailTransport>();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        try
        {
            await transport.SendAsync(ToMail(message, scope.ServiceProvider.GetRequiredService<PreferenceTokens>()), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var o = options.Value;
            var attempts = message.Attempts + 1;
            // A 5xx for this recipient or this message: the server would refuse it again; other messages go on.
            var giveUp = attempts >= o.MaxAttempts || ex is MailRejectedException;
            var delay = Math.Min(o.MaxRetrySeconds, o.FirstRetrySeconds * Math.Pow(2, attempts - 1));
            var retryAt = clock.GetUtcNow().UtcDateTime.AddSeconds(delay);
            var error = $"{ex.GetType().Name}: {ex.Message}";
            if (error.Length > 2000) error = error[..2000];
            await Mine(db, message.Id, token).ExecuteUpdateAsync(u => u
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.Status, giveUp ? OutboxStatus.Failed : OutboxStatus.Pending)
                .SetProperty(m => m.DueAtUtc, giveUp ? message.DueAtUtc : retryAt)
                .SetProperty(m => m.LockedBy, (string?)null)
                .SetProperty(m => m.LockedUntilUtc, (DateTime?)null), CancellationToken.None);
            logger.LogWarning("Message {MessageId} to {Email}, attempt {Attempt}: {Error}{GiveUp}",
                message.Id, message.ToEmail, attempts, error, giveUp ? "; giving up" : "");
            return giveUp ? OutboxStatus.Failed : OutboxStatus.Pending;
        }

        // Not cancellable: the server has the message, the mark must follow.
        await Mine(db, message.Id, token).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.Status, OutboxStatus.Sent)
            .SetProperty(m => m.SentAtUtc, clock.GetUtcNow().UtcDateTime)
            .SetProperty(m => m.Attempts, message.Attempts + 1)
            .SetProperty(m => m.LockedBy, (string?)null)
            .SetProperty(m => m.LockedUntilUtc, (DateTime?)null), CancellationToken.None);
        return OutboxStatus.Sent;
    }

    private async Task<OutboxStatus> SuppressAsync(OutboxMessage message, string token, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        await Mine(db, message.Id, token).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.Status, OutboxStatus.Suppressed)
            .SetProperty(m => m.LockedBy, (string?)null)
            .SetProperty(m => m.LockedUntilUtc, (DateTime?)null), ct);
        return OutboxStatus.Suppressed;
    }

    private static IQueryable<OutboxMessage> Mine(NotificationsDbContext db, long id, string token) =>
        db.Outbox.IgnoreQueryFilters().Where(m => m.Id == id && m.LockedBy == token);

    internal static OutgoingMail ToMail(OutboxMessage m, PreferenceTokens preferences)
    {
        var headers = new Dictionary<string, string> { ["Message-ID"] = $"<outbox-{m.Id}-{m.CreatedAtUtc.Ticks}@kpss.platform>" };
        if (m.Category != NotificationCategory.Essential)
        {
            // RFC 8058: mail clients offer a one-click "unsubscribe" that posts to this address.
            headers["List-Unsubscribe"] = $"<{preferences.OneClickUnsubscribeUrl(m.ToEmail)}>";
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
        }
        return new OutgoingMail(m.ToEmail, m.Subject, m.TextBody, m.HtmlBody)
        {
            ToName = m.ToName,
            Calendar = m.CalendarMethod is not null && m.CalendarContent is not null ? new CalendarPart(m.CalendarMethod, m.CalendarContent) : null,
            Headers = headers,
        };
    }

    /// <summary>
    /// Stamps up to <paramref name="limit"/> due, unclaimed (or lease-expired) pending messages with
    /// <paramref name="token"/>. PostgreSQL and MySQL/MariaDB skip the rows another host is claiming at that moment
    /// (<c>FOR UPDATE SKIP LOCKED</c>); SQLite has one writer at a time anyway.
    /// </summary>
    private static async Task ClaimAsync(NotificationsDbContext db, DatabaseProvider provider, string token, DateTime now, DateTime leaseUntil, int limit, CancellationToken ct)
    {
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    UPDATE notifications.outbox_messages SET "LockedBy" = {token}, "LockedUntilUtc" = {leaseUntil}
                    WHERE "Id" IN (
                        SELECT "Id" FROM notifications.outbox_messages
                        WHERE "Status" = 'Pending' AND "DueAtUtc" <= {now} AND ("LockedUntilUtc" IS NULL OR "LockedUntilUtc" < {now})
                        ORDER BY "DueAtUtc", "Id" LIMIT {limit}
                        FOR UPDATE SKIP LOCKED)
                    """, ct);
                break;
            case DatabaseProvider.MySql:
                // MySQL cannot LIMIT a subquery of the table it updates: select the rows (locking them, skipping those
                // locked by another host), then stamp them, in one short transaction. READ COMMITTED takes no gap locks;
                // InnoDB may still pick this transaction as a deadlock victim, and then the claim is simply tried again.
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        await ClaimOnMySqlAsync(db, token, now, leaseUntil, limit, ct);
                        return;
                    }
                    catch (Exception e) when (attempt < 5 && IsDeadlock(e))
                    {
                        db.ChangeTracker.Clear();
                        await Task.Delay(Random.Shared.Next(10, 50 * attempt), ct);
                    }
                }
            default:
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    UPDATE outbox_messages SET "LockedBy" = {token}, "LockedUntilUtc" = {leaseUntil}
                    WHERE "Id" IN (
                        SELECT "Id" FROM outbox_messages
                        WHERE "Status" = 'Pending' AND "DueAtUtc" <= {now} AND ("LockedUntilUtc" IS NULL OR "LockedUntilUtc" < {now})
                        ORDER BY "DueAtUtc", "Id" LIMIT {limit})
                    """, ct);
                break;
        }
    }

    private static async Task ClaimOnMySqlAsync(NotificationsDbContext db, string token, DateTime now, DateTime leaseUntil, int limit, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.ReadCommitted, ct);
        var ids = await db.Database.SqlQuery<long>($"""
            SELECT `Id` AS `Value` FROM notifications_outbox_messages
            WHERE `Status` = 'Pending' AND `DueAtUtc` <= {now} AND (`LockedUntilUtc` IS NULL OR `LockedUntilUtc` < {now})
            ORDER BY `DueAtUtc`, `Id` LIMIT {limit}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        if (ids.Count > 0)
        {
            await db.Outbox.IgnoreQueryFilters().Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(u => u
                .SetProperty(m => m.LockedBy, token)
                .SetProperty(m => m.LockedUntilUtc, leaseUntil), ct);
        }
        await tx.CommitAsync(ct);
    }

    private static bool IsDeadlock(Exception e) =>
        e is MySqlConnector.MySqlException { ErrorCode: MySqlConnector.MySqlErrorCode.LockDeadlock or MySqlConnector.MySqlErrorCode.LockWaitTimeout }
        || (e.InnerException is not null && IsDeadlock(e.InnerException));
}

namespace Kpss.Notifications.Contracts;

/// <summary>
/// Asks Notifications to send email. Messages go to the outbox in the caller's database transaction (the scope's
/// DbSession): if the caller's work rolls back, nothing is sent; once committed, nothing is lost. Notifications writes
/// the Czech text from the content record and sends when the message is due.
/// </summary>
public interface INotificationOutbox
{
    /// <summary>
    /// Queues messages. A message with a <see cref="NotificationRequest.Key"/> replaces any pending message with the
    /// same key (a reminder moved with its meeting).
    /// </summary>
    Task EnqueueAsync(IReadOnlyCollection<NotificationRequest> requests, CancellationToken ct = default);

    /// <summary>Cancels pending messages whose key starts with <paramref name="keyPrefix"/>; returns how many.</summary>
    Task<int> CancelAsync(string keyPrefix, CancellationToken ct = default);
}

/// <param name="KrajCode">The kraj whose coordinators see the message in their delivery log.</param>
/// <param name="DueAtUtc">When to send; null: as soon as possible.</param>
/// <param name="Key">Identifies a replaceable message, e.g. <c>meeting:42:reminder:7</c>.</param>
public sealed record NotificationRequest(
    string KrajCode,
    Recipient Recipient,
    NotificationContent Content,
    DateTime? DueAtUtc = null,
    string? Key = null);

public sealed record Recipient(string Email, string? Name);

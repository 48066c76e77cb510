namespace Kpss.Modules.Abstractions.Mail;

/// <summary>An email ready to go: Czech plain text, optionally an HTML alternative.</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody, string? HtmlBody = null);

/// <summary>
/// Hands one message to the configured transport (an SMTP server, or .eml files in a folder). It does no queueing or
/// retrying: that belongs to whoever calls it (the Notifications module's outbox).
/// </summary>
public interface IMailTransport
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}

namespace Kpss.Modules.Abstractions.Mail;

/// <summary>An email ready to go: Czech plain text, optionally an HTML alternative and an iCalendar part.</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody, string? HtmlBody = null)
{
    public string? ToName { get; init; }

    /// <summary>An iCalendar object (RFC 5546) sent as the text/calendar alternative with its METHOD.</summary>
    public CalendarPart? Calendar { get; init; }

    /// <summary>Extra headers, e.g. Message-ID or List-Unsubscribe.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

public sealed record CalendarPart(string Method, string Content);

/// <summary>
/// Hands one message to the configured transport (an SMTP server, or .eml files in a folder). It does no queueing or
/// retrying: that belongs to whoever calls it (the Notifications module's outbox). Any exception means "not sent, try
/// again later", except <see cref="MailRejectedException"/>.
/// </summary>
public interface IMailTransport
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}

/// <summary>
/// The SMTP server refused this message for good (a 5xx reply to its recipient or its content): sending it again
/// would be refused again. Other messages are not affected.
/// </summary>
public sealed class MailRejectedException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The server's reply code, e.g. 550.</summary>
    public int? SmtpStatus { get; init; }
}

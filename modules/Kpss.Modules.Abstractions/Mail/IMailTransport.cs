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
/// retrying: that belongs to whoever calls it (the Notifications module's outbox).
/// </summary>
public interface IMailTransport
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}

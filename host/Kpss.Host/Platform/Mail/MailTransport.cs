using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Kpss.Modules.Abstractions.Mail;
using Microsoft.Extensions.Options;

namespace Kpss.Host.Platform.Mail;

public enum MailTransportKind
{
    /// <summary>Write each message as an .eml file into <see cref="MailOptions.PickupDirectory"/>.</summary>
    Pickup,
    /// <summary>Send through the SMTP server in <see cref="MailOptions.Smtp"/>.</summary>
    Smtp,
}

public sealed class MailOptions
{
    public MailTransportKind Transport { get; set; } = MailTransportKind.Pickup;
    public string From { get; set; } = "noreply@kpss.localhost";
    public string FromName { get; set; } = "Komunitní plánování sociálních služeb";
    /// <summary>Relative paths are taken from the data folder.</summary>
    public string PickupDirectory { get; set; } = "outbox";
    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    /// <summary>STARTTLS (typically on port 587). System.Net.Mail has no implicit TLS on port 465.</summary>
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>The mail transport on <see cref="SmtpClient"/> (MailKit is not available here; see ENVIRONMENT.md).</summary>
internal sealed class SmtpMailTransport(IOptions<MailOptions> options, StoragePaths paths) : IMailTransport
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        using var message = Build(mail, o);
        using var client = new SmtpClient();
        if (o.Transport == MailTransportKind.Pickup)
        {
            var dir = paths.Resolve(o.PickupDirectory);
            Directory.CreateDirectory(dir);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = dir;
        }
        else
        {
            client.DeliveryMethod = SmtpDeliveryMethod.Network;
            client.Host = o.Smtp.Host;
            client.Port = o.Smtp.Port;
            client.EnableSsl = o.Smtp.EnableSsl;
            client.Timeout = o.Smtp.TimeoutSeconds * 1000;
            if (!string.IsNullOrEmpty(o.Smtp.UserName))
                client.Credentials = new NetworkCredential(o.Smtp.UserName, o.Smtp.Password);
        }
        await client.SendMailAsync(message, cancellationToken);
    }

    internal static MailMessage Build(OutgoingMail mail, MailOptions o)
    {
        var message = new MailMessage
        {
            From = new MailAddress(o.From, o.FromName, Encoding.UTF8),
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            Body = mail.TextBody,
            IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(mail.To, mail.ToName, Encoding.UTF8));
        foreach (var (name, value) in mail.Headers)
            message.Headers[name] = value;
        // The plain text stays the body; HTML and the calendar follow as alternatives of multipart/alternative,
        // the way Outlook, Gmail and Thunderbird expect an invitation.
        if (mail.HtmlBody is not null)
            message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(mail.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html));
        if (mail.Calendar is not null)
        {
            var calendar = AlternateView.CreateAlternateViewFromString(mail.Calendar.Content,
                new ContentType($"text/calendar; method={mail.Calendar.Method}; charset=utf-8"));
            calendar.TransferEncoding = TransferEncoding.Base64;
            message.AlternateViews.Add(calendar);
        }
        return message;
    }
}

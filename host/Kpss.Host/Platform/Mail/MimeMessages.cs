using Kpss.Modules.Abstractions.Mail;
using MimeKit;
using MimeKit.Cryptography;

namespace Kpss.Host.Platform.Mail;

/// <summary>Builds the MIME message of an <see cref="OutgoingMail"/>, signed with DKIM when configured.</summary>
internal sealed class MimeMessages
{
    private static readonly HeaderId[] SignedHeaders =
        [HeaderId.From, HeaderId.To, HeaderId.Subject, HeaderId.Date, HeaderId.MessageId, HeaderId.MimeVersion, HeaderId.ContentType];

    private readonly MailOptions _options;
    private readonly DkimSigner? _signer;

    public MimeMessages(MailOptions options)
    {
        _options = options;
        if (options.Dkim.Enabled)
        {
            var path = options.Dkim.PrivateKeyPath!;
            if (!File.Exists(path))
                throw new InvalidOperationException($"Mail:Dkim:PrivateKeyPath: soubor {path} neexistuje.");
            _signer = new DkimSigner(path, options.Dkim.Domain!, options.Dkim.Selector!)
            {
                HeaderCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
                BodyCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
                SignatureAlgorithm = DkimSignatureAlgorithm.RsaSha256,
            };
        }
    }

    public MimeMessage Build(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(_options.FromName, _options.From));
        message.To.Add(new MailboxAddress(mail.ToName ?? "", mail.To));
        message.Subject = mail.Subject;
        message.Date = DateTimeOffset.UtcNow;
        foreach (var (name, value) in mail.Headers)
        {
            if (name.Equals("Message-ID", StringComparison.OrdinalIgnoreCase))
                message.MessageId = value.Trim().TrimStart('<').TrimEnd('>');
            else
                message.Headers.Replace(Unfolded(name, value));
        }
        if (string.IsNullOrEmpty(message.MessageId))
            message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(DomainOf(_options.From));

        // Plain text first, then HTML and the calendar as alternatives of multipart/alternative: the way Outlook, Gmail
        // and Thunderbird expect an invitation (RFC 6047).
        var text = new TextPart("plain") { Text = mail.TextBody };
        text.ContentType.Charset = "utf-8";
        if (mail.HtmlBody is null && mail.Calendar is null)
        {
            message.Body = text;
        }
        else
        {
            var alternative = new MultipartAlternative { text };
            if (mail.HtmlBody is not null)
            {
                var html = new TextPart("html") { Text = mail.HtmlBody };
                html.ContentType.Charset = "utf-8";
                alternative.Add(html);
            }
            if (mail.Calendar is not null)
            {
                var calendar = new TextPart("calendar") { Text = mail.Calendar.Content, ContentTransferEncoding = ContentEncoding.Base64 };
                calendar.ContentType.Charset = "utf-8";
                calendar.ContentType.Parameters.Add("method", mail.Calendar.Method);
                alternative.Add(calendar);
            }
            message.Body = alternative;
        }

        // Transfer encodings fixed now (quoted-printable or base64 for Czech text): 7bit passes every relay, and DKIM
        // signs the bytes exactly as they will be sent.
        message.Prepare(EncodingConstraint.SevenBit);
        _signer?.Sign(message, SignedHeaders);
        return message;
    }

    /// <summary>
    /// A header given by the caller, as given: MimeKit would fold a long ASCII value (List-Unsubscribe's URL) where a
    /// mail client may not join it back; up to 998 characters a line are allowed (RFC 5322).
    /// </summary>
    private static Header Unfolded(string name, string value)
    {
        var header = new Header(name, value);
        if (value.Length < 990 && value.All(c => c is >= ' ' and <= '~'))
            header.SetRawValue(System.Text.Encoding.ASCII.GetBytes($" {value}\r\n"));
        return header;
    }

    private static string DomainOf(string address) => address[(address.LastIndexOf('@') + 1)..];
}

namespace Kpss.Host.Platform.Mail;

public enum MailTransportKind
{
    /// <summary>Write each message as an .eml file into <see cref="MailOptions.PickupDirectory"/>.</summary>
    Pickup,
    /// <summary>Send through the SMTP server in <see cref="MailOptions.Smtp"/>.</summary>
    Smtp,
}

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Implicit TLS on port 465, otherwise STARTTLS when the server offers it.</summary>
    Auto,
    /// <summary>Plain text (a relay on the same machine or network only).</summary>
    None,
    /// <summary>STARTTLS, required (typically port 587).</summary>
    StartTls,
    /// <summary>TLS from the first byte (SMTPS, typically port 465).</summary>
    SslOnConnect,
}

public sealed class MailOptions
{
    public MailTransportKind Transport { get; set; } = MailTransportKind.Pickup;
    public string From { get; set; } = "noreply@kpss.localhost";
    public string FromName { get; set; } = "Komunitní plánování sociálních služeb";
    /// <summary>Relative paths are taken from the data folder.</summary>
    public string PickupDirectory { get; set; } = "outbox";
    public SmtpOptions Smtp { get; set; } = new();
    public DkimOptions Dkim { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;
    /// <summary>Older setting: true is <see cref="SmtpSecurity.StartTls"/>.</summary>
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>For each SMTP command (connect, each reply), not for a whole batch.</summary>
    public int TimeoutSeconds { get; set; } = 30;
    /// <summary>At most this many connections kept open between messages (they are reused across a batch).</summary>
    public int MaxIdleConnections { get; set; } = 8;
    /// <summary>An idle connection older than this is closed rather than reused (servers drop idle clients).</summary>
    public int IdleSeconds { get; set; } = 20;
    /// <summary>
    /// A certificate file (PEM or DER) the server's certificate must equal, for a relay with its own self-signed
    /// certificate; without it the system's trust store decides.
    /// </summary>
    public string? TrustedCertificatePath { get; set; }

    public SmtpSecurity EffectiveSecurity => EnableSsl && Security == SmtpSecurity.Auto ? SmtpSecurity.StartTls : Security;
}

/// <summary>DKIM signing (RFC 6376), so that the kraj's mail passes DMARC: on when Domain, Selector and the key are set.</summary>
public sealed class DkimOptions
{
    /// <summary>The signing domain (d=), e.g. kraj-jihocesky.cz; it must match the From domain for DMARC.</summary>
    public string? Domain { get; set; }
    /// <summary>The selector (s=): the public key is published at &lt;selector&gt;._domainkey.&lt;domain&gt;.</summary>
    public string? Selector { get; set; }
    /// <summary>The RSA private key, PEM.</summary>
    public string? PrivateKeyPath { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Domain) && !string.IsNullOrWhiteSpace(Selector) && !string.IsNullOrWhiteSpace(PrivateKeyPath);
}

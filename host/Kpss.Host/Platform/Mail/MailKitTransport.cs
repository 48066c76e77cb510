using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Kpss.Modules.Abstractions.Mail;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Kpss.Host.Platform.Mail;

/// <summary>
/// The mail transport on MailKit: an SMTP server (STARTTLS or implicit TLS, authentication, connections reused across
/// a batch) or a pickup folder of .eml files (the same bytes). SMTP replies are sorted: a 5xx to a recipient or to the
/// message fails that message only (<see cref="MailRejectedException"/>); 4xx replies, timeouts and broken connections
/// are for trying again later.
/// </summary>
internal sealed class MailKitTransport : Kpss.Modules.Abstractions.Mail.IMailTransport, IAsyncDisposable
{
    private readonly MailOptions _options;
    private readonly StoragePaths _paths;
    private readonly MimeMessages _messages;
    private readonly ILogger<MailKitTransport> _logger;
    private readonly ConcurrentQueue<(SmtpClient Client, DateTime IdleSince)> _idle = new();
    private readonly X509Certificate2? _trusted;
    private bool _disposed;

    public MailKitTransport(IOptions<MailOptions> options, StoragePaths paths, ILogger<MailKitTransport> logger)
    {
        _options = options.Value;
        _paths = paths;
        _logger = logger;
        _messages = new MimeMessages(_options);
        if (!string.IsNullOrWhiteSpace(_options.Smtp.TrustedCertificatePath))
            _trusted = X509CertificateLoader.LoadCertificateFromFile(_options.Smtp.TrustedCertificatePath);
    }

    /// <summary>Connections opened since the start (a measure of reuse).</summary>
    public int ConnectionsOpened => _opened;
    private int _opened;

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        var message = _messages.Build(mail);
        if (_options.Transport == MailTransportKind.Pickup)
        {
            await WritePickupAsync(message, cancellationToken);
            return;
        }

        var (client, reused) = await TakeAsync(cancellationToken);
        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (reused && IsBrokenConnection(e))
        {
            // The server closed the idle connection meanwhile: once more on a new one.
            client.Dispose();
            (client, _) = await ConnectNewAsync(cancellationToken);
            try
            {
                await client.SendAsync(message, cancellationToken);
            }
            catch (Exception again)
            {
                client.Dispose();
                throw Classify(again);
            }
        }
        catch (Exception e)
        {
            // After any error the connection's state is unknown: it is not reused.
            client.Dispose();
            throw Classify(e);
        }
        Return(client);
    }

    // CRLF line ends, as on the wire (RFC 5322), whatever the platform.
    private static readonly FormatOptions PickupFormat = new() { NewLineFormat = NewLineFormat.Dos };

    private async Task WritePickupAsync(MimeMessage message, CancellationToken ct)
    {
        var dir = _paths.Resolve(_options.PickupDirectory);
        Directory.CreateDirectory(dir);
        var name = $"{Guid.NewGuid():N}";
        var temp = Path.Combine(dir, name + ".tmp");
        // Written aside and renamed: a reader of the folder never sees half a message.
        await message.WriteToAsync(PickupFormat, temp, ct);
        File.Move(temp, Path.Combine(dir, name + ".eml"));
    }

    private async Task<(SmtpClient Client, bool Reused)> TakeAsync(CancellationToken ct)
    {
        var maxIdle = TimeSpan.FromSeconds(Math.Max(1, _options.Smtp.IdleSeconds));
        while (_idle.TryDequeue(out var idle))
        {
            if (idle.Client.IsConnected && DateTime.UtcNow - idle.IdleSince < maxIdle)
                return (idle.Client, true);
            await CloseAsync(idle.Client);
        }
        return await ConnectNewAsync(ct);
    }

    private async Task<(SmtpClient, bool)> ConnectNewAsync(CancellationToken ct)
    {
        var smtp = _options.Smtp;
        var client = new SmtpClient { Timeout = Math.Max(1, smtp.TimeoutSeconds) * 1000 };
        if (_trusted is not null)
            client.ServerCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && certificate.GetCertHashString() == _trusted.GetCertHashString();
        try
        {
            var security = smtp.EffectiveSecurity switch
            {
                SmtpSecurity.None => SecureSocketOptions.None,
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                _ => smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable,
            };
            await client.ConnectAsync(smtp.Host, smtp.Port, security, ct);
            if (!string.IsNullOrEmpty(smtp.UserName))
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
        }
        catch (Exception e)
        {
            client.Dispose();
            throw e is OperationCanceledException ? e : new MailTransportException($"SMTP server {smtp.Host}:{smtp.Port}: {e.Message}", e);
        }
        Interlocked.Increment(ref _opened);
        return (client, false);
    }

    private void Return(SmtpClient client)
    {
        if (_disposed || _idle.Count >= Math.Max(0, _options.Smtp.MaxIdleConnections))
        {
            _ = CloseAsync(client);
            return;
        }
        _idle.Enqueue((client, DateTime.UtcNow));
    }

    private async Task CloseAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected)
                await client.DisconnectAsync(quit: true);
        }
        catch (Exception e) when (e is IOException or SocketException or ProtocolException or OperationCanceledException or TimeoutException)
        {
            _logger.LogDebug(e, "Closing an idle SMTP connection failed");
        }
        finally
        {
            client.Dispose();
        }
    }

    private static bool IsBrokenConnection(Exception e) =>
        e is ServiceNotConnectedException or IOException or SocketException or SmtpProtocolException
        || (e is SmtpCommandException { StatusCode: SmtpStatusCode.ServiceNotAvailable });

    /// <summary>A 5xx to a recipient or to the message is final for that message; everything else is worth a retry.</summary>
    private static Exception Classify(Exception e) => e switch
    {
        OperationCanceledException or MailTransportException => e,
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted } c when (int)c.StatusCode >= 500 =>
            new MailRejectedException($"SMTP {(int)c.StatusCode}: {c.Message}", c) { SmtpStatus = (int)c.StatusCode },
        SmtpCommandException c => new MailTransportException($"SMTP {(int)c.StatusCode}: {c.Message}", c),
        _ => new MailTransportException($"{e.GetType().Name}: {e.Message}", e),
    };

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryDequeue(out var idle))
            await CloseAsync(idle.Client);
    }
}

/// <summary>Not sent this time (server unreachable, timeout, a 4xx reply, TLS or login failed): try again later.</summary>
public sealed class MailTransportException(string message, Exception inner) : Exception(message, inner);

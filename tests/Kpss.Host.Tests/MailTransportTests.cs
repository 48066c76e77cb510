using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kpss.Host.Platform;
using Kpss.Host.Platform.Mail;
using Kpss.Modules.Abstractions.Mail;
using Kpss.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kpss.Host.Tests;

/// <summary>The MailKit transport against real SMTP servers (aiosmtpd): plain, STARTTLS with a login, implicit TLS.</summary>
[Trait(Runs.Key, Runs.Once)]
public sealed class MailTransportTests(SmtpServer smtp) : IClassFixture<SmtpServer>
{
    private static readonly OutgoingMail Mail = new(
        "clen.skupiny@example.cz",
        "Pozvánka: pracovní skupina Senioři – 29. 3. 2018",
        "Dobrý den,\nzveme vás na jednání pracovní skupiny Osoby ohrožené sociálním vyloučením.",
        "<p>Dobrý den,</p><p>zveme vás na jednání pracovní skupiny <strong>Osoby ohrožené sociálním vyloučením</strong>.</p>")
    {
        ToName = "Členka Skupiny",
        Headers = new Dictionary<string, string> { ["Message-ID"] = "<outbox-1-2@kpss.platform>", ["List-Unsubscribe"] = "<https://kpss.example/odhlasit>" },
    };

    private static MailKitTransport Transport(MailOptions options, string? data = null) =>
        new(Options.Create(options), new StoragePaths(data ?? RepoPaths.NewTempDirectory("kpss-data")), NullLogger<MailKitTransport>.Instance);

    private static MailOptions Smtp(int port, Action<SmtpOptions>? configure = null)
    {
        var options = new MailOptions { Transport = MailTransportKind.Smtp, Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, TimeoutSeconds = 5 } };
        configure?.Invoke(options.Smtp);
        return options;
    }

    [Fact]
    public async Task Pickup_WritesAnEmlWithCzechSubjectAndBothParts()
    {
        var data = RepoPaths.NewTempDirectory("kpss-data");
        await using var transport = Transport(new MailOptions { Transport = MailTransportKind.Pickup }, data);

        await transport.SendAsync(Mail);

        var file = Assert.Single(Directory.GetFiles(Path.Combine(data, "outbox")));
        Assert.EndsWith(".eml", file);
        var message = EmlMessage.Load(file);
        AssertIsTheMail(message);
        Assert.Equal("<outbox-1-2@kpss.platform>", message.Headers["Message-ID"]);
        Assert.Equal("<https://kpss.example/odhlasit>", message.Headers["List-Unsubscribe"]);
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Smtp_DeliversToARealServer()
    {
        var before = smtp.Messages.Count();
        await using var transport = Transport(Smtp(smtp.Port));

        await transport.SendAsync(Mail with { To = "jednou@example.cz" });

        var received = Assert.Single(smtp.Received(), m => m.IsTo("jednou@example.cz"));
        AssertIsTheMail(received.Message, to: "jednou@example.cz");
        Assert.Equal(before + 1, smtp.Messages.Count());
    }

    [Fact]
    public async Task Smtp_ABatchGoesOverOneConnection()
    {
        await using var transport = Transport(Smtp(smtp.Port));
        var recipients = Enumerable.Range(1, 25).Select(i => $"davka-{i}@example.cz").ToList();

        foreach (var to in recipients)
            await transport.SendAsync(Mail with { To = to });

        Assert.Equal(1, transport.ConnectionsOpened);
        await smtp.WaitForAsync(m => recipients.Any(m.IsTo), recipients.Count);
    }

    [Fact]
    public async Task Smtp_ARefusedRecipient_FailsThatMessageForGood_AndTheNextOneStillGoes()
    {
        await using var transport = Transport(Smtp(smtp.Port));

        var refused = await Assert.ThrowsAsync<MailRejectedException>(() => transport.SendAsync(Mail with { To = "neexistuje@example.cz" }));
        await transport.SendAsync(Mail with { To = "po-odmitnuti@example.cz" });

        Assert.Equal(550, refused.SmtpStatus);
        await smtp.WaitForAsync(m => m.IsTo("po-odmitnuti@example.cz"), 1);
        Assert.DoesNotContain(smtp.Received(), m => m.IsTo("neexistuje@example.cz"));
    }

    [Fact]
    public async Task Smtp_WhenTheServerIsDown_ItIsForTryingAgain_NotARejection()
    {
        await using var transport = Transport(Smtp(TestEnvironmentPorts.Closed()));

        var error = await Assert.ThrowsAsync<MailTransportException>(() => transport.SendAsync(Mail));

        Assert.IsNotType<MailRejectedException>(error);
    }

    [Fact]
    public async Task StartTls_WithALogin_OnAServerWithItsOwnCertificate()
    {
        using var files = new TlsFiles();
        await using var server = new SmtpServer { StartTls = (files.Certificate, files.Key), Login = ("kraj", "Tajne-heslo-1") };
        await server.InitializeAsync();
        await using var transport = Transport(Smtp(server.Port, s =>
        {
            s.Security = SmtpSecurity.StartTls;
            s.UserName = "kraj";
            s.Password = "Tajne-heslo-1";
            s.TrustedCertificatePath = files.Certificate;
        }));
        await using var wrongPassword = Transport(Smtp(server.Port, s =>
        {
            s.Security = SmtpSecurity.StartTls;
            s.UserName = "kraj";
            s.Password = "spatne";
            s.TrustedCertificatePath = files.Certificate;
        }));
        await using var untrusted = Transport(Smtp(server.Port, s => s.Security = SmtpSecurity.StartTls));

        await transport.SendAsync(Mail);

        AssertIsTheMail(Assert.Single(server.Received()).Message);
        await Assert.ThrowsAsync<MailTransportException>(() => wrongPassword.SendAsync(Mail));
        await Assert.ThrowsAsync<MailTransportException>(() => untrusted.SendAsync(Mail));
        Assert.Single(server.Received());
    }

    [Fact]
    public async Task ImplicitTls_OnPort465Style_Server()
    {
        using var files = new TlsFiles();
        await using var server = new SmtpServer { ImplicitTls = (files.Certificate, files.Key) };
        await server.InitializeAsync();
        await using var transport = Transport(Smtp(server.Port, s =>
        {
            s.Security = SmtpSecurity.SslOnConnect;
            s.TrustedCertificatePath = files.Certificate;
        }));

        await transport.SendAsync(Mail);

        AssertIsTheMail(Assert.Single(server.Received()).Message);
    }

    [Fact]
    public async Task Dkim_SignsWhatAnIndependentVerifierAccepts_AndATamperedCopyFails()
    {
        var data = RepoPaths.NewTempDirectory("kpss-data");
        using var rsa = RSA.Create(2048);
        var keyFile = Path.Combine(data, "dkim.pem");
        await File.WriteAllTextAsync(keyFile, PemEncoding.WriteString("RSA PRIVATE KEY", rsa.ExportRSAPrivateKey()));
        var publicKey = Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo());
        var options = new MailOptions
        {
            Transport = MailTransportKind.Pickup,
            From = "noreply@kraj-jihocesky.example",
            Dkim = new DkimOptions { Domain = "kraj-jihocesky.example", Selector = "kpss2026", PrivateKeyPath = keyFile },
        };
        await using var transport = Transport(options, data);

        await transport.SendAsync(Mail);

        var file = Assert.Single(Directory.GetFiles(Path.Combine(data, "outbox")));
        var raw = await File.ReadAllTextAsync(file);
        Assert.Contains("DKIM-Signature:", raw);
        Assert.Contains("d=kraj-jihocesky.example", raw);
        Assert.Equal("ok", await VerifyDkimAsync(file, publicKey));
        var tampered = Path.Combine(data, "tampered.eml");
        Assert.Contains("Skupiny <clen.skupiny@example.cz>", raw);
        await File.WriteAllTextAsync(tampered, raw.Replace("Skupiny <clen.skupiny@example.cz>", "Skupiny <jiny@example.cz>", StringComparison.Ordinal));
        Assert.StartsWith("failed", await VerifyDkimAsync(tampered, publicKey));
        Directory.Delete(data, recursive: true);
    }

    private static async Task<string> VerifyDkimAsync(string file, string publicKey)
    {
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/python3",
            [Path.Combine(RepoPaths.Root, "tests", "tools", "verify_dkim.py"), file, publicKey]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Trim() + error.Trim();
    }

    private static void AssertIsTheMail(EmlMessage message, string to = "clen.skupiny@example.cz")
    {
        Assert.Equal(Mail.Subject, message.Subject);
        Assert.Contains(to, message.Headers["To"]);
        Assert.Contains("noreply@", message.Headers["From"]);
        Assert.Equal(Mail.TextBody, message.Text("text/plain").TrimEnd().ReplaceLineEndings("\n"));
        Assert.Contains("<strong>Osoby ohrožené sociálním vyloučením</strong>", message.Text("text/html"));
    }

    /// <summary>A self-signed certificate and its key as PEM files, for a test server's TLS.</summary>
    private sealed class TlsFiles : IDisposable
    {
        private readonly string _dir = RepoPaths.NewTempDirectory("kpss-tls");

        public TlsFiles()
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            Certificate = Path.Combine(_dir, "server.crt");
            Key = Path.Combine(_dir, "server.key");
            File.WriteAllText(Certificate, certificate.ExportCertificatePem());
            File.WriteAllText(Key, key.ExportPkcs8PrivateKeyPem());
        }

        public string Certificate { get; }

        public string Key { get; }

        public void Dispose() => Directory.Delete(_dir, recursive: true);
    }

    private static class TestEnvironmentPorts
    {
        /// <summary>A loopback port nobody listens on.</summary>
        public static int Closed()
        {
            var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}

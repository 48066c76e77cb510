using Kpss.Host.Platform;
using Kpss.Host.Platform.Mail;
using Kpss.Host.Tests.Infrastructure;
using Kpss.Testing;
using Kpss.Modules.Abstractions.Mail;
using Microsoft.Extensions.Options;

namespace Kpss.Host.Tests;

public sealed class MailTransportTests(SmtpServer smtp) : IClassFixture<SmtpServer>
{
    private static readonly OutgoingMail Mail = new(
        "clen.skupiny@example.cz",
        "Pozvánka: pracovní skupina Senioři – 29. 3. 2018",
        "Dobrý den,\nzveme vás na jednání pracovní skupiny Osoby ohrožené sociálním vyloučením.",
        "<p>Dobrý den,</p><p>zveme vás na jednání pracovní skupiny <strong>Osoby ohrožené sociálním vyloučením</strong>.</p>");

    [Fact]
    public async Task Pickup_WritesAnEmlWithCzechSubjectAndBothParts()
    {
        var data = RepoPaths.NewTempDirectory("kpss-data");
        var transport = new SmtpMailTransport(Options.Create(new MailOptions { Transport = MailTransportKind.Pickup }), new StoragePaths(data));

        await transport.SendAsync(Mail);

        var message = EmlMessage.Load(Assert.Single(Directory.GetFiles(Path.Combine(data, "outbox"), "*.eml")));
        AssertIsTheMail(message);
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Smtp_DeliversToARealServer()
    {
        var options = new MailOptions { Transport = MailTransportKind.Smtp, Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port } };
        var transport = new SmtpMailTransport(Options.Create(options), new StoragePaths(RepoPaths.NewTempDirectory("kpss-data")));

        await transport.SendAsync(Mail);

        AssertIsTheMail(EmlMessage.Parse(File.ReadAllText(Assert.Single(smtp.Messages)).ReplaceLineEndings("\r\n")));
    }

    [Fact]
    public async Task Smtp_WhenTheServerIsDown_Throws()
    {
        var options = new MailOptions { Transport = MailTransportKind.Smtp, Smtp = new SmtpOptions { Host = "127.0.0.1", Port = 1, TimeoutSeconds = 5 } };
        var transport = new SmtpMailTransport(Options.Create(options), new StoragePaths(RepoPaths.NewTempDirectory("kpss-data")));

        await Assert.ThrowsAsync<System.Net.Mail.SmtpException>(() => transport.SendAsync(Mail));
    }

    private static void AssertIsTheMail(EmlMessage message)
    {
        Assert.Equal(Mail.Subject, message.Subject);
        Assert.Contains("clen.skupiny@example.cz", message.Headers["To"]);
        Assert.Contains("noreply@kpss.localhost", message.Headers["From"]);
        Assert.Equal(Mail.TextBody, message.Text("text/plain").TrimEnd());
        Assert.Contains("<strong>Osoby ohrožené sociálním vyloučením</strong>", message.Text("text/html"));
    }
}

using System.Net;
using System.Text;
using Kpss.Host.Platform.Data;
using Kpss.Modules.Abstractions.Mail;
using Microsoft.AspNetCore.WebUtilities;

namespace Kpss.Host.Features.Account;

/// <summary>Emails about the account itself. (Meeting mail belongs to the Notifications module.)</summary>
public sealed class AccountMails(IMailTransport transport, IConfiguration configuration)
{
    public Task SendPasswordResetAsync(KpssUser user, string token, HttpRequest request, CancellationToken ct)
    {
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var configured = configuration["Platform:PublicUrl"];
        var baseUrl = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured.TrimEnd('/');
        var link = $"{baseUrl}/ucet/nove-heslo?uzivatel={Uri.EscapeDataString(user.Id)}&kod={code}";
        var greeting = string.IsNullOrWhiteSpace(user.DisplayName) ? "Dobrý den," : $"Dobrý den, {user.DisplayName},";

        var text = $"""
            {greeting}

            někdo (nejspíš vy) požádal o nové heslo k vašemu účtu na platformě Komunitní plánování sociálních služeb.
            Nové heslo si nastavíte na této adrese (platí 2 hodiny):

            {link}

            Pokud jste o nové heslo nežádali, tento e-mail můžete smazat; vaše heslo zůstává beze změny.
            """;
        var html = $"""
            <p>{WebUtility.HtmlEncode(greeting)}</p>
            <p>někdo (nejspíš vy) požádal o nové heslo k vašemu účtu na platformě Komunitní plánování sociálních služeb.</p>
            <p><a href="{WebUtility.HtmlEncode(link)}">Nastavit nové heslo</a> (odkaz platí 2 hodiny)</p>
            <p>Pokud jste o nové heslo nežádali, tento e-mail můžete smazat; vaše heslo zůstává beze změny.</p>
            """;
        return transport.SendAsync(new OutgoingMail(user.Email!, "Obnovení hesla – Komunitní plánování sociálních služeb", text, html), ct);
    }
}

using System.Net;
using System.Text;
using Kpss.Host.Platform.Data;
using Kpss.Modules.Abstractions.Mail;
using Microsoft.AspNetCore.WebUtilities;

namespace Kpss.Host.Features.Account;

/// <summary>Emails about the account itself. (Meeting mail belongs to the Notifications module.)</summary>
public sealed class AccountMails(IMailTransport transport, Kpss.Modules.Abstractions.IPublicUrls urls)
{
    public Task SendPasswordResetAsync(KpssUser user, string token, CancellationToken ct)
    {
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = urls.Absolute($"/ucet/nove-heslo?uzivatel={Uri.EscapeDataString(user.Id)}&kod={code}");
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

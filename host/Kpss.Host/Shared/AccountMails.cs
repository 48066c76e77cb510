using System.Net;
using System.Text;
using Kpss.Host.Platform.Data;
using Kpss.Modules.Abstractions.Mail;
using Microsoft.AspNetCore.WebUtilities;

namespace Kpss.Host.Shared;

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

    /// <summary>To a new account made by a regional admin: what role, where, and the link to set a password.</summary>
    public Task SendInvitationAsync(KpssUser user, string token, string roleText, string krajName, string invitedBy, CancellationToken ct)
    {
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        var link = urls.Absolute($"/ucet/nove-heslo?uzivatel={Uri.EscapeDataString(user.Id)}&kod={code}");
        var forgotten = urls.Absolute("/ucet/zapomenute-heslo");
        var text = $"""
            Dobrý den, {user.DisplayName},

            {invitedBy} vám na platformě Komunitní plánování sociálních služeb založil(a) účet: {roleText}, {krajName}.
            Přihlašovat se budete svým e-mailem {user.Email}. Heslo si nastavíte na této adrese (platí 2 hodiny):

            {link}

            Když odkaz vyprší, vyžádejte si nový na stránce {forgotten}.
            """;
        var html = $"""
            <p>Dobrý den, {WebUtility.HtmlEncode(user.DisplayName)},</p>
            <p>{WebUtility.HtmlEncode(invitedBy)} vám na platformě Komunitní plánování sociálních služeb založil(a) účet: {WebUtility.HtmlEncode(roleText)}, {WebUtility.HtmlEncode(krajName)}.
            Přihlašovat se budete svým e-mailem {WebUtility.HtmlEncode(user.Email)}.</p>
            <p><a href="{WebUtility.HtmlEncode(link)}">Nastavit heslo</a> (odkaz platí 2 hodiny; potom si nový vyžádáte na stránce <a href="{WebUtility.HtmlEncode(forgotten)}">Zapomenuté heslo</a>)</p>
            """;
        return transport.SendAsync(new OutgoingMail(user.Email!, "Váš účet – Komunitní plánování sociálních služeb", text, html), ct);
    }

    /// <summary>To an existing account that got another role.</summary>
    public Task SendRoleGrantedAsync(KpssUser user, string roleText, string krajName, string grantedBy, CancellationToken ct)
    {
        var login = urls.Absolute("/ucet/prihlaseni");
        var greeting = string.IsNullOrWhiteSpace(user.DisplayName) ? "Dobrý den," : $"Dobrý den, {user.DisplayName},";
        var text = $"""
            {greeting}

            {grantedBy} vám na platformě Komunitní plánování sociálních služeb udělil(a) roli: {roleText}, {krajName}.
            Projeví se při příštím přihlášení ({login}), nejpozději do několika minut.
            """;
        var html = $"""
            <p>{WebUtility.HtmlEncode(greeting)}</p>
            <p>{WebUtility.HtmlEncode(grantedBy)} vám na platformě Komunitní plánování sociálních služeb udělil(a) roli: {WebUtility.HtmlEncode(roleText)}, {WebUtility.HtmlEncode(krajName)}.
            Projeví se při příštím <a href="{WebUtility.HtmlEncode(login)}">přihlášení</a>, nejpozději do několika minut.</p>
            """;
        return transport.SendAsync(new OutgoingMail(user.Email!, "Nová role – Komunitní plánování sociálních služeb", text, html), ct);
    }
}

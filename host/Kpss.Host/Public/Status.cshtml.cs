using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kpss.Host.Public;

/// <summary>Czech pages for error status codes (re-executed by the status-code-pages middleware).</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    private PageResult Show(int code)
    {
        // A body the server stopped reading comes through the exception handler's page: it is the client's 413.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error is BadHttpRequestException { StatusCode: 413 })
            code = 413;
        (Title, Text) = code switch
        {
            403 => ("Přístup odepřen", "K této stránce nemáte oprávnění. Pokud si myslíte, že byste je mít měli, obraťte se na administrátora svého kraje."),
            404 => ("Stránka nenalezena", "Stránka na této adrese neexistuje. Zkontrolujte adresu nebo začněte na úvodní stránce."),
            400 => ("Chybný požadavek", "Požadavek se nepodařilo zpracovat. Zkuste to prosím znovu."),
            413 => ("Příliš velký požadavek", "Odeslaná data jsou větší, než platforma přijme. Zmenšete je (u souboru jej rozdělte) a zkuste to znovu."),
            429 => ("Příliš mnoho požadavků", "Z vaší adresy přišlo v krátké době příliš mnoho požadavků. Zkuste to prosím znovu" +
                (Response.Headers.RetryAfter is { Count: > 0 } after ? $" za {after} s." : " za chvíli.")),
            500 => ("Chyba aplikace", "Na naší straně se něco pokazilo. Chybu jsme zaznamenali; zkuste to prosím za chvíli znovu."),
            _ => ("Chyba", $"Požadavek skončil chybou {code}."),
        };
        // Direct visits to /chyba/404 answer with that status too.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && code is >= 400 and < 600)
            Response.StatusCode = code;
        return Page();
    }
}

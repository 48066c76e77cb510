namespace Kpss.Host.Platform;

/// <summary>
/// An API answer that ends in an error without a body of its own — a body that is not JSON, a value of the wrong type
/// or out of range (the framework refuses it before any endpoint runs), an unknown route, a refused sign-in — gets a
/// problem document in Czech, as every other API error has.
/// </summary>
internal static class ApiProblems
{
    public static (string Title, string Detail) Of(int status) => status switch
    {
        400 => ("Chybný požadavek", "Tělo požadavku není platný JSON, nebo hodnota v něm má špatný typ či je mimo rozsah (číslo, datum, výčet)."),
        401 => ("Nepřihlášeno", "Přihlaste se, nebo pošlete platný klíč API v hlavičce Authorization."),
        403 => ("Přístup odepřen", "K tomuto volání nemáte oprávnění."),
        404 => ("Nenalezeno", "Na této adrese nic není."),
        405 => ("Nepovolená metoda", "Tato adresa tuto metodu HTTP nepřijímá."),
        413 => ("Příliš velký požadavek", "Tělo požadavku je větší, než platforma přijme."),
        415 => ("Nepodporovaný formát", "Pošlete tělo požadavku jako application/json."),
        _ => ("Chyba", $"Požadavek skončil chybou {status}."),
    };

    public static Task WriteAsync(Microsoft.AspNetCore.Diagnostics.StatusCodeContext context)
    {
        var status = context.HttpContext.Response.StatusCode;
        var (title, detail) = Of(status);
        return Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context.HttpContext);
    }
}

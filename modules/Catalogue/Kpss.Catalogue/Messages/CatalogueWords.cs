namespace Kpss.Catalogue.Messages;

/// <summary>The catalogue's sentences said in more than one place.</summary>
internal static class CatalogueWords
{
    /// <summary>The refusal (404) of the API's reads and writes of one service.</summary>
    public const string NoService = "Služba v katalogu kraje neexistuje.";

    /// <summary>An import that failed for a reason of ours (logged): nothing was written.</summary>
    public const string ImportFailed = "Import selhal a nic nezapsal. Zkuste to prosím znovu; chyba je zaznamenána.";

    public const string EmptyFile = "Soubor je prázdný.";
}

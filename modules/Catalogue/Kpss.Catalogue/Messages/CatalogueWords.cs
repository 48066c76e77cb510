namespace Kpss.Catalogue.Messages;

/// <summary>
/// The Czech words of the catalogue, in one place: what is said in more than one place (here); what a use case refuses
/// and why (<c>CatalogueWords.Refusals.cs</c>); the pages' titles and what a page says after a form
/// (<c>CatalogueWords.Pages.cs</c>). The names of forms, kinds and target groups are data (<c>Domain/</c>).
/// </summary>
internal static partial class CatalogueWords
{
    /// <summary>The refusal (404) of the API's reads and writes of one service.</summary>
    public const string NoService = "Služba v katalogu kraje neexistuje.";

    /// <summary>An import that failed for a reason of ours (logged): nothing was written.</summary>
    public const string ImportFailed = "Import selhal a nic nezapsal. Zkuste to prosím znovu; chyba je zaznamenána.";

    public const string EmptyFile = "Soubor je prázdný.";

    /// <summary>A capacity's unit that is not one of the catalogue's (the network's entry, a provider's proposal).</summary>
    public static string CapacityUnitUnknown => $"Jednotka kapacity musí být jedna z: {string.Join(", ", Kpss.Catalogue.Contracts.CapacityUnits.All)}.";
}

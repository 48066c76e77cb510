namespace Kpss.Catalogue.Messages;

internal static partial class CatalogueWords
{
    /// <summary>The pages' titles, as the menu, the crumbs and the pages themselves say them.</summary>
    public static class Pages
    {
        public const string Catalogue = "Katalog sociálních služeb";
        public const string CatalogueShort = "Katalog";
        public const string MyServices = "Moje služby v katalogu";
        public const string Proposals = "Návrhy změn v katalogu";
        public const string Import = "Import katalogu";

        public static string PrintOfOrp(string orp) => $"{Catalogue} – ORP {orp}";
        public static string PrintOfKraj(string kraj) => $"{Catalogue} – {kraj}";
        public const string PrintNetworkOnly = " (služby v síti kraje)";
    }

    /// <summary>The catalogue's sections of the coordinator's desk and of the kraj's home page.</summary>
    public static class Desk
    {
        public const string Proposals = "Návrhy změn v katalogu ke schválení";
        public const string NoProposals = "Žádné návrhy od poskytovatelů nečekají na schválení.";
        public const string AllProposals = "Všechny návrhy";
        public const string EmptyCatalogue = "Katalog kraje je zatím prázdný.";
        public const string SearchHint = "Hledat službu, poskytovatele nebo obec";
        public const string Search = "Hledat";
    }

    /// <summary>What a page says after its form did what was asked.</summary>
    public static class Done
    {
        public const string Proposed = "Návrh je odeslán ke schválení.";
        public const string Approved = "Návrh je schválen a změna platí.";
        public const string Rejected = "Návrh je zamítnut.";
    }
}

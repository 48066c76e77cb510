namespace Kpss.Catalogue.Messages;

/// <summary>What the use cases refuse, and why: one sentence each, by use case. Field names stay with the use case.</summary>
internal static partial class CatalogueWords
{
    /// <summary>SearchCatalogue: a query parameter that cannot be read.</summary>
    public static class Search
    {
        public const string Title = "Parametry hledání nejsou v pořádku";
        public static string UnknownKind(string? kind) => $"Neznámý druh sociální služby „{kind}“: použijte číslo paragrafu (např. 40) nebo název druhu.";
        public static string UnknownGroup(string? group) => $"Neznámá cílová skupina „{group}“.";
        public static string UnknownForm(string? form) => $"Neznámá forma „{form}“: ambulantní, terénní nebo pobytová.";
        public static string OrpNotInKraj(string? orp) => $"ORP „{orp}“ není v tomto kraji: použijte kód ČSÚ nebo název ORP kraje.";
        public static string BadPage(string? page) => $"Strana „{page}“ musí být celé číslo od 1.";
        public static string BadPageSize(string? size, int max) => $"Velikost strany „{size}“ musí být celé číslo od 1 do {max}.";
        public static string BadNetwork(string? value) => $"Parametr sit „{value}“ musí být ano nebo ne.";
        public const string QueryTooLong = "Hledaný text může mít nejvýše 200 znaků.";
    }

    /// <summary>SetNetworkEntry: the kraj's network entry of a service.</summary>
    public static class Network
    {
        public const string Title = "Údaje o síti nejsou v pořádku";
        public static string UnknownPart(IReadOnlyCollection<string> parts) =>
            parts.Count > 0 ? $"Síť kraje má části: {string.Join(", ", parts)}." : "Síť kraje nemá části (žádný plugin kraje je nepojmenovává).";
        public static string PartMissing(IEnumerable<string> parts) => $"Vyberte část sítě: {string.Join(", ", parts)}.";
        public const string NegativeCapacity = "Kapacita nemůže být záporná.";
        public const string FteOutOfRange = "Úvazky musí být 0 až 1000.";
        public static string CapacityNotANumber(string? text) => $"Kapacita „{text}“ musí být celé číslo.";
        public static string FteNotANumber(string? text) => $"Úvazky „{text}“ musí být číslo (např. 6,5).";
        public const string Stale = "Zařazení služby do sítě mezitím uložil někdo jiný. Načtěte stránku znovu.";
        public static string BadDay(string field, string? text) => $"Parametr {field} „{text}“ musí být den ve tvaru RRRR-MM-DD mezi roky 2000 a 2100.";
        public const string ToBeforeFrom = "Den „do“ nemůže být před dnem „od“.";
        public const string FromOutOfRange = "Den, od kterého změna platí, musí být od roku 2000 a nejvýše tři roky dopředu.";
        public static string FromBeforeLastChange(DateOnly last) =>
            $"Změna nemůže platit dřív než poslední změna služby v síti ({last.ToString("d. M. yyyy", Kpss.Modules.Abstractions.Time.PragueTime.Culture)}).";
    }

    /// <summary>ProposeServiceChange and DecideServiceChange: a provider's proposal and its decision.</summary>
    public static class Proposal
    {
        public const string NoService = "Služba v tomto kraji neexistuje.";
        public const string NotYourService = "Tuto službu může upravovat jen editor jejího poskytovatele.";
        public const string DescriptionTooLong = "Popis může mít nejvýše 4000 znaků.";
        public const string OpeningHoursTooLong = "Provozní doba může mít nejvýše 1000 znaků.";
        public static string UnknownGroups(IEnumerable<string> groups) => $"Neznámá cílová skupina: {string.Join(", ", groups)}.";
        public const string GroupMissing = "Vyberte alespoň jednu cílovou skupinu.";
        public const string EmailTooLong = "E-mail může mít nejvýše 320 znaků.";
        public static string EmailInvalid(string? email) => $"E-mail „{email}“ není platný.";
        public const string PhoneTooLong = "Telefon může mít nejvýše 40 znaků.";
        public const string WebTooLong = "Web může mít nejvýše 300 znaků.";
        public const string WebNotHttps = "Web musí být adresa začínající https://.";
        public const string AgeOutOfRange = "Věk klientů musí být 0 až 130 let a „od“ nejvýše „do“.";
        public static string NotItsForm(string? form, string forms) => $"Služba se neposkytuje ve formě „{form}“; kapacitu lze uvést jen u jejích forem ({forms}).";
        public static string CapacityOutOfRange(string form) => $"Kapacita formy {form} musí být celé číslo 0 až 100 000.";
        public static string NotAWholeNumber(string label, string text) => $"{label} „{text}“ musí být celé číslo.";
        public const string NoProposal = "Návrh v tomto kraji neexistuje.";
        public const string AlreadyDecided = "O návrhu už bylo rozhodnuto.";
        public const string ReasonMissing = "Uveďte důvod zamítnutí; poskytovatel ho uvidí.";
        public const string ServiceChangedSince = "Služba se od podání návrhu změnila. Návrh zamítněte a požádejte o nový.";
        public const string ServiceChangedMeanwhile = "Služba se mezitím změnila. Zkuste to znovu.";
    }

    /// <summary>ImportRegister: a file that cannot be taken as a whole.</summary>
    public static class Import
    {
        public const string UnknownFormat = "Neznámý formát: použijte json nebo csv.";
        public static string NotJson(long? line, long? position) => $"Soubor není platný JSON: řádek {line}, znak {position}.";
        public const string NoServiceArray = "Soubor musí obsahovat pole služeb (nebo objekt s polem „sluzby“).";
        public static string HeaderLacks(IEnumerable<string> columns) => $"Řádek 1: v hlavičce chybí sloupce {string.Join(", ", columns)}.";
        public const string NoService = "Soubor neobsahuje žádnou službu.";
        public static string IdRepeated(string id, IEnumerable<string> where) => $"Identifikátor {id} je v souboru vícekrát: {string.Join(", ", where)}.";
        public static string ProviderNamesDiffer(string ico, IEnumerable<string> where) => $"Poskytovatel s IČO {ico} má v souboru různé názvy: {string.Join(", ", where)}.";
        public static string ServiceOfOtherKraj(string position, string id) => $"{position} (identifikátor {id}): služba je vedena v katalogu jiného kraje.";
        public static string ProviderOfOtherKraj(string position, string id, string ico) => $"{position} (identifikátor {id}): poskytovatel s IČO {ico} je veden v jiném kraji.";
        public const string Stopped = "Import přerušilo ukončení serveru; nic nezapsal. Spusťte ho prosím znovu.";
        public const string Interrupted = "Import byl přerušen (server, který ho prováděl, skončil); nic nezapsal. Spusťte ho prosím znovu.";
    }

    /// <summary>ImportRegister: what one record of the file lacks (after its position and identifier).</summary>
    public static class Record
    {
        public const string IdMissing = "chybí identifikátor služby.";
        public static string IdNotANumber(string id) => $"identifikátor „{id}“ musí být číslo.";
        public const string NameMissing = "chybí název služby.";
        public const string NameTooLong = "název služby je delší než 300 znaků.";
        public static string KindUnknown(string? kind) => kind is null ? "chybí druh sociální služby." : $"neznámý druh sociální služby „{kind}“.";
        public const string IcoMissing = "chybí IČO poskytovatele.";
        public static string IcoInvalid(string? ico) => $"IČO „{ico}“ není platné (kontrolní číslice nesouhlasí).";
        public const string ProviderNameMissing = "chybí název poskytovatele.";
        public const string FormMissing = "chybí forma poskytování (ambulantní, terénní, pobytová).";
        public static string FormUnknown(string? form) => $"neznámá forma „{form}“ (ambulantní, terénní, pobytová).";
        public static string CapacityInvalid(string? form) => $"kapacita formy {form} musí být nezáporné celé číslo.";
        public static string UnitUnknown(string? unit) => $"neznámá jednotka kapacity „{unit}“ ({string.Join(", ", Kpss.Catalogue.Contracts.CapacityUnits.All)}).";
        public static string GroupUnknown(string? group) => $"neznámá cílová skupina „{group}“.";
        public const string GroupMissing = "chybí cílová skupina.";
        public const string FacilityWithoutObec = "zařízení nemá obec.";
        public static string OrpUnknown(string? orp) => $"neznámá ORP „{orp}“.";
        public static string TerritoryOrpUnknown(string? orp) => $"neznámá ORP působnosti „{orp}“.";
        public const string NotInKraj = "služba nepůsobí v žádné ORP tohoto kraje.";
        public const string NoFacilityNorTerritory = "chybí zařízení nebo územní působnost (ORP).";
        public const string AgeInvalid = "věkové rozmezí není platné.";
        public static string ValidFromInvalid(string? text) => text is null ? "chybí datum platnosti od." : $"datum platnosti od „{text}“ není datum.";
        public static string ValidToInvalid(string? text) => $"datum platnosti do „{text}“ není datum.";
    }
}

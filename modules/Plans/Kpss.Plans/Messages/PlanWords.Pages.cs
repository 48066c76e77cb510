namespace Kpss.Plans.Messages;

internal static partial class PlanWords
{
    /// <summary>The pages' titles, as the menu, the crumbs and the pages themselves say them.</summary>
    public static class Pages
    {
        public const string Public = "Plány sociálních služeb";
        public const string Preparation = "Příprava plánů";
        public const string Stage = "Stav a schválení";
        public const string ConfirmComment = "Potvrzení připomínky";

        public static string StageOf(string plan) => $"{Stage}: {plan}";
        public static string CommentsOf(string plan) => $"Připomínky: {plan}";
        public static string SettlementOf(string plan) => $"Vypořádání připomínek: {plan}";
        public static string Print(string plan) => $"{plan} (tisk)";
        public static string Compare(string from, string to) => $"Porovnání: {from} a {to}";
        public static string RefreshOf(string plan) => $"Převzetí z nadřazeného plánu: {plan}";
        public static string FormatOf(string plan) => $"Formát plánu: {plan}";
    }

    /// <summary>The plans' sections of the coordinator's desk and of the kraj's home page.</summary>
    public static class Desk
    {
        public const string Drafts = "Plány v přípravě";
        public const string NoDrafts = "Žádný plán se právě nepřipravuje.";
        public const string AllPlans = "Všechny plány";
        public const string Unanswered = "Připomínky k plánům bez odpovědi";
        public const string NoUnanswered = "Žádná připomínka nečeká na odpověď.";
        public const string NoPublicPlan = "Zatím tu není žádný schválený plán ani návrh k připomínkám.";
    }

    /// <summary>What a page says after its form did what was asked.</summary>
    public static class Done
    {
        public const string PlanCreated = "Návrh plánu je založen. Napište jeho kapitoly a strategickou část.";
        public const string ChapterSaved = "Kapitola je uložena.";
        public const string FactsInserted = "Údaje z plánovacího procesu jsou vloženy do popisné části.";
        public const string ItemAdded = "Položka je přidána.";
        public const string ItemSaved = "Položka je uložena.";
        public const string ItemMoved = "Pořadí je změněno; kódy položek zůstaly.";
        public const string ItemRemoved = "Položka je odebrána; její kód se už nikomu nepřidělí.";
        public const string CommentsOpened = "Plán je dán k připomínkám; jeho text je po dobu připomínkování zmrazen.";
        public const string CommentsEnded = "Připomínkování je ukončeno; plán je opět návrh, do kterého lze zapracovat připomínky.";
        public const string AnswerSaved = "Odpověď je uložena.";
        public const string SettlementPublished = "Vypořádání je zveřejněno; každému, kdo připomínku podal, odchází e-mail s odpovědí.";
        public const string HearingScheduled = "Veřejné projednání je připraveno jako jednání plánovacího procesu: naplánujte ho tam a pozvánky odejdou.";
        public const string HearingEnded = "Veřejné projednání je ukončeno; plán je opět návrh.";
        public const string Approved = "Schválení je zaznamenáno; schválené vydání je zmrazeno a zveřejněno.";
        public const string OfferInserted = "Text je vložen na konec kapitoly.";
        public const string FormatAdopted = "Plán převzal současný formát kraje.";
        public const string Refreshed = "Akční plán převzal rok nadřazeného plánu znovu.";
        public const string AmendmentStarted = "Aktualizace je založena jako nový návrh; schválené vydání platí, dokud nebude schválena.";
    }
}

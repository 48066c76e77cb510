namespace Kpss.Evaluation.Messages;

/// <summary>What the use cases refuse, and why: one sentence each, by use case. Field names stay with the use case.</summary>
internal static partial class EvaluationWords
{
    // Opening a round (OpenRound).
    public const string NoPlan = "Plán neexistuje.";
    public const string PlanNotChosen = "Vyberte plán, jehož plnění se sleduje.";
    public const string ActionPlanNotMonitored =
        "Sleduje se plnění střednědobého nebo komunitního plánu; jeho akční plán na sledovaný rok se do kola vezme sám.";
    public const string PlanNotApproved = "Plán ještě nebyl schválen: sledovat lze jen schválené vydání.";
    public const string YearMissing = "Zadejte rok, jehož plnění se sleduje.";
    public static string YearOutsidePlan(int fromYear, int toYear) => $"Rok sledování musí ležet v období plánu ({fromYear}–{toYear}).";
    public const string DeadlineMissing = "Zadejte termín, do kdy odpovědní pošlou zprávy o plnění.";
    public const string DeadlinePast = "Termín nemůže být v minulosti.";
    public static string RoundExists(int year) => $"Kolo sledování tohoto plánu za rok {year} už existuje.";
    public static string NothingInYear(int year) => $"V roce {year} plán nemá žádná opatření ani aktivity ke sledování.";

    // Filling in a record (FillRecord).
    public const string RoundClosed = "Kolo sledování je uzavřené: zpráva o plnění byla schválena a záznamy se už nemění.";
    public const string NotFilledIn = "Priorita a cíl se nevyplňují: vyplňte jejich opatření a aktivity.";
    public const string StateMissing = "Vyberte stav plnění.";
    public static string UnknownState(string? given) =>
        $"Neznámý stav plnění „{given}“: {string.Join(", ", RecordStates.Select(s => s.Name))}.";
    public static string UnknownIndicator(string? key) => $"Ukazatel „{key}“ u této položky v tomto vydání plánu není.";
    public static string IndicatorTwice(string key) => $"Ukazatel „{key}“ je uveden dvakrát.";
    public const string ReachedNegative = "Dosažená hodnota ukazatele nemůže být záporná.";
    public static string UnknownSource(string? given) =>
        $"Neznámý zdroj peněz „{given}“: {string.Join(", ", Enum.GetValues<FundingSource>().Select(s => $"{s.ToString().ToLowerInvariant()} ({Source(s)})"))}.";
    public static string SourceTwice(FundingSource source) => $"Zdroj „{Source(source)}“ je uveden dvakrát.";
    public const string SpentNegative = "Utracená částka nemůže být záporná.";
    public const string SpentTooLarge = "Utracená částka je příliš velká (nejvýše 100 miliard Kč).";
    public static string UnknownChange(int order) => $"Změna sítě {order} u této položky v tomto vydání plánu není.";
    public static string ChangeTwice(int order) => $"Změna sítě {order} je uvedena dvakrát.";
    public const string EvidenceNotLink = "Doklad musí být odkaz začínající https:// nebo http://.";
}

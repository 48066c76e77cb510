namespace Kpss.Plans.Messages;

/// <summary>What the use cases refuse, and why: one sentence each, by use case. Field names stay with the use case.</summary>
internal static partial class PlanWords
{
    // Writing a draft (CreatePlan, WriteChapter, AddItem, ChangeItem, MoveItem, RemoveItem).
    public const string NotADraft = "Plán už není návrh: měnit ho lze jen novou verzí (aktualizací).";
    public const string FromYearMissing = "Zadejte první rok období plánu.";
    public const string ToYearMissing = "Zadejte poslední rok období plánu.";
    public const string PlanEndsBeforeStart = "Období plánu nemůže končit dřív, než začíná.";
    public const string UnknownPlanKind = "Neznámý druh plánu: střednědobý, komunitní nebo akční.";
    public const string ActionPlanNeedsParent = "Akční plán patří k plánu, který provádí: vyberte ho.";
    public const string NoParentPlan = "Plán, ke kterému akční plán patří, v tomto kraji neexistuje.";
    public const string ParentIsActionPlan = "Akční plán patří ke střednědobému nebo komunitnímu plánu, ne k jinému akčnímu plánu.";
    public const string ActionPlanOneYear = "Akční plán je na jeden rok: první a poslední rok musí být stejný.";
    public static string ActionPlanYearOutside(int fromYear, int toYear) => $"Rok akčního plánu musí ležet v období plánu, který provádí ({fromYear}–{toYear}).";
    public const string OnlyActionPlanHasParent = "Nadřazený plán má jen akční plán.";
    public const string CoordinatorChoosesOwnProcess = "Jako koordinátor plánovacího procesu zakládáte plán jen pro svůj proces: vyberte ho.";
    public const string NoProcess = "Plánovací proces v tomto kraji neexistuje.";
    public static string UnknownChapter(string key) => $"Kapitolu „{key}“ formát plánů tohoto kraje nezná.";
    public static string ChapterTooLong(string title, int max) => $"Kapitola „{title}“ může mít nejvýše {max:N0} znaků.".Replace(',', ' ');
    public const string NoParentItem = "Nadřazená položka v tomto plánu neexistuje.";
    public const string NothingUnderActivity = "Pod aktivitou už nic dalšího být nemůže.";
    public const string CannotChangeParent = "Položku nelze přesunout pod jinou nadřazenou položku; založte ji tam znovu.";
    public static string PositionOutOfRange(int count) => $"Pořadí musí být od 1 do {count}.";
    public static string ItemHasChildren(string level, string title) => $"{level} „{title}“ má pod sebou další položky: odeberte nejdřív je.";

    // An item's fields (ItemRules).
    public static string UnknownCategory(string? given, IEnumerable<string> known) => $"Neznámý druh priority „{given}“: {string.Join(", ", known)}.";
    public static string CategoryNeedsTargetGroup(string category) => $"{category} musí uvést cílovou skupinu.";
    public const string OnlyMeasuresHaveDetails = "Odpovědnost, období, financování a ukazatele mají jen opatření a aktivity.";
    public const string IcoDigits = "IČO má osm číslic.";
    public static string IcoNotInCatalogue(string ico) => $"Poskytovatele s IČO {ico} katalog kraje nezná. Je-li odpovědný subjekt obec nebo úřad, je to v pořádku; jinak IČO zkontrolujte.";
    public static string IcoCheckDigit(string ico) => $"IČO {ico} neexistuje: nesouhlasí jeho kontrolní číslice (poslední číslice). Zkontrolujte ho v registru ekonomických subjektů.";
    public const string PeriodEndsBeforeStart = "Období nemůže končit dřív, než začíná.";
    public const string PeriodBothOrNone = "Zadejte první i poslední rok, nebo ani jeden.";
    public static string CostYearOutside(int row, int fromYear, int toYear) => $"Řádek financování {row}: rok musí ležet v období plánu ({fromYear}–{toYear}).";
    public static string CostSourceUnknown(int row, string? source) => $"Řádek financování {row}: neznámý zdroj „{source}“ (obec, kraj, mpsv, eu, uzivatele, jine).";
    public static string CostAmountMissing(int row) => $"Řádek financování {row}: zadejte částku v Kč.";
    public static string CostAmountNegative(int row) => $"Řádek financování {row}: částka nesmí být záporná.";
    public static string CostAmountTooLarge(int row) => $"Řádek financování {row}: částka je příliš velká.";
    public static string CostRepeated(int row, int year, string source) => $"Řádek financování {row}: rok {year} a zdroj „{source}“ už jsou uvedeny výše.";
    public static string IndicatorTargetMissing(int row) => $"Ukazatel {row}: zadejte cílovou hodnotu.";
    public static string IndicatorOutOfRange(int row) => $"Ukazatel {row}: hodnoty musí být od 0 do bilionu.";
    public static string IndicatorYearOutside(int row, int fromYear, int toYear) => $"Ukazatel {row}: rok musí ležet v období plánu ({fromYear}–{toYear}).";
    public const string NoProcessChapter = "Formát plánu nemá kapitolu, která popisuje průběh plánování; údaje z plánovacího procesu není kam vložit.";

    public const string NoSuchOffer = "Tento text už není k dispozici; obnovte stránku.";

    public const string NoEditionYear = "Plán nemá takové vydání, nebo rok leží mimo jeho období.";

    // Carrying an item over into the next action plan (CarryOverItem, through the contract).
    public const string CarryOnlyBetweenActionPlans = "Položku lze převést jen z akčního plánu do jiného akčního plánu téhož nadřazeného plánu.";
    public static string CarryOnlyForward(int year) => $"Položku lze převést jen do akčního plánu na pozdější rok než {year}.";
    public const string CarryIntoDraftOnly = "Položku lze převést jen do návrhu akčního plánu; schválený plán se mění aktualizací.";
    public static string CarryNoSuchItem(string code) => $"Akční plán nemá položku s kódem {code}.";
    public const string CarryOnlyMeasures = "Převést lze jen opatření nebo aktivitu.";
    public static string CarryAlreadyThere(string code) => $"Položka {code} už v cílovém akčním plánu je.";

    // Taking the parent's year over again (RefreshActionPlan).
    public const string NoActionPlan = "Akční plán nebyl nalezen.";
    public const string RefreshOnlyActionPlans = "Z nadřazeného plánu přebírá položky jen akční plán.";
    public static string ParentBeingAmended(int edition) =>
        $"Nadřazený plán se právě aktualizuje ({edition}. vydání je rozpracované); jeho změny lze převzít, až bude aktualizace schválena.";
    public static string RefreshNumberTaken(string code, string title) =>
        $"Položku {code} „{title}“ nadřazeného plánu nelze převzít: akční plán má pod stejným kódem vlastní položku.";
    public static string RefreshKeptForOwnItems(string title) =>
        $"Položka „{title}“ už v nadřazeném plánu pro tento rok není, ale zůstává, protože jsou pod ní vlastní položky akčního plánu.";
    public static string ChangeYearMissing(int row) => $"Změna sítě {row}: zadejte rok, od kterého změna platí.";
    public static string ChangeYearOutside(int row, int from, int to) => $"Změna sítě {row}: rok změny musí ležet v období plánu {from}–{to}.";
    public static string ChangeYearOutsideItem(int row, int from, int to) => $"Změna sítě {row}: rok změny musí ležet v období položky {from}–{to}.";
    public static string ChangeKindUnknown(int row, string? kind) => $"Změna sítě {row}: neznámý druh služby „{kind}“ (paragraf 37–70 zákona 108/2006 Sb. nebo název).";
    public static string ChangeFormUnknown(int row) => $"Změna sítě {row}: forma je ambulantní, terénní, nebo pobytová.";
    public static string ChangeOrpUnknown(int row, int orp) => $"Změna sítě {row}: ORP s kódem {orp} neexistuje.";
    public static string ChangeOrpInOtherKraj(int row) => $"Změna sítě {row}: ORP leží v jiném kraji.";
    public static string ChangeCapacityOutOfRange(int row) => $"Změna sítě {row}: kapacita se mění nejvýše o 100 000.";
    public static string ChangeStaffOutOfRange(int row) => $"Změna sítě {row}: úvazky se mění nejvýše o 10 000, na setiny.";
    public static string ChangeEmpty(int row) => $"Změna sítě {row}: zadejte změnu kapacity nebo úvazků (kladnou, nebo zápornou).";
    public static string ChangeUnitUnknown(int row) => $"Změna sítě {row}: jednotka kapacity je {string.Join(", ", Kpss.Catalogue.Contracts.CapacityUnits.All)}.";

    // What a plan lacks before comments or approval (PlanReader, PlanReadiness).
    public const string ToComments = "k připomínkám";
    public const string ToApproval = "ke schválení";
    public static string NotReady(string purpose, string missing) => $"Plán ještě nelze dát {purpose}: {char.ToLowerInvariant(missing[0])}{missing[1..]}";
    public static string ChapterMissing(string title) => $"Chybí kapitola „{title}“.";
    public const string NoPriority = "Strategická část nemá žádnou prioritu.";
    public static string PriorityWithoutGoal(string code, string title) => $"Priorita {code} „{title}“ nemá žádný cíl.";
    public static string GoalWithoutMeasure(string code, string title) => $"Cíl {code} „{title}“ nemá žádné opatření.";
    public static string MeasureLacks(string code, string title, IEnumerable<string> lacks) => $"Opatření {code} „{title}“: chybí {string.Join(", ", lacks)}.";
    public static string ActivityLacks(string code, string title, IEnumerable<string> lacks) => $"Aktivita {code} „{title}“: chybí {string.Join(", ", lacks)}.";

    /// <summary>What a measure may lack (<see cref="MeasureLacks"/>).</summary>
    public static class Lacks
    {
        public const string Responsible = "odpovědný subjekt";
        public const string Partners = "partneři";
        public const string Period = "období";
        public const string Costs = "financování";
        public const string Indicators = "ukazatele";
        public const string WorkingGroup = "pracovní skupina, která opatření navrhla";
        public const string CapacityChanges = "změny sítě (kapacity nebo úvazky, které opatření mění)";
    }

    // Comments (OpenComments, EndComments, CommentOnPlan, AnswerComment, PublishSettlement).
    public const string OnlyDraftToComments = "K připomínkám lze dát jen návrh plánu.";
    public const string CommentsFromMissing = "Zadejte první den připomínkování.";
    public const string CommentsFromPast = "Připomínkování nemůže začít v minulosti.";
    public const string CommentsToMissing = "Zadejte poslední den připomínkování.";
    public const string CommentsEndBeforeStart = "Připomínkování nemůže skončit dřív, než začne.";
    public static string CommentsTooLong(int days) => $"Připomínkování může trvat nejvýše {days} dní.";
    public const string NotInComments = "Plán není v připomínkování.";
    public static string CommentsLastUntil(DateOnly to) => $"Připomínkování trvá do {Date(to)}; ukončit ho lze až potom.";
    public const string NoPublishedPlan = "Plán neexistuje nebo není zveřejněn.";
    public static string CommentsOnlyBetween(DateOnly from, DateOnly to) => $"Připomínky k plánu lze podávat jen v době připomínkování, od {Date(from)} do {Date(to)}.";
    public const string NotOpenForComments = "Plán teď není v připomínkování: připomínky nelze podávat.";
    public const string CommentTargetMissing = "Vyberte, ke které části plánu připomínka je.";
    public const string CommentEmailMissing = "Vyplňte e-mail: pošleme na něj odkaz k potvrzení připomínky.";
    public const string EmailInvalid = "E-mailová adresa není platná.";
    public static string TooManyFromAddress(int perDay) => $"Z této adresy přišlo k plánu za poslední den už {perDay} připomínek. Další lze podat zítra; více bodů můžete napsat do jedné připomínky.";
    public const string TooManyComments = "K plánu teď přichází příliš mnoho připomínek. Zkuste to prosím za hodinu.";
    public const string ConfirmLinkInvalid = "Odkaz neplatí: je neúplný, nebo vypršel. Připomínku napište prosím znovu.";
    public const string NoComment = "Připomínka neexistuje.";
    public const string AnswerMissing = "Vyberte vypořádání: akceptováno, částečně akceptováno, neakceptováno, nebo bere se na vědomí.";
    public const string ReasonMissing = "U připomínky, která není akceptována celá, napište odůvodnění.";
    public const string SettlementFrozen = "Vypořádání připomínek už je zveřejněno; odpovědi se nemění.";
    public const string NoCommentPeriod = "Plán nebo jeho připomínkování neexistuje.";
    public const string SettlementAlreadyPublished = "Vypořádání připomínek už je zveřejněno.";
    public const string CommentsNotEnded = "Připomínkování ještě neskončilo: vypořádání lze zveřejnit, až ho ukončíte.";
    public static string CommentsStillUnanswered(int count) => $"Bez odpovědi jsou ještě {count} připomínky: vypořádání lze zveřejnit, až budou zodpovězeny všechny.";

    // The hearing, approval and amendment (ScheduleHearing, EndHearing, ApprovePlan, AmendPlan).
    public const string HearingWithoutProcess = "Plán není navázán na plánovací proces: veřejné projednání vypište v modulu Jednání.";
    public const string HearingOnlyForDraft = "Veřejné projednání lze vypsat jen u návrhu plánu (po připomínkování).";
    public static string HearingTitle(string plan) => $"Veřejné projednání: {plan}";
    public const string NotInHearing = "Plán není ve veřejném projednání.";
    public const string ApprovalDuringComments = "Plán je v připomínkování: schválit ho lze, až připomínkování skončí a připomínky budou vypořádány.";
    public const string AlreadyApproved = "Tato verze plánu už je schválená; změny přinese aktualizace.";
    public const string ApprovalDateMissing = "Zadejte datum schválení.";
    public const string ApprovalDateInFuture = "Datum schválení nemůže být v budoucnosti.";
    public const string ApprovalDateTooEarly = "Datum schválení musí být po roce 2000.";
    public static string CommentsNotSettled(int unanswered) => $"Připomínky k plánu nejsou vypořádány: {unanswered} bez odpovědi. Schválit lze až vypořádaný plán.";
    public const string AmendOnlyApproved = "Aktualizaci lze začít jen u schváleného plánu.";

    // Reads that find nothing (DownloadPlan, ComparePlanEditions, InsertPlanFacts).
    public const string NoEdition = "Plán nebo jeho vydání neexistuje.";
    public const string NoEditionsToCompare = "Plán nebo jeho vydání neexistuje (od/do: číslo vydání, nebo „navrh“ pro rozpracovaný návrh).";
    public const string NoPlanWithProcess = "Plán neexistuje nebo není navázán na plánovací proces.";
    public const string NoProcessFacts = "Plán není navázán na plánovací proces: platforma o něm nemá údaje.";
}

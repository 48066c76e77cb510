using Kpss.Plugins.Abstractions;

namespace Kpss.Plans.Messages;

internal static partial class PlanWords
{
    /// <summary>What a chapter is for, as the pages say it.</summary>
    public static string Purpose(ChapterPurpose purpose) => purpose switch
    {
        ChapterPurpose.Analytical => "analytická část",
        ChapterPurpose.ProcessDescription => "popis průběhu plánování",
        ChapterPurpose.Strategic => "strategická část",
        ChapterPurpose.Financing => "financování",
        ChapterPurpose.Network => "síť sociálních služeb",
        ChapterPurpose.PreviousPlanEvaluation => "vyhodnocení předchozího plánu",
        _ => "jiná kapitola",
    };

    /// <summary>A field of a measure a format may require.</summary>
    public static string Field(MeasureField field) => field switch
    {
        MeasureField.Responsible => Lacks.Responsible,
        MeasureField.Partners => Lacks.Partners,
        MeasureField.Period => Lacks.Period,
        MeasureField.Costs => Lacks.Costs,
        MeasureField.Indicators => Lacks.Indicators,
        MeasureField.WorkingGroup => Lacks.WorkingGroup,
        _ => Lacks.CapacityChanges,
    };

    public static string ApprovalBy(DateOnly by) => $"schválit do {Date(by)}";
    public static string ActionPlanApprovalDeadline(string title) => $"schválení akčního plánu „{title}“";

    /// <summary>The stage page's line on an action plan's approval deadline (<see cref="ApprovalDue"/>).</summary>
    public static string ApprovalDueText(ApprovalDeadline due, DateOnly today, bool draft) =>
        due.By < today
            ? $"Akční plán měl být podle formátu kraje schválen do {Date(due.By)}; termín uplynul."
            : $"Akční plán má být podle formátu kraje schválen do {Date(due.By)}." + (draft
                ? due.CommentsBy < today
                    ? $" Na připomínkování v obvyklé délce {due.CommentDays} dní a jejich vypořádání už nezbývá čas ({Date(due.CommentsBy)} je pryč)."
                    : $" Aby stihl připomínkování v obvyklé délce {due.CommentDays} dní a jejich vypořádání, dejte ho k připomínkám nejpozději {Date(due.CommentsBy)}."
                : "");

    // What taking over the kraj's current format would change (AdoptPlanFormat).
    public static string FormatChapterAdded(string title, bool mandatory) => $"Přibude kapitola „{title}“{(mandatory ? " (povinná)" : "")}.";
    public static string FormatChapterRemoved(string title) => $"Ubude prázdná kapitola „{title}“.";
    public static string FormatChapterKept(string title) =>
        $"Kapitola „{title}“ má text, ale formát kraje ji nemá: zůstane v plánu jako nepovinná kapitola na konci.";
    public static string FormatChapterRenamed(string from, string to) => $"Kapitola „{from}“ se bude jmenovat „{to}“.";
    public static string FormatChapterMandatory(string title, bool mandatory) => $"Kapitola „{title}“ bude {(mandatory ? "povinná" : "nepovinná")}.";
    public static string FormatChapterPurpose(string title, string purpose) => $"Kapitola „{title}“ bude sloužit jako {purpose}.";
    public static string FormatChapterGuidance(string title) => $"Kapitola „{title}“ dostane nový návod, co do ní patří.";
    public const string FormatChapterOrder = "Změní se pořadí kapitol.";
    public static string FormatCategoryAdded(string title) => $"Přibude druh priority „{title}“.";
    public static string FormatCategoryRemoved(string title) => $"Ubude druh priority „{title}“.";
    public static string FormatCategoryInUse(string title) =>
        $"Plán má priority druhu „{title}“, který formát kraje nezná: při příští úpravě jim vyberte jiný druh.";
    public static string FormatNumbering(string from, string to) => $"Kódy položek se budou psát jinak: {from} → {to}.";
    public static string FormatFieldRequired(string field) => $"Opatření bude muset mít: {field}.";
    public static string FormatFieldOptional(string field) => $"Opatření už nebude muset mít: {field}.";
    public static string FormatCommentDays(int from, int to) => $"Obvyklá doba připomínkování: {from} → {to} dní.";
    public static string FormatApprovalMonth(int from, int to) => $"Měsíc schválení akčního plánu: {from}. → {to}.";
}

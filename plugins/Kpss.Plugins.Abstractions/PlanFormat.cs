namespace Kpss.Plugins.Abstractions;

/// <summary>
/// A plugin that gives its kraj's plan format (contract 1.3; chapter purposes 1.4): the chapters of a plan and their order, the kinds of
/// priority, how items are numbered, which fields of a measure the kraj requires, the usual comment period and the month
/// the action plan is approved. Without an enabled plugin the platform uses <see cref="PlanFormat.Default"/>
/// (vyhláška č. 505/2006 Sb., § 39a). Neutral data only: the Plans module turns it into pages and documents.
/// </summary>
public interface IPlanFormat
{
    PlanFormat GetPlanFormat();
}

/// <summary>A kraj's plan format, with a note saying where it comes from.</summary>
public sealed record PlanFormat(
    IReadOnlyList<PlanChapterFormat> Chapters,
    IReadOnlyList<PriorityCategory> PriorityCategories,
    PlanNumbering Numbering,
    IReadOnlyCollection<MeasureField> MandatoryMeasureFields,
    int CommentPeriodDays,
    int ActionPlanApprovalMonth,
    string Source)
{
    /// <summary>
    /// The platform's format: the five parts that vyhláška č. 505/2006 Sb., § 39a, requires of a medium-term plan, the
    /// two kinds of priority of seed 002 (systémové, skupinové), decimal codes (2.1.3), a measure needs a responsible
    /// party and its period, 30 days of comments, the action plan approved in June.
    /// </summary>
    public static PlanFormat Default { get; } = new(
        [
            new("popisna", "Popisná část", true, 1,
                "Jak byli do plánování zapojeni a informováni veřejnost, obce, poskytovatelé a uživatelé sociálních služeb: " +
                "jednání, pracovní skupiny, veřejná projednání, připomínkování.") { Purpose = ChapterPurpose.ProcessDescription },
            new("analyticka", "Analytická část", true, 2,
                "Sociodemografická analýza, stávající sociální služby a jejich kapacity, zjištěné potřeby uživatelů, " +
                "poskytovatelů a zadavatelů, SWOT analýza podle cílových skupin.") { Purpose = ChapterPurpose.Analytical },
            new("vyhodnoceni", "Vyhodnocení předchozího plánu", true, 3,
                "Naplnění priorit a opatření předchozího plánu: co bylo splněno, co ne a proč, čerpání prostředků.") { Purpose = ChapterPurpose.PreviousPlanEvaluation },
            new("strategicka", "Strategická část", true, 4,
                "Vize a úvod ke strategii. Priority, cíle, opatření a aktivity s financováním se zadávají jako data " +
                "a do dokumentu se vloží jako tabulky.") { Purpose = ChapterPurpose.Strategic },
            new("sit", "Způsob zajištění sítě sociálních služeb", true, 5,
                "Jak kraj zajišťuje dostupnost služeb v síti: části sítě, postup zařazování a vyřazování, kapacity, financování.") { Purpose = ChapterPurpose.Network },
        ],
        [
            new("systemova", "Systémová priorita", false),
            new("skupinova", "Skupinová priorita", true),
        ],
        PlanNumbering.Decimal,
        [MeasureField.Responsible, MeasureField.Period],
        CommentPeriodDays: 30,
        ActionPlanApprovalMonth: 6,
        Source: "Vyhláška č. 505/2006 Sb., § 39a; členění priorit podle Střednědobého plánu Jihomoravského kraje 2009–2011.");
}

/// <summary>One chapter of a plan: a stable key (stored with the text), its Czech title, whether a plan may go to comments without it, its place, what the writer should put in it.</summary>
public sealed record PlanChapterFormat(string Key, string Title, bool Mandatory, int Order, string Guidance)
{
    /// <summary>
    /// What the chapter is for (contract 1.4): the platform finds a plan's parts by it — the strategic part the document
    /// puts the tables after, the description of the process the planning facts go into, the evaluation of the previous
    /// plan another module offers text for. A plugin built against 1.3 does not set it: <see cref="ChapterPurpose.Other"/>.
    /// </summary>
    public ChapterPurpose Purpose { get; init; }
}

/// <summary>What a chapter of a plan is for (contract 1.4).</summary>
public enum ChapterPurpose
{
    /// <summary>Anything else (annexes, an introduction); what a 1.3 plugin's chapters are.</summary>
    Other,

    /// <summary>Analytická část: demography, the services and their capacities, needs found, SWOT.</summary>
    Analytical,

    /// <summary>Popisná část: how the plan was made — who took part, meetings, working groups, comments, hearings.</summary>
    ProcessDescription,

    /// <summary>Strategická část: vision, priorities, goals, measures and activities (the items as tables).</summary>
    Strategic,

    /// <summary>Financování: how the plan is paid for.</summary>
    Financing,

    /// <summary>Síť sociálních služeb: how the kraj secures the network of services.</summary>
    Network,

    /// <summary>Vyhodnocení předchozího plánu: how the previous plan was fulfilled.</summary>
    PreviousPlanEvaluation,
}

/// <summary>A kind of priority (e.g. systémová, skupinová); <see cref="HasTargetGroup"/>: a priority of this kind names its target group.</summary>
public sealed record PriorityCategory(string Key, string Title, bool HasTargetGroup);

/// <summary>How the items of the strategic part are numbered.</summary>
public enum PlanNumbering
{
    /// <summary>Priority 2, goal 2.1, measure 2.1.3, activity 2.1.3.1.</summary>
    Decimal,

    /// <summary>Priority B, goal B.1, measure B.1.3, activity B.1.3.1.</summary>
    LetterThenDecimal,
}

/// <summary>Fields of a measure that a kraj may require before a plan goes to comments.</summary>
public enum MeasureField
{
    Responsible,
    Partners,
    Period,
    Costs,
    Indicators,
    CapacityChanges,
    WorkingGroup,
}

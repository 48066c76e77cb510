using Kpss.Modules.Abstractions;

namespace Kpss.Plans.Contracts;

/// <summary>The kinds of plan (DOMAIN.md, Plans).</summary>
public enum PlanKind
{
    /// <summary>Střednědobý plán rozvoje sociálních služeb of a kraj (§ 95 d of law 108/2006).</summary>
    Sprss,

    /// <summary>Komunitní plán of an obec, ORP or micro-region, tied to a planning process.</summary>
    Komunitni,

    /// <summary>Akční plán: the yearly implementing plan of either, tied to its parent plan.</summary>
    Akcni,
}

/// <summary>
/// Whether an approved plan is in force on a day. It is not stored: it follows from the plan's period and from the next
/// approved plan of the same kind and area, so it changes on New Year's Day and when a successor is approved.
/// </summary>
public enum PlanValidity
{
    /// <summary>Approved, its period not begun yet (platí od 1. 1. of its first year).</summary>
    Schvaleny,

    /// <summary>Within its period, and no later plan of the same kind and area is in force (platný).</summary>
    Platny,

    /// <summary>A later approved plan of the same kind and area is in force (nahrazený).</summary>
    Nahrazeny,

    /// <summary>Its period is over and no later plan of the same kind and area is in force (ukončený).</summary>
    Ukonceny,
}

/// <summary>The levels of the strategic part: vision → priorities → goals → measures (opatření) → activities.</summary>
public enum ItemLevel
{
    Priorita = 1,
    Cil = 2,
    Opatreni = 3,
    Aktivita = 4,
}

/// <summary>Where the money of a measure or activity comes from.</summary>
public enum FundingSource
{
    Obec,
    Kraj,
    Mpsv,
    Eu,
    Uzivatele,
    Jine,
}

/// <summary>An approved edition of a plan: 1 as first approved, 2 for its first amendment…, with the approving body's resolution.</summary>
public sealed record PlanEdition(int Edition, DateOnly? ApprovedOn, string? ApprovedBy, string? Resolution);

/// <summary>
/// A plan of a kraj: kind, title, period, area, its parent (an action plan's), whether it is a draft now, its validity
/// today (null: never approved), its approved editions, oldest first, and the planning process it belongs to (a
/// community plan's; null for a plan of the whole kraj).
/// </summary>
public sealed record PlanSummary(int Id, PlanKind Kind, string Title, int FromYear, int ToYear, string Area, int? ParentPlanId, bool InPreparation,
    PlanValidity? Validity, IReadOnlyList<PlanEdition> Editions, int? ProcessId = null);

/// <summary>Money of one year from one source, in whole CZK.</summary>
public sealed record YearMoney(FundingSource Source, long Amount);

/// <summary>An indicator of an item for the year: <see cref="Key"/> is stable across editions (the item's code and the
/// indicator's order, e.g. <c>2.1.3/1</c>), the value at the start (if any) and the target.</summary>
public sealed record YearIndicator(string Key, string Name, string Unit, decimal? Baseline, decimal Target);

/// <summary>A change of the network planned for the year: a kind of service (its paragraph of law 108/2006), its form
/// (ambulantní, terénní, pobytová), the ORP (ČSÚ code, null: the whole kraj), capacity ± in a unit, úvazky ±.</summary>
public sealed record YearNetworkChange(string Paragraph, string Form, int? OrpCsuCode, int Capacity, string? Unit, decimal Staff);

/// <summary>
/// An item of a plan as it stands in a year: code, level, title, the responsible party (name, IČO), the year's money by
/// source (a measure's includes its activities'), the year's indicators and changes of the network. A priority or goal
/// is listed for the measures under it, without money of its own.
/// </summary>
public sealed record YearItem(string Code, ItemLevel Level, string Title, string? Responsible, string? ResponsibleIco, IReadOnlyList<YearMoney> Money,
    IReadOnlyList<YearIndicator> Indicators, IReadOnlyList<YearNetworkChange> NetworkChanges);

/// <summary>One year of a frozen edition of a plan: its items that run in the year, in the order of the plan.</summary>
public sealed record PlanYear(int PlanId, int Edition, int Year, IReadOnlyList<YearItem> Items);

/// <summary>The public comments of one edition: how many were received (confirmed) and how each was answered.</summary>
public sealed record EditionComments(int Edition, int Received, int Accepted, int PartlyAccepted, int Refused, int Noted, int Unanswered);

/// <summary>
/// What Plans tells and does for other modules (Evaluation, the kraj plugins' features). Every call is scoped to the
/// kraj given: another kraj's plan is "not found" (null, or a refusal).
/// </summary>
public interface IPlans
{
    /// <summary>The kraj's plans, each with its validity on <paramref name="day"/> and its approved editions.</summary>
    Task<IReadOnlyList<PlanSummary>> ListAsync(string krajCode, DateOnly day, CancellationToken ct = default);

    /// <summary>
    /// The items of one year from a frozen edition of the plan (as approved; an edition never approved: as put to
    /// comment): the measures and activities that run in the year (their period, money or a change of the network in
    /// it) with what is above them. Null when the kraj has no such plan or edition, or the year is outside its period.
    /// </summary>
    Task<PlanYear?> YearAsync(string krajCode, int planId, int edition, int year, CancellationToken ct = default);

    /// <summary>The public comments of each edition that went to comment, in numbers; null when the kraj has no such plan.</summary>
    Task<IReadOnlyList<EditionComments>?> CommentsAsync(string krajCode, int planId, CancellationToken ct = default);

    /// <summary>
    /// Carries a measure or activity of an approved action plan (by its code) into the next action plan of the same parent,
    /// a draft, keeping its code (with its goal and priority, added where missing): for a measure not fulfilled. It comes
    /// without money, indicators and changes of the network — those are planned anew for the year. Refused in Czech: the
    /// target not a draft, not an action plan of the same parent, the code not in the source or already in the target.
    /// </summary>
    Task<OperationResult> CarryOverAsync(string krajCode, int fromPlanId, string code, int toPlanId, CancellationToken ct = default);
}

/// <summary>What a chapter of a plan is for, as a module offering text for it names it.</summary>
public enum ChapterPurpose
{
    Other,
    Analytical,
    ProcessDescription,
    Strategic,
    Financing,
    Network,
    PreviousPlanEvaluation,
}

/// <summary>Text another module offers for a chapter (Markdown), and what it is, in Czech (the button says it).</summary>
public sealed record OfferedText(string Name, string Markdown);

/// <summary>
/// Implemented by a module that can write part of a plan's chapter of one purpose (Evaluation: the evaluation of the
/// previous plan). Plans asks every registered offer when its coordinator opens a draft, and inserts the text at the end
/// of the chapter of that purpose only when asked, as it inserts the planning facts.
/// </summary>
public interface IChapterTextOffer
{
    ChapterPurpose Purpose { get; }

    /// <summary>The text for the kraj's plan, or null when there is nothing to offer for it.</summary>
    Task<OfferedText?> OfferAsync(string krajCode, int planId, int fromYear, int toYear, CancellationToken ct = default);
}

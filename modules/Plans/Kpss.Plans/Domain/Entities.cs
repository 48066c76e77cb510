using Kpss.Modules.Abstractions.Audit;
using Kpss.Modules.Abstractions.Tenancy;

namespace Kpss.Plans.Domain;

/// <summary>
/// Where a plan's text is in its life: draft → comments → public hearing → approved (an amendment starts a new draft).
/// Whether an approved plan is in force, replaced or ended is not a state but follows from the dates
/// (<see cref="PlanValidity"/>).
/// </summary>
internal enum PlanState
{
    Navrh,
    Pripominkovani,
    VerejneProjednani,
    Schvaleny,
}

/// <summary>A plan of a kraj: its kind, period, area, the body that approves it and its state.</summary>
[AuditName("plán")]
internal sealed class Plan : IKrajOwned
{
    public int Id { get; set; }
    public string KrajCode { get; set; } = "";
    public PlanKind Kind { get; set; }
    public string Title { get; set; } = "";
    public int FromYear { get; set; }
    public int ToYear { get; set; }

    /// <summary>The area in words (kraj, ORP, micro-region, obce).</summary>
    public string Area { get; set; } = "";

    /// <summary>The body that approves it (e.g. Zastupitelstvo Jihočeského kraje).</summary>
    public string ApprovingBody { get; set; } = "";

    public PlanState State { get; set; }

    /// <summary>The planning process of the Meetings module a community plan belongs to.</summary>
    public int? ProcessId { get; set; }

    /// <summary>The public hearing (a meeting of the Meetings module) created from this plan.</summary>
    public int? HearingMeetingId { get; set; }

    /// <summary>The plan an action plan implements.</summary>
    public int? ParentPlanId { get; set; }

    /// <summary>
    /// The plan format the plan was created with (or last took over on purpose), in JSON: its chapters with keys, titles
    /// and purposes, kinds of priority, numbering, mandatory fields. Null only for a plan stored before formats were kept.
    /// </summary>
    public string? Format { get; set; }

    /// <summary>An action plan: the parent plan's edition its items were last taken over from (created or refreshed).</summary>
    public int? ParentEdition { get; set; }

    public string? Vision { get; set; }

    /// <summary>The edition being prepared or last approved: 1 for the plan as first approved, 2 for its first amendment (aktualizace)…</summary>
    public int Edition { get; set; } = 1;

    /// <summary>The comment period of the edition in comments (Prague dates, both days included).</summary>
    public DateOnly? CommentsFrom { get; set; }

    public DateOnly? CommentsTo { get; set; }

    /// <summary>The highest number a priority of this plan was ever given (a removed one's is not given again).</summary>
    public int NumberedPriorities { get; set; }

    /// <summary>Moves on with every change of the plan or its parts: a save from an older version is refused.</summary>
    public int Version { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public List<PlanChapter> Chapters { get; set; } = [];
    public List<PlanItem> Items { get; set; } = [];
}

/// <summary>A chapter's text in Markdown, under the key the kraj's plan format gives.</summary>
[AuditName("kapitola plánu")]
internal sealed class PlanChapter
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public string Key { get; set; } = "";
    public string Text { get; set; } = "";
}

/// <summary>
/// A priority, goal, measure or activity. <see cref="Number"/> is given once, when the item is added (one more than
/// any its siblings ever had), and never changes: the item's code (2.1.3) is made of its and its parents' numbers, so it
/// survives reordering and removal. <see cref="Order"/> is the place among its siblings.
/// </summary>
[AuditName("položka plánu")]
internal sealed class PlanItem
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int? ParentId { get; set; }
    public ItemLevel Level { get; set; }
    public int Number { get; set; }
    public int Order { get; set; }

    /// <summary>The highest number a child of this item was ever given.</summary>
    public int NumberedChildren { get; set; }

    public string Title { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>Priorities: the key of the kind from the plan format (systemova, skupinova).</summary>
    public string? Category { get; set; }

    /// <summary>Priorities of a kind with a target group.</summary>
    public string? TargetGroup { get; set; }

    // Measures and activities.
    public string? Responsible { get; set; }
    public string? ResponsibleIco { get; set; }
    public string? Partners { get; set; }
    public int? FromYear { get; set; }
    public int? ToYear { get; set; }
    public string? WorkingGroup { get; set; }

    /// <summary>In an action plan: the parent plan's item this one was taken over from (null: the action plan's own).</summary>
    public int? SourceItemId { get; set; }

    public List<PlanCost> Costs { get; set; } = [];
    public List<PlanIndicator> Indicators { get; set; } = [];
    public List<PlanCapacityChange> Capacities { get; set; } = [];
}

/// <summary>
/// An expected change of the network a measure or activity brings: a kind of service (its paragraph of law 108/2006),
/// its form, the ORP, capacity ± in a unit (e.g. +6 lůžka) and staff ± in full-time equivalents (úvazky), from the
/// year it takes effect (within the plan's period). An action plan of year Y carries the changes of year Y.
/// </summary>
[AuditName("změna kapacit v plánu")]
internal sealed class PlanCapacityChange
{
    public int Id { get; set; }
    public int ItemId { get; set; }
    public int Order { get; set; }

    /// <summary>The year the change takes effect.</summary>
    public int Year { get; set; }

    public string Paragraph { get; set; } = "";
    public Kpss.Catalogue.Contracts.ServiceForms Form { get; set; }
    public int? OrpCsuCode { get; set; }
    public int Capacity { get; set; }
    public string? Unit { get; set; }
    public decimal Staff { get; set; }
}

/// <summary>How a measure or activity is checked: e.g. "kapacita odlehčovací služby", lůžka, 4 → 10 in 2027.</summary>
[AuditName("ukazatel položky plánu")]
internal sealed class PlanIndicator
{
    public int Id { get; set; }
    public int ItemId { get; set; }
    public int Order { get; set; }
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal? Baseline { get; set; }
    public decimal Target { get; set; }
    public int Year { get; set; }
}

/// <summary>Money of a measure or activity in one year from one source, in whole CZK (exact on every database).</summary>
[AuditName("financování položky plánu")]
internal sealed class PlanCost
{
    public int Id { get; set; }
    public int ItemId { get; set; }
    public int Year { get; set; }
    public FundingSource Source { get; set; }
    public long Amount { get; set; }
}

/// <summary>What a frozen copy of a plan was made for.</summary>
internal enum SnapshotStage
{
    /// <summary>The text put to public comment.</summary>
    Pripominkovani,

    /// <summary>The text as approved: frozen, published, the edition in force until a later one is approved.</summary>
    Schvaleny,
}

/// <summary>
/// A plan frozen when it went to comment and when it was approved: the whole plan as read (chapters, strategic part
/// with codes and money) in JSON, so what was published stays exactly what it was while the draft of the next edition
/// changes. Any two snapshots can be compared.
/// </summary>
[AuditName("vydání plánu")]
internal sealed class PlanSnapshot
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int Edition { get; set; }
    public SnapshotStage Stage { get; set; }

    /// <summary>The plan as read (<c>PlanView</c>), in JSON.</summary>
    public string Content { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    // Approval: the body, its resolution and its date (e.g. "usnesení 211/2023/ZK-27 ze dne 22. 6. 2023").
    public string? ApprovedBy { get; set; }
    public string? Resolution { get; set; }
    public DateOnly? ApprovedOn { get; set; }

    /// <summary>For the copy put to comment: when its settlement of comments was published (and the writers e-mailed).</summary>
    public DateTime? SettlementPublishedAtUtc { get; set; }
}

/// <summary>The coordinator's answer to a comment, as the settlement of comments (vypořádání připomínek) words it.</summary>
internal enum CommentAnswer
{
    /// <summary>Not answered yet.</summary>
    Zadna,
    Akceptovano,
    CastecneAkceptovano,
    Neakceptovano,
    BereSeNaVedomi,
}

/// <summary>
/// A public comment on a plan in comment: on the whole plan, a chapter or one item (by its code). It counts only once
/// its writer has confirmed the e-mail address by the link sent there; an unconfirmed one is never shown and is purged.
/// </summary>
[AuditName("připomínka k plánu")]
internal sealed class PlanComment
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int Edition { get; set; }

    /// <summary>"" for the whole plan, <c>kapitola:{key}</c> or <c>polozka:{code}</c>.</summary>
    public string Target { get; set; } = "";

    /// <summary>What the target was called when the comment was written (e.g. "Opatření 1.1.1 Odlehčovací služba").</summary>
    public string TargetTitle { get; set; } = "";

    public string Text { get; set; } = "";
    [PersonalField]
    public string? AuthorName { get; set; }
    public string? Organisation { get; set; }
    public string Email { get; set; } = "";

    /// <summary>SHA-256 of the confirmation link's secret (the secret itself is only in the e-mail).</summary>
    public string TokenHash { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
    public DateTime? ConfirmedAtUtc { get; set; }

    public CommentAnswer Answer { get; set; }
    public string? Reason { get; set; }
    public DateTime? AnsweredAtUtc { get; set; }

    /// <summary>When the writer was e-mailed the answer (with the published settlement).</summary>
    public DateTime? NotifiedAtUtc { get; set; }

    /// <summary>Moves on with each answer: an answer from an older page is refused.</summary>
    public int Version { get; set; }
}

/// <summary>
/// That the kraj's coordinators were reminded of one occurrence of a plan deadline of the kraj's calendar (its key and
/// the year it usually starts in): each occurrence is reminded once, whichever host's scheduler gets there first.
/// </summary>
[NotAudited]
internal sealed class DeadlineReminder : IKrajOwned
{
    public int Id { get; set; }
    public string KrajCode { get; set; } = "";
    public string DeadlineKey { get; set; } = "";
    public int Year { get; set; }

    /// <summary>The occurrence's first day as it stood when the reminder went out.</summary>
    public DateOnly Start { get; set; }

    public int Recipients { get; set; }
    public DateTime SentAtUtc { get; set; }
}

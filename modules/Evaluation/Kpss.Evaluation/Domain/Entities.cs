using Kpss.Modules.Abstractions.Audit;
using Kpss.Modules.Abstractions.Tenancy;

namespace Kpss.Evaluation.Domain;

/// <summary>Where a monitoring round is: open for reports, or frozen by the approval of its report.</summary>
internal enum RoundState
{
    Otevrene,
    Schvalene,
}

/// <summary>How a measure or activity of the year was fulfilled, as the responsible party or the coordinator says it.</summary>
internal enum RecordState
{
    Splneno,
    PlnenoPrubezne,
    CastecneSplneno,
    Nesplneno,
    Zruseno,
    Presunuto,
}

/// <summary>
/// The yearly monitoring of a plan (sledování plnění, § 95 of law 108/2006): the items of one year of an approved edition
/// — the year's action plan if there is one, otherwise the plan itself — as records to be reported on by a deadline.
/// </summary>
[AuditName("kolo sledování plnění")]
internal sealed class MonitoringRound : IKrajOwned
{
    public int Id { get; set; }
    public string KrajCode { get; set; } = "";

    /// <summary>The plan monitored (a SPRSS or a community plan) and its title when the round was opened.</summary>
    public int PlanId { get; set; }

    public string PlanTitle { get; set; } = "";

    /// <summary>The planning process of the plan (for a coordinator narrowed to processes), if it has one.</summary>
    public int? ProcessId { get; set; }

    /// <summary>The plan whose edition gave the records: the year's action plan, or the plan itself.</summary>
    public int SourcePlanId { get; set; }

    public string SourceTitle { get; set; } = "";
    public int SourceEdition { get; set; }
    public int Year { get; set; }

    /// <summary>The last day (Prague) the responsible parties report by.</summary>
    public DateOnly Deadline { get; set; }

    public RoundState State { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? ApprovedAtUtc { get; set; }

    public List<MonitoringRecord> Records { get; set; } = [];
}

/// <summary>
/// One item of the year as reported: a measure or activity (a priority or goal is kept for the report's grouping and is
/// not filled in), its state, the indicators reached, the money spent, the changes of the network really made.
/// </summary>
[AuditName("záznam sledování plnění")]
internal sealed class MonitoringRecord
{
    public int Id { get; set; }
    public int RoundId { get; set; }

    /// <summary>Its place in the plan's order.</summary>
    public int Order { get; set; }

    public string Code { get; set; } = "";
    public ItemLevel Level { get; set; }
    public string Title { get; set; } = "";
    public string? Responsible { get; set; }
    public string? ResponsibleIco { get; set; }

    /// <summary>Null until reported.</summary>
    public RecordState? State { get; set; }

    public string? Comment { get; set; }

    /// <summary>A link to the evidence (a report, a resolution, a web page).</summary>
    public string? Evidence { get; set; }

    /// <summary>Whether the coordinator filled it in on a responsible party's behalf (the account that did is in the audit log).</summary>
    public bool FilledOnBehalf { get; set; }
    public DateTime? FilledAtUtc { get; set; }
    public int Version { get; set; }

    public List<RecordIndicator> Indicators { get; set; } = [];
    public List<RecordMoney> Money { get; set; } = [];
    public List<RecordNetworkChange> NetworkChanges { get; set; } = [];

    public bool IsFilledIn => Level is ItemLevel.Opatreni or ItemLevel.Aktivita;
}

/// <summary>An indicator of the edition for the year (key: the item's code and the indicator's order) and the value reached.</summary>
[AuditName("ukazatel záznamu sledování")]
internal sealed class RecordIndicator
{
    public int Id { get; set; }
    public int RecordId { get; set; }
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal? Baseline { get; set; }
    public decimal Target { get; set; }
    public decimal? Reached { get; set; }
}

/// <summary>Money of the year from one source: planned at the record's own level (a measure's without its activities'), and spent.</summary>
[AuditName("peníze záznamu sledování")]
internal sealed class RecordMoney
{
    public int Id { get; set; }
    public int RecordId { get; set; }
    public FundingSource Source { get; set; }
    public long Planned { get; set; }
    public long? Spent { get; set; }
}

/// <summary>A change of the network planned for the year, and what was really made of it (capacity and úvazky ±).</summary>
[AuditName("změna sítě záznamu sledování")]
internal sealed class RecordNetworkChange
{
    public int Id { get; set; }
    public int RecordId { get; set; }

    /// <summary>1, 2… within the record, as the edition lists them.</summary>
    public int Order { get; set; }

    public string Paragraph { get; set; } = "";
    public string Form { get; set; } = "";
    public int? OrpCsuCode { get; set; }
    public int Capacity { get; set; }
    public string? Unit { get; set; }
    public decimal Staff { get; set; }
    public int? RealCapacity { get; set; }
    public decimal? RealStaff { get; set; }
}

using Kpss.Modules.Abstractions.Audit;
using Kpss.Modules.Abstractions.Tenancy;

namespace Kpss.Catalogue.Domain;

/// <summary>A provider as in the national register (RPSS); registered by the kraj of its seat.</summary>
[AuditName("poskytovatel")]
internal sealed class Provider : IKrajOwned
{
    public int Id { get; set; }
    public required string KrajCode { get; set; }
    /// <summary>IČO, 8 digits with a valid check digit.</summary>
    public required string Ico { get; set; }
    public required string Name { get; set; }
    public string? LegalForm { get; set; }
    public string? Seat { get; set; }
    public string? StatutoryBody { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Web { get; set; }
}

/// <summary>A registered social service.</summary>
[AuditName("služba")]
internal sealed class Service : IKrajOwned
{
    public int Id { get; set; }
    public required string KrajCode { get; set; }
    public int ProviderId { get; set; }
    public Provider? Provider { get; set; }
    /// <summary>The register's identifier of the service (identifikátor).</summary>
    public required string RegisterId { get; set; }
    public required string Name { get; set; }
    /// <summary>Paragraph of the kind (e.g. "40"), see <see cref="ServiceKinds"/>.</summary>
    public required string KindParagraph { get; set; }
    public ServiceForms Forms { get; set; }
    /// <summary>Target groups as "|senioři|osoby v krizi|" (searchable with LIKE on both databases).</summary>
    public string TargetGroups { get; set; } = "|";
    public int? AgeFrom { get; set; }
    public int? AgeTo { get; set; }
    public string? OpeningHours { get; set; }
    public string? Description { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    /// <summary>ORP of the facilities and of the territorial scope as "|3105|3112|".</summary>
    public string OrpCodes { get; set; } = "|";
    /// <summary>Obce of the territorial scope, as given.</summary>
    public string? Territory { get; set; }
    /// <summary>Folded name, provider, kind, target groups, places and description (see <see cref="CzechText.Fold"/>).</summary>
    public string SearchText { get; set; } = "";
    /// <summary>Czech collation key of the name (see <see cref="CzechText.SortKey"/>).</summary>
    public string SortKey { get; set; } = "";
    public DateTime UpdatedAtUtc { get; set; }
    public int Version { get; set; }
    public List<Facility> Facilities { get; set; } = [];
    public List<Capacity> Capacities { get; set; } = [];

    public IEnumerable<string> TargetGroupList => TargetGroups.Split('|', StringSplitOptions.RemoveEmptyEntries);

    public IEnumerable<int> OrpList => OrpCodes.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse);
}

[AuditName("zařízení služby")]
internal sealed class Facility
{
    public int Id { get; set; }
    public int ServiceId { get; set; }
    public string? Name { get; set; }
    public required string Address { get; set; }
    public required string Obec { get; set; }
    public int? OrpCsuCode { get; set; }
}

[AuditName("kapacita služby")]
internal sealed class Capacity
{
    public int Id { get; set; }
    public int ServiceId { get; set; }
    public ServiceForms Form { get; set; }
    public int Value { get; set; }
    public required string Unit { get; set; }
}

/// <summary>Whether and how a service is in a kraj's network (síť sociálních služeb): the kraj's own data.</summary>
[AuditName("služba v síti kraje")]
internal sealed class NetworkEntry : IKrajOwned
{
    public required string KrajCode { get; set; }
    public int ServiceId { get; set; }
    public bool InNetwork { get; set; }
    /// <summary>The part of the network as the kraj's plugin names it (e.g. základní, podmíněná).</summary>
    public string? Part { get; set; }
    public int? Capacity { get; set; }
    public string? CapacityUnit { get; set; }
    /// <summary>Staff in full-time equivalents (úvazky).</summary>
    public decimal? Fte { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public required string UpdatedBy { get; set; }
}

/// <summary>
/// A spell of a service in a kraj's network: from its first day to its last (null: still in it), in which part, with
/// what capacity and staff. A change of the network closes the open spell the day before it takes effect and opens the
/// next, so the network on any day, and what changed between two days, can be read back (<see cref="NetworkEntry"/> is
/// only the latest).
/// </summary>
[AuditName("období služby v síti kraje")]
internal sealed class NetworkPeriod : IKrajOwned
{
    public int Id { get; set; }
    public required string KrajCode { get; set; }
    public int ServiceId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public string? Part { get; set; }
    public int? Capacity { get; set; }
    public string? CapacityUnit { get; set; }
    public decimal? Fte { get; set; }
}

/// <summary>One change of a service: who, when, from where (import, provider editor, approval) and what.</summary>
[NotAudited]
internal sealed class ServiceChange : IKrajOwned
{
    public long Id { get; set; }
    public required string KrajCode { get; set; }
    public int ServiceId { get; set; }
    public Service? Service { get; set; }
    public DateTime AtUtc { get; set; }
    public required string UserName { get; set; }
    public required string Source { get; set; }
    public required string Summary { get; set; }
}

internal enum ChangeRequestStatus { Pending, Approved, Rejected }

/// <summary>A provider editor's proposed change of a service; it applies only when the kraj approves it.</summary>
[AuditName("návrh změny služby")]
internal sealed class ChangeRequest : IKrajOwned
{
    public int Id { get; set; }
    public required string KrajCode { get; set; }
    public int ServiceId { get; set; }
    public Service? Service { get; set; }
    /// <summary>The service's version the proposal was made against: a newer one makes the proposal stale.</summary>
    public int BaseVersion { get; set; }
    public ChangeRequestStatus Status { get; set; }
    public string? Description { get; set; }
    public string? OpeningHours { get; set; }
    public string TargetGroups { get; set; } = "|";
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Web { get; set; }
    public int? AgeFrom { get; set; }
    public int? AgeTo { get; set; }
    /// <summary>The proposed capacities, "|form:value:unit|…" (as <see cref="Capacity"/>); null: the capacities stay.</summary>
    public string? Capacities { get; set; }
    public required string ProposedBy { get; set; }
    public DateTime ProposedAtUtc { get; set; }
    public string? DecidedBy { get; set; }
    public DateTime? DecidedAtUtc { get; set; }
    public string? RejectReason { get; set; }
}

/// <summary>
/// Changes whenever a kraj's services or providers change (written in the same SaveChanges). Every host's in-memory
/// search index compares it on each search: one trivial query keeps all hosts consistent.
/// </summary>
[NotAudited]
internal sealed class CatalogueToken
{
    public required string KrajCode { get; set; }
    public Guid Token { get; set; }
}

internal enum ImportRunStatus { Running, Done, Rejected, Failed, Interrupted }

/// <summary>
/// One import into a kraj's catalogue (from the page or the API): who, when, which file, the outcome and its report. Kept
/// in the database so the result outlives the host that ran it and any host can show it.
/// </summary>
[NotAudited]
internal sealed class ImportRun : IKrajOwned
{
    public Guid Id { get; set; }
    public required string KrajCode { get; set; }
    public required string UserName { get; set; }
    public required string FileName { get; set; }
    public required string Format { get; set; }
    public bool DryRun { get; set; }
    public ImportRunStatus Status { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    /// <summary>Renewed every few seconds by the host running the import; a stale one means that host went away.</summary>
    public DateTime HeartbeatAtUtc { get; set; }
    /// <summary>The host process that runs the import; empty while it waits in the job queue.</summary>
    public required string Instance { get; set; }
    /// <summary>The uploaded file, gzipped, while the import waits for or runs on the job server; cleared when it ends.</summary>
    public byte[]? Payload { get; set; }
    /// <summary>Progress as the running host last wrote it (with the heartbeat), for pages served by other hosts.</summary>
    public string? ProgressPhase { get; set; }
    public int ProgressDone { get; set; }
    public int Records { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int ErrorCount { get; set; }
    /// <summary>The report as JSON: every error and every change, each list cut at <c>ImportRuns.StoredLines</c>.</summary>
    public string? Report { get; set; }
    public string? Failure { get; set; }
}

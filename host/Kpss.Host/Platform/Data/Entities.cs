using Kpss.Modules.Abstractions.Audit;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace Kpss.Host.Platform.Data;

/// <summary>Reference data (from the migrations), never changed by anyone: not audited.</summary>
[NotAudited]
public sealed class Kraj
{
    /// <summary>NUTS 3 code, e.g. CZ031.</summary>
    public required string Code { get; init; }
    public required string Slug { get; init; }
    public required string Name { get; init; }
}

[NotAudited]
public sealed class Orp
{
    /// <summary>ČSÚ code of the ORP (CIS0065), e.g. 3105.</summary>
    public int CsuCode { get; init; }
    public int RuianCode { get; init; }
    public required string Name { get; init; }
    public required string KrajCode { get; init; }
}

[AuditName("účet")]
public sealed class KpssUser : IdentityUser
{
    [PersonalField]
    public string DisplayName { get; set; } = "";
}

/// <summary>A scoped role of a user: platform admin (no kraj), or a role in a kraj, optionally narrowed by ScopeId.</summary>
[AuditName("role")]
public sealed class RoleAssignment
{
    public long Id { get; init; }
    public required string UserId { get; init; }
    public required string Role { get; init; }
    public string? KrajCode { get; init; }
    /// <summary>Planning process, group or provider id that narrows the role; owned by the module that issues it.</summary>
    public string? ScopeId { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    /// <summary>Who gave the role (a regional admin's email); null when given by the command line or demo data.</summary>
    public string? GrantedBy { get; init; }
}

/// <summary>Whether a kraj plugin is enabled in a kraj. No row: disabled.</summary>
[AuditName("plugin kraje")]
public sealed class KrajPluginState : IKrajOwned
{
    public required string KrajCode { get; init; }
    public required string PluginId { get; init; }
    public bool Enabled { get; set; }
    public DateTime ChangedAtUtc { get; set; }
}

/// <summary>Who enabled or disabled which plugin in which kraj, and when.</summary>
[NotAudited]
public sealed class PluginAuditEntry : IKrajOwned
{
    public long Id { get; init; }
    public required string KrajCode { get; init; }
    public required string PluginId { get; init; }
    public bool Enabled { get; init; }
    public required string UserId { get; init; }
    public required string UserName { get; init; }
    public DateTime AtUtc { get; init; }
}

/// <summary>An ASP.NET Core data-protection key, kept in the database so that several hosts share one key ring.</summary>
[NotAudited]
public sealed class DataProtectionKey
{
    public int Id { get; init; }
    public string? FriendlyName { get; init; }
    public required string Xml { get; init; }
}

/// <summary>
/// The kraj's own dates for one occurrence of a plugin's recurring deadline (the kraj announces exact dates each year):
/// they replace the plugin's usual dates for that year only.
/// </summary>
[AuditName("upřesněný termín kalendáře")]
public sealed class CalendarCorrection : IKrajOwned
{
    public long Id { get; init; }
    public required string KrajCode { get; init; }
    public required string PluginId { get; init; }
    public required string DeadlineKey { get; init; }
    /// <summary>The year in which the plugin's usual occurrence starts.</summary>
    public int Year { get; init; }
    public DateOnly Start { get; set; }
    public DateOnly End { get; set; }
    public string? Note { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>
/// One record of the audit log: a row added, changed or deleted by someone (see
/// <see cref="Kpss.Modules.Abstractions.Audit.AuditInterceptor"/>, which writes them). Never updated or deleted: the
/// database refuses it (a trigger on each provider).
/// </summary>
[NotAudited]
public sealed class AuditRecord
{
    public long Id { get; init; }
    public DateTime AtUtc { get; init; }
    public string? KrajCode { get; init; }
    public AuditActorKind ActorKind { get; init; }
    public required string Actor { get; init; }
    public string? Address { get; init; }
    public string? Source { get; init; }
    /// <summary>The module's schema (platform, meetings, catalogue, plans, notifications…).</summary>
    public required string Module { get; init; }
    /// <summary>The entity's type name (Meeting, PlanItem…).</summary>
    public required string Entity { get; init; }
    public required string EntityKey { get; init; }
    /// <summary>Added, Modified or Deleted.</summary>
    public required string Action { get; init; }
    /// <summary>JSON: field → [before, after]; personal fields and secrets as <c>***</c>.</summary>
    public required string Changes { get; init; }
}

/// <summary>
/// A personal access token for an integrator's calls to the kraj's JSON API (<c>Authorization: Bearer</c>), acting with
/// one role in one kraj. Only its SHA-256 is stored; the token itself is shown once, when it is made.
/// </summary>
[AuditName("klíč API")]
public sealed class ApiToken : IKrajOwned
{
    public long Id { get; init; }
    public required string KrajCode { get; init; }
    /// <summary>What it is for, as the admin named it ("Rozpočtový systém kraje").</summary>
    public required string Name { get; init; }
    /// <summary><see cref="Kpss.Modules.Abstractions.Security.KpssRoles.Coordinator"/> or <c>RegionalAdmin</c>.</summary>
    public required string Role { get; init; }
    /// <summary>The token's first characters, to recognise it in the list (never enough to use it).</summary>
    public required string Prefix { get; init; }
    public required string Hash { get; init; }
    public required string CreatedBy { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime? ExpiresAtUtc { get; init; }
    public DateTime? RevokedAtUtc { get; set; }
    public string? RevokedBy { get; set; }
    public DateTime? LastUsedAtUtc { get; set; }
}

namespace Kpss.Modules.Abstractions.Audit;

/// <summary>Who a change is made by, as the audit log names them.</summary>
public enum AuditActorKind
{
    /// <summary>A signed-in account (its e-mail address).</summary>
    Account,

    /// <summary>Someone acting by a signed link from an e-mail (an invitation's answer, a comment's confirmation).</summary>
    SignedLink,

    /// <summary>A visitor of a public form, not signed in.</summary>
    Visitor,

    /// <summary>The platform itself: a scheduled job, the command line, demo data.</summary>
    System,
}

/// <summary>
/// The actor of the current scope (a request or a job), filled by the host — from the signed-in user or the request's
/// signed link, or the job's name — and read by the audit log when a DbContext saves.
/// </summary>
public sealed class AuditScope
{
    public AuditActorKind Kind { get; private set; } = AuditActorKind.System;

    /// <summary>The account's e-mail, the link's kind, or the job's name.</summary>
    public string Actor { get; private set; } = "systém";

    /// <summary>The client's address (as the reverse proxy forwards it), for requests.</summary>
    public string? Address { get; private set; }

    /// <summary>The request's method and path, or the job's name.</summary>
    public string? Source { get; private set; }

    public void Set(AuditActorKind kind, string actor, string? address, string? source)
    {
        Kind = kind;
        Actor = Truncate(actor, 256);
        Address = address is null ? null : Truncate(address, 64);
        Source = source is null ? null : Truncate(source, 300);
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}

using Kpss.Modules.Abstractions.Audit;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Notifications.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Notifications.Data;

internal enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
    Cancelled,
    /// <summary>Not sent because the recipient switched this kind of mail off.</summary>
    Suppressed,
}

/// <summary>One email, rendered when it was queued, sent when due.</summary>
[NotAudited]
internal sealed class OutboxMessage : IKrajOwned
{
    public long Id { get; set; }
    public required string KrajCode { get; set; }
    public string? Key { get; set; }
    public NotificationCategory Category { get; set; }
    public required string Kind { get; set; }
    public required string ToEmail { get; set; }
    public string? ToName { get; set; }
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public string? HtmlBody { get; set; }
    public string? CalendarMethod { get; set; }
    public string? CalendarContent { get; set; }
    public OutboxStatus Status { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime DueAtUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public string? LockedBy { get; set; }
    public DateTime? LockedUntilUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
}

/// <summary>What a person (by email address, account or not) does not want to receive.</summary>
[AuditName("nastavení oznámení")]
internal sealed class NotificationPreference
{
    public required string Email { get; set; }
    public bool RemindersOff { get; set; }
    public bool DigestsOff { get; set; }
    public DateTime ChangedAtUtc { get; set; }
}

internal abstract class NotificationsDbContext(DbContextOptions options, ITenantContext tenant) : KpssDbContext(options, tenant)
{
    public const string SchemaName = "notifications";

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<NotificationPreference> Preferences => Set<NotificationPreference>();

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder b)
    {
        b.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.Property(m => m.KrajCode).HasMaxLength(5);
            e.Property(m => m.Key).HasMaxLength(200);
            e.Property(m => m.Kind).HasMaxLength(50);
            e.Property(m => m.Category).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.ToEmail).HasMaxLength(320);
            e.Property(m => m.ToName).HasMaxLength(200);
            e.Property(m => m.Subject).HasMaxLength(500);
            e.Property(m => m.CalendarMethod).HasMaxLength(20);
            e.Property(m => m.LockedBy).HasMaxLength(64);
            e.Property(m => m.LastError).HasMaxLength(2000);
            // The dispatcher's question: what is pending and due?
            e.HasIndex(m => new { m.Status, m.DueAtUtc });
            e.HasIndex(m => m.Key);
            e.HasIndex(m => new { m.KrajCode, m.CreatedAtUtc });
        });
        b.Entity<NotificationPreference>(e =>
        {
            e.ToTable("preferences");
            e.HasKey(p => p.Email);
            e.Property(p => p.Email).HasMaxLength(320);
        });
    }
}

internal sealed class SqliteNotificationsDbContext(DbContextOptions<SqliteNotificationsDbContext> options, ITenantContext tenant)
    : NotificationsDbContext(options, tenant);

internal sealed class PostgresNotificationsDbContext(DbContextOptions<PostgresNotificationsDbContext> options, ITenantContext tenant)
    : NotificationsDbContext(options, tenant);

internal sealed class MySqlNotificationsDbContext(DbContextOptions<MySqlNotificationsDbContext> options, ITenantContext tenant)
    : NotificationsDbContext(options, tenant);

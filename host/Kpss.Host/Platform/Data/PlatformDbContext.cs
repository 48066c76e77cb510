using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Host.Platform.Data;

/// <summary>
/// The host's own data in schema <c>platform</c>: kraje and ORP, identity, plugin enablement and its audit,
/// data-protection keys. One subclass per provider carries that provider's migrations.
/// </summary>
public abstract class PlatformDbContext(DbContextOptions options, ITenantContext tenant) : IdentityUserContext<KpssUser>(options)
{
    public const string Schema = "platform";

    public DbSet<Kraj> Kraje => Set<Kraj>();
    public DbSet<Orp> Orp => Set<Orp>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<KrajPluginState> KrajPluginStates => Set<KrajPluginState>();
    public DbSet<PluginAuditEntry> PluginAudit => Set<PluginAuditEntry>();
    public DbSet<CalendarCorrection> CalendarCorrections => Set<CalendarCorrection>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<AuditRecord> AuditLog => Set<AuditRecord>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    // Members of the context, so EF reads them on every query rather than baking them into the cached model.
    private bool TenantIsPlatformWide => tenant.IsPlatformWide;
    private string? TenantKrajCode => tenant.KrajCode;

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.HasDefaultSchema(Schema);
        MySqlModel.Configure(b, Database);

        b.Entity<KpssUser>(e =>
        {
            e.ToTable("users");
            e.Property(u => u.DisplayName).HasMaxLength(200);
        });
        b.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        b.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        b.Entity<IdentityUserToken<string>>().ToTable("user_tokens");

        b.Entity<Kraj>(e =>
        {
            e.ToTable("kraje");
            e.HasKey(k => k.Code);
            e.Property(k => k.Code).HasMaxLength(5);
            e.Property(k => k.Slug).HasMaxLength(40);
            e.Property(k => k.Name).HasMaxLength(100);
            e.HasIndex(k => k.Slug).IsUnique();
            e.HasData(ReferenceData.Kraje);
        });
        b.Entity<Orp>(e =>
        {
            e.ToTable("orp");
            e.HasKey(o => o.CsuCode);
            e.Property(o => o.CsuCode).ValueGeneratedNever();
            e.Property(o => o.Name).HasMaxLength(100);
            e.Property(o => o.KrajCode).HasMaxLength(5);
            e.HasIndex(o => o.KrajCode);
            e.HasOne<Kraj>().WithMany().HasForeignKey(o => o.KrajCode).OnDelete(DeleteBehavior.Restrict);
            e.HasData(ReferenceData.Orp);
        });
        b.Entity<RoleAssignment>(e =>
        {
            e.ToTable("role_assignments");
            e.Property(r => r.Role).HasMaxLength(40);
            e.Property(r => r.KrajCode).HasMaxLength(5);
            e.Property(r => r.ScopeId).HasMaxLength(64);
            e.Property(r => r.GrantedBy).HasMaxLength(256);
            e.HasIndex(r => r.UserId);
            e.HasIndex(r => new { r.KrajCode, r.Role });
            e.HasOne<KpssUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Kraj>().WithMany().HasForeignKey(r => r.KrajCode).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<KrajPluginState>(e =>
        {
            e.ToTable("kraj_plugins");
            e.HasKey(s => new { s.KrajCode, s.PluginId });
            e.Property(s => s.KrajCode).HasMaxLength(5);
            e.Property(s => s.PluginId).HasMaxLength(100);
            e.HasOne<Kraj>().WithMany().HasForeignKey(s => s.KrajCode).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(s => TenantIsPlatformWide || s.KrajCode == TenantKrajCode);
        });
        b.Entity<CalendarCorrection>(e =>
        {
            e.ToTable("calendar_corrections");
            e.Property(c => c.KrajCode).HasMaxLength(5);
            e.Property(c => c.PluginId).HasMaxLength(100);
            e.Property(c => c.DeadlineKey).HasMaxLength(100);
            e.Property(c => c.Note).HasMaxLength(500);
            e.Property(c => c.UpdatedBy).HasMaxLength(256);
            e.HasIndex(c => new { c.KrajCode, c.PluginId, c.DeadlineKey, c.Year }).IsUnique();
            e.HasOne<Kraj>().WithMany().HasForeignKey(c => c.KrajCode).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(c => TenantIsPlatformWide || c.KrajCode == TenantKrajCode);
        });
        b.Entity<PluginAuditEntry>(e =>
        {
            e.ToTable("plugin_audit");
            e.Property(a => a.KrajCode).HasMaxLength(5);
            e.Property(a => a.PluginId).HasMaxLength(100);
            e.Property(a => a.UserId).HasMaxLength(450);
            e.Property(a => a.UserName).HasMaxLength(256);
            e.HasIndex(a => new { a.KrajCode, a.AtUtc });
            e.HasOne<Kraj>().WithMany().HasForeignKey(a => a.KrajCode).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(a => TenantIsPlatformWide || a.KrajCode == TenantKrajCode);
        });
        b.Entity<AuditRecord>(e =>
        {
            e.ToTable(Kpss.Modules.Abstractions.Audit.AuditTable.Table);
            e.Property(a => a.KrajCode).HasMaxLength(5);
            e.Property(a => a.Actor).HasMaxLength(256);
            e.Property(a => a.Address).HasMaxLength(64);
            e.Property(a => a.Source).HasMaxLength(300);
            e.Property(a => a.Module).HasMaxLength(40);
            e.Property(a => a.Entity).HasMaxLength(100);
            e.Property(a => a.EntityKey).HasMaxLength(200);
            e.Property(a => a.Action).HasMaxLength(10);
            e.HasIndex(a => new { a.KrajCode, a.AtUtc });
            e.HasIndex(a => a.AtUtc);
            e.HasQueryFilter(a => TenantIsPlatformWide || a.KrajCode == TenantKrajCode);
        });
        b.Entity<ApiToken>(e =>
        {
            e.ToTable("api_tokens");
            e.Property(t => t.KrajCode).HasMaxLength(5);
            e.Property(t => t.Name).HasMaxLength(100);
            e.Property(t => t.Role).HasMaxLength(40);
            e.Property(t => t.Prefix).HasMaxLength(16);
            e.Property(t => t.Hash).HasMaxLength(64);
            e.Property(t => t.CreatedBy).HasMaxLength(256);
            e.Property(t => t.RevokedBy).HasMaxLength(256);
            e.HasIndex(t => t.Hash).IsUnique();
            e.HasIndex(t => t.KrajCode);
            e.HasOne<Kraj>().WithMany().HasForeignKey(t => t.KrajCode).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(t => TenantIsPlatformWide || t.KrajCode == TenantKrajCode);
        });
        b.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("data_protection_keys");
            e.Property(k => k.FriendlyName).HasMaxLength(200);
        });
    }
}

public sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options, ITenantContext tenant)
    : PlatformDbContext(options, tenant);

public sealed class PostgresPlatformDbContext(DbContextOptions<PostgresPlatformDbContext> options, ITenantContext tenant)
    : PlatformDbContext(options, tenant);

public sealed class MySqlPlatformDbContext(DbContextOptions<MySqlPlatformDbContext> options, ITenantContext tenant)
    : PlatformDbContext(options, tenant);

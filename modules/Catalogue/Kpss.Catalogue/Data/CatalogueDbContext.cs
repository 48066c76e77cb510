using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;

namespace Kpss.Catalogue.Data;

internal abstract class CatalogueDbContext(DbContextOptions options, ITenantContext tenant) : KpssDbContext(options, tenant)
{
    public const string SchemaName = "catalogue";

    public DbSet<Provider> Providers => Set<Provider>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Facility> Facilities => Set<Facility>();
    public DbSet<Capacity> Capacities => Set<Capacity>();
    public DbSet<NetworkEntry> Network => Set<NetworkEntry>();
    public DbSet<NetworkPeriod> NetworkPeriods => Set<NetworkPeriod>();
    public DbSet<ServiceChange> History => Set<ServiceChange>();
    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();
    public DbSet<CatalogueToken> Tokens => Set<CatalogueToken>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    /// <summary>Any change of a service, provider or network entry also renews its kraj's <see cref="CatalogueToken"/>, in the same save.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var kraje = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity switch { Service s => s.KrajCode, Provider p => p.KrajCode, NetworkEntry n => n.KrajCode, NetworkPeriod n => n.KrajCode, Facility or Capacity => "*", _ => null })
            .OfType<string>().Distinct().ToList();
        if (kraje.Contains("*"))
        {
            // A facility or capacity alone does not say its kraj: renew every kraj whose service is tracked.
            kraje.Remove("*");
            kraje.AddRange(ChangeTracker.Entries<Service>().Select(e => e.Entity.KrajCode).Except(kraje).Distinct().ToList());
        }
        foreach (var kraj in kraje)
        {
            var token = await Tokens.FindAsync([kraj], cancellationToken);
            if (token is null) Tokens.Add(new CatalogueToken { KrajCode = kraj, Token = Guid.NewGuid() });
            else token.Token = Guid.NewGuid();
        }
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder b)
    {
        b.Entity<Provider>(e =>
        {
            e.ToTable("providers");
            e.Property(p => p.KrajCode).HasMaxLength(5);
            e.Property(p => p.Ico).HasMaxLength(8);
            e.Property(p => p.Name).HasMaxLength(300);
            e.Property(p => p.LegalForm).HasMaxLength(100);
            e.Property(p => p.Seat).HasMaxLength(300);
            e.Property(p => p.StatutoryBody).HasMaxLength(300);
            e.Property(p => p.Email).HasMaxLength(320);
            e.Property(p => p.Phone).HasMaxLength(40);
            e.Property(p => p.Web).HasMaxLength(300);
            e.HasIndex(p => p.Ico).IsUnique();
            e.HasIndex(p => p.KrajCode);
        });
        b.Entity<Service>(e =>
        {
            e.ToTable("services");
            e.Property(s => s.KrajCode).HasMaxLength(5);
            e.Property(s => s.RegisterId).HasMaxLength(20);
            e.Property(s => s.Name).HasMaxLength(300);
            e.Property(s => s.KindParagraph).HasMaxLength(4);
            e.Property(s => s.TargetGroups).HasMaxLength(2000);
            e.Property(s => s.OpeningHours).HasMaxLength(1000);
            e.Property(s => s.Description).HasMaxLength(4000);
            e.Property(s => s.OrpCodes).HasMaxLength(2000);
            e.Property(s => s.Territory).HasMaxLength(2000);
            e.Property(s => s.SearchText).HasMaxLength(8000);
            e.Property(s => s.SortKey).HasMaxLength(240);
            e.Property(s => s.Version).IsConcurrencyToken();
            e.HasIndex(s => s.RegisterId).IsUnique();
            // The public list: a kraj's services in Czech order.
            e.HasIndex(s => new { s.KrajCode, s.SortKey });
            e.HasIndex(s => new { s.KrajCode, s.KindParagraph });
            e.HasOne(s => s.Provider).WithMany().HasForeignKey(s => s.ProviderId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(s => s.Facilities).WithOne().HasForeignKey(f => f.ServiceId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(s => s.Capacities).WithOne().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Facility>(e =>
        {
            e.ToTable("facilities");
            e.Property(f => f.Name).HasMaxLength(300);
            e.Property(f => f.Address).HasMaxLength(300);
            e.Property(f => f.Obec).HasMaxLength(100);
        });
        b.Entity<Capacity>(e =>
        {
            e.ToTable("capacities");
            e.Property(c => c.Unit).HasMaxLength(20);
        });
        b.Entity<ServiceChange>(e =>
        {
            e.ToTable("service_history");
            e.Property(c => c.KrajCode).HasMaxLength(5);
            e.Property(c => c.UserName).HasMaxLength(256);
            e.Property(c => c.Source).HasMaxLength(40);
            e.Property(c => c.Summary).HasMaxLength(4000);
            e.HasIndex(c => new { c.ServiceId, c.AtUtc });
            e.HasOne(c => c.Service).WithMany().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ChangeRequest>(e =>
        {
            e.ToTable("change_requests");
            e.Property(c => c.KrajCode).HasMaxLength(5);
            e.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Description).HasMaxLength(4000);
            e.Property(c => c.OpeningHours).HasMaxLength(1000);
            e.Property(c => c.TargetGroups).HasMaxLength(2000);
            e.Property(c => c.Email).HasMaxLength(320);
            e.Property(c => c.Phone).HasMaxLength(40);
            e.Property(c => c.Web).HasMaxLength(300);
            e.Property(c => c.Capacities).HasMaxLength(500);
            e.Property(c => c.ProposedBy).HasMaxLength(256);
            e.Property(c => c.DecidedBy).HasMaxLength(256);
            e.Property(c => c.RejectReason).HasMaxLength(1000);
            e.HasIndex(c => new { c.KrajCode, c.Status });
            e.HasOne(c => c.Service).WithMany().HasForeignKey(c => c.ServiceId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CatalogueToken>(e =>
        {
            e.ToTable("tokens");
            e.HasKey(t => t.KrajCode);
            e.Property(t => t.KrajCode).HasMaxLength(5);
        });
        b.Entity<ImportRun>(e =>
        {
            e.ToTable("import_runs");
            e.Property(r => r.KrajCode).HasMaxLength(5);
            e.Property(r => r.UserName).HasMaxLength(256);
            e.Property(r => r.FileName).HasMaxLength(260);
            e.Property(r => r.Format).HasMaxLength(10);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.Instance).HasMaxLength(64);
            e.Property(r => r.Failure).HasMaxLength(1000);
            e.Property(r => r.ProgressPhase).HasMaxLength(100);
            // The import page lists a kraj's latest runs.
            e.HasIndex(r => new { r.KrajCode, r.StartedAtUtc });
        });
        b.Entity<NetworkEntry>(e =>
        {
            e.ToTable("network_entries");
            e.HasKey(n => new { n.KrajCode, n.ServiceId });
            e.Property(n => n.KrajCode).HasMaxLength(5);
            e.Property(n => n.Part).HasMaxLength(50);
            e.Property(n => n.CapacityUnit).HasMaxLength(20);
            e.Property(n => n.Fte).HasPrecision(8, 2);
            e.Property(n => n.UpdatedBy).HasMaxLength(256);
            e.HasOne<Service>().WithMany().HasForeignKey(n => n.ServiceId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<NetworkPeriod>(e =>
        {
            e.ToTable("network_periods");
            e.Property(n => n.KrajCode).HasMaxLength(5);
            e.Property(n => n.Part).HasMaxLength(50);
            e.Property(n => n.CapacityUnit).HasMaxLength(20);
            e.Property(n => n.Fte).HasPrecision(8, 2);
            // The network on a day: the kraj's spells that began by then (and did not end before it).
            e.HasIndex(n => new { n.KrajCode, n.From });
            e.HasIndex(n => new { n.ServiceId, n.From });
            e.HasOne<Service>().WithMany().HasForeignKey(n => n.ServiceId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

internal sealed class SqliteCatalogueDbContext(DbContextOptions<SqliteCatalogueDbContext> options, ITenantContext tenant)
    : CatalogueDbContext(options, tenant);

internal sealed class PostgresCatalogueDbContext(DbContextOptions<PostgresCatalogueDbContext> options, ITenantContext tenant)
    : CatalogueDbContext(options, tenant);

internal sealed class MySqlCatalogueDbContext(DbContextOptions<MySqlCatalogueDbContext> options, ITenantContext tenant)
    : CatalogueDbContext(options, tenant);

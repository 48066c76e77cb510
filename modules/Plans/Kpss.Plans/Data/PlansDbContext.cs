using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Plans.Public;

namespace Kpss.Plans.Data;

internal abstract class PlansDbContext(DbContextOptions options, ITenantContext tenant, ProcessScope scope) : KpssDbContext(options, tenant)
{
    private bool AllPlans => scope.Allowed is null;
    private int[] AllowedProcesses => scope.Allowed ?? [];

    public const string SchemaName = "plans";

    /// <summary>An item's parent for its number's unique index: the parent's id, 0 for a priority (see the model).</summary>
    private const string ParentKey = "ParentKey";

    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanChapter> Chapters => Set<PlanChapter>();
    public DbSet<PlanItem> Items => Set<PlanItem>();
    public DbSet<PlanCost> Costs => Set<PlanCost>();
    public DbSet<PlanIndicator> Indicators => Set<PlanIndicator>();
    public DbSet<PlanSnapshot> Snapshots => Set<PlanSnapshot>();
    public DbSet<PlanComment> Comments => Set<PlanComment>();
    public DbSet<DeadlineReminder> DeadlineReminders => Set<DeadlineReminder>();

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder b)
    {
        b.Entity<Plan>(e =>
        {
            e.ToTable("plans");
            e.Property(p => p.KrajCode).HasMaxLength(5);
            e.Property(p => p.Title).HasMaxLength(300);
            e.Property(p => p.Area).HasMaxLength(300);
            e.Property(p => p.ApprovingBody).HasMaxLength(300);
            e.Property(p => p.Vision).HasMaxLength(4000);
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasIndex(p => new { p.KrajCode, p.State });
            e.HasOne<Plan>().WithMany().HasForeignKey(p => p.ParentPlanId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(p => p.Chapters).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<PlanChapter>(e =>
        {
            e.ToTable("chapters");
            e.Property(c => c.Key).HasMaxLength(40);
            e.Property(c => c.Text).HasMaxLength(200_000);
            e.HasIndex(c => new { c.PlanId, c.Key }).IsUnique();
        });
        b.Entity<PlanItem>(e =>
        {
            e.ToTable("items");
            e.Property(i => i.Title).HasMaxLength(500);
            e.Property(i => i.Description).HasMaxLength(8000);
            e.Property(i => i.Category).HasMaxLength(40);
            e.Property(i => i.TargetGroup).HasMaxLength(200);
            e.Property(i => i.Responsible).HasMaxLength(300);
            e.Property(i => i.ResponsibleIco).HasMaxLength(8);
            e.Property(i => i.Partners).HasMaxLength(1000);
            e.Property(i => i.WorkingGroup).HasMaxLength(200);
            // Two items of one parent never share a number. A priority has no parent, and NULLs never collide in a unique
            // index (on any of the three databases), so the index takes the parent as COALESCE(ParentId, 0): a generated
            // column, stored where PostgreSQL needs it, virtual elsewhere (SQLite cannot add a stored one to a table).
            e.Property<int>(ParentKey).HasComputedColumnSql(Database.ProviderName switch
            {
                "Npgsql.EntityFrameworkCore.PostgreSQL" => "COALESCE(\"ParentId\", 0)",
                "Pomelo.EntityFrameworkCore.MySql" => "COALESCE(`ParentId`, 0)",
                _ => "COALESCE(\"ParentId\", 0)",
            }, stored: Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL");
            e.HasIndex(nameof(PlanItem.PlanId), ParentKey, nameof(PlanItem.Number)).IsUnique();
            e.HasIndex(i => i.ParentId);
            e.HasOne<PlanItem>().WithMany().HasForeignKey(i => i.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(i => i.Costs).WithOne().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(i => i.Indicators).WithOne().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(i => i.Capacities).WithOne().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<PlanCost>(e =>
        {
            e.ToTable("costs");
            e.HasIndex(c => new { c.ItemId, c.Year, c.Source }).IsUnique();
        });
        b.Entity<PlanIndicator>(e =>
        {
            e.ToTable("indicators");
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Unit).HasMaxLength(50);
            e.Property(x => x.Baseline).HasPrecision(18, 2);
            e.Property(x => x.Target).HasPrecision(18, 2);
            e.HasIndex(x => x.ItemId);
        });
        b.Entity<PlanCapacityChange>(e =>
        {
            e.ToTable("capacity_changes");
            e.Property(x => x.Paragraph).HasMaxLength(4);
            e.Property(x => x.Unit).HasMaxLength(20);
            e.Property(x => x.Staff).HasPrecision(9, 2);
            e.HasIndex(x => x.ItemId);
        });
        b.Entity<PlanSnapshot>(e =>
        {
            e.ToTable("snapshots");
            e.Property(x => x.ApprovedBy).HasMaxLength(300);
            e.Property(x => x.Resolution).HasMaxLength(100);
            e.HasIndex(x => new { x.PlanId, x.Edition, x.Stage }).IsUnique();
            e.HasOne<Plan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<PlanComment>(e =>
        {
            e.ToTable("comments");
            e.Property(c => c.Target).HasMaxLength(60);
            e.Property(c => c.TargetTitle).HasMaxLength(600);
            e.Property(c => c.Text).HasMaxLength(PlanComments.MaxText);
            e.Property(c => c.AuthorName).HasMaxLength(200);
            e.Property(c => c.Organisation).HasMaxLength(200);
            e.Property(c => c.Email).HasMaxLength(254);
            e.Property(c => c.TokenHash).HasMaxLength(64);
            e.Property(c => c.Reason).HasMaxLength(PlanComments.MaxText);
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasIndex(c => c.TokenHash).IsUnique();
            e.HasIndex(c => new { c.PlanId, c.Edition, c.ConfirmedAtUtc });
            e.HasIndex(c => new { c.Email, c.CreatedAtUtc });
            e.HasOne<Plan>().WithMany().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<DeadlineReminder>(e =>
        {
            e.ToTable("deadline_reminders");
            e.Property(x => x.KrajCode).HasMaxLength(5);
            e.Property(x => x.DeadlineKey).HasMaxLength(100);
            e.HasIndex(x => new { x.KrajCode, x.DeadlineKey, x.Year }).IsUnique();
        });
        // A coordinator narrowed to planning processes: only the plans of those processes (ProcessScope).
        AddQueryFilter<Plan>(p => AllPlans || (p.ProcessId != null && AllowedProcesses.Contains(p.ProcessId.Value)));
        // A plan's parts have no kraj of their own: they are reached through their plan, and read only with it.
        AddQueryFilter<PlanChapter>(c => Plans.Any(p => p.Id == c.PlanId));
        AddQueryFilter<PlanItem>(i => Plans.Any(p => p.Id == i.PlanId));
        AddQueryFilter<PlanSnapshot>(x => Plans.Any(p => p.Id == x.PlanId));
        AddQueryFilter<PlanComment>(c => Plans.Any(p => p.Id == c.PlanId));
    }
}

internal sealed class SqlitePlansDbContext(DbContextOptions<SqlitePlansDbContext> options, ITenantContext tenant, ProcessScope scope)
    : PlansDbContext(options, tenant, scope);

internal sealed class PostgresPlansDbContext(DbContextOptions<PostgresPlansDbContext> options, ITenantContext tenant, ProcessScope scope)
    : PlansDbContext(options, tenant, scope);

internal sealed class MySqlPlansDbContext(DbContextOptions<MySqlPlansDbContext> options, ITenantContext tenant, ProcessScope scope)
    : PlansDbContext(options, tenant, scope);

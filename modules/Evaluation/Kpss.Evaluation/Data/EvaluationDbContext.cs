using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;

namespace Kpss.Evaluation.Data;

internal abstract class EvaluationDbContext(DbContextOptions options, ITenantContext tenant, ProcessScope scope) : KpssDbContext(options, tenant)
{
    private bool AllRounds => scope.Allowed is null;
    private int[] AllowedProcesses => scope.Allowed ?? [];

    public const string SchemaName = "evaluation";

    public DbSet<MonitoringRound> Rounds => Set<MonitoringRound>();
    public DbSet<MonitoringRecord> Records => Set<MonitoringRecord>();

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder b)
    {
        b.Entity<MonitoringRound>(e =>
        {
            e.ToTable("rounds");
            e.Property(r => r.KrajCode).HasMaxLength(5);
            e.Property(r => r.PlanTitle).HasMaxLength(300);
            e.Property(r => r.SourceTitle).HasMaxLength(300);
            e.Property(r => r.Version).IsConcurrencyToken();
            // One round per plan and year: a second is refused (and two opened at once cannot both be saved).
            e.HasIndex(r => new { r.KrajCode, r.PlanId, r.Year }).IsUnique();
            e.HasMany(r => r.Records).WithOne().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<MonitoringRecord>(e =>
        {
            e.ToTable("records");
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Title).HasMaxLength(500);
            e.Property(x => x.Responsible).HasMaxLength(300);
            e.Property(x => x.ResponsibleIco).HasMaxLength(8);
            e.Property(x => x.Comment).HasMaxLength(RecordRules.MaxComment);
            e.Property(x => x.Evidence).HasMaxLength(RecordRules.MaxEvidence);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.RoundId, x.Code }).IsUnique();
            e.HasMany(x => x.Indicators).WithOne().HasForeignKey(i => i.RecordId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Money).WithOne().HasForeignKey(m => m.RecordId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.NetworkChanges).WithOne().HasForeignKey(c => c.RecordId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<RecordIndicator>(e =>
        {
            e.ToTable("record_indicators");
            e.Property(x => x.Key).HasMaxLength(60);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Unit).HasMaxLength(50);
            e.Property(x => x.Baseline).HasPrecision(18, 2);
            e.Property(x => x.Target).HasPrecision(18, 2);
            e.Property(x => x.Reached).HasPrecision(18, 2);
            e.HasIndex(x => new { x.RecordId, x.Key }).IsUnique();
        });
        b.Entity<RecordMoney>(e =>
        {
            e.ToTable("record_money");
            e.HasIndex(x => new { x.RecordId, x.Source }).IsUnique();
        });
        b.Entity<RecordNetworkChange>(e =>
        {
            e.ToTable("record_network_changes");
            e.Property(x => x.Paragraph).HasMaxLength(4);
            e.Property(x => x.Form).HasMaxLength(40);
            e.Property(x => x.Unit).HasMaxLength(20);
            e.Property(x => x.Staff).HasPrecision(9, 2);
            e.Property(x => x.RealStaff).HasPrecision(9, 2);
            e.HasIndex(x => new { x.RecordId, x.Order }).IsUnique();
        });
        // A coordinator narrowed to planning processes: only the rounds of those processes' plans (ProcessScope).
        AddQueryFilter<MonitoringRound>(r => AllRounds || (r.ProcessId != null && AllowedProcesses.Contains(r.ProcessId.Value)));
        // A round's records have no kraj of their own: reached through their round, and read only with it.
        AddQueryFilter<MonitoringRecord>(x => Rounds.Any(r => r.Id == x.RoundId));
    }
}

internal sealed class SqliteEvaluationDbContext(DbContextOptions<SqliteEvaluationDbContext> options, ITenantContext tenant, ProcessScope scope)
    : EvaluationDbContext(options, tenant, scope);

internal sealed class PostgresEvaluationDbContext(DbContextOptions<PostgresEvaluationDbContext> options, ITenantContext tenant, ProcessScope scope)
    : EvaluationDbContext(options, tenant, scope);

internal sealed class MySqlEvaluationDbContext(DbContextOptions<MySqlEvaluationDbContext> options, ITenantContext tenant, ProcessScope scope)
    : EvaluationDbContext(options, tenant, scope);

using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;

namespace Kpss.Meetings.Data;

internal abstract partial class MeetingsDbContext(DbContextOptions options, ITenantContext tenant, ProcessScope processes) : KpssDbContext(options, tenant)
{
    // Read by the process filter on every query (parameterized, like the kraj filter).
    private bool AllProcesses => processes.Allowed is null;
    private int[] AllowedProcesses => processes.Allowed ?? [];

    public const string SchemaName = "meetings";

    public DbSet<PlanningProcess> Processes => Set<PlanningProcess>();
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Minutes> Minutes => Set<Minutes>();
    public DbSet<MinutesTask> Tasks => Set<MinutesTask>();

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder b)
    {
        ConfigureProcessFilter();
        b.Entity<PlanningProcess>(e =>
        {
            e.ToTable("processes");
            e.Property(p => p.KrajCode).HasMaxLength(5);
            e.Property(p => p.Name).HasMaxLength(300);
            e.Property(p => p.AreaKind).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.AreaName).HasMaxLength(200);
            e.Property(p => p.ProjectRegistrationNumber).HasMaxLength(60);
            e.Property(p => p.Implementer).HasMaxLength(200);
            e.Property(p => p.Partner).HasMaxLength(200);
            e.HasIndex(p => p.KrajCode);
        });
        b.Entity<Group>(e =>
        {
            e.ToTable("groups");
            e.Property(g => g.KrajCode).HasMaxLength(5);
            e.Property(g => g.Name).HasMaxLength(200);
            e.Property(g => g.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(g => g.TargetGroup).HasMaxLength(200);
            e.Property(g => g.CalendarToken).HasMaxLength(64);
            e.HasIndex(g => g.CalendarToken).IsUnique();
            e.HasIndex(g => new { g.KrajCode, g.ProcessId });
            e.HasOne<PlanningProcess>().WithMany().HasForeignKey(g => g.ProcessId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Person>(e =>
        {
            e.ToTable("people");
            e.Property(p => p.KrajCode).HasMaxLength(5);
            e.Property(p => p.Name).HasMaxLength(200);
            e.Property(p => p.Email).HasMaxLength(320);
            e.Property(p => p.Phone).HasMaxLength(40);
            e.Property(p => p.Organisation).HasMaxLength(200);
            e.Property(p => p.CalendarToken).HasMaxLength(64);
            e.HasIndex(p => new { p.KrajCode, p.Email });
            e.HasIndex(p => p.CalendarToken).IsUnique();
        });
        b.Entity<Membership>(e =>
        {
            e.ToTable("memberships");
            e.Property(m => m.KrajCode).HasMaxLength(5);
            e.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            e.Property(m => m.Function).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(m => new { m.GroupId, m.PersonId });
            e.HasOne<Group>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<Meeting>(e =>
        {
            e.ToTable("meetings");
            e.Property(m => m.KrajCode).HasMaxLength(5);
            e.Property(m => m.Title).HasMaxLength(300);
            e.Property(m => m.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(m => m.Place).HasMaxLength(500);
            e.Property(m => m.OnlineUrl).HasMaxLength(500);
            e.Property(m => m.Uid).HasMaxLength(100);
            e.Property(m => m.OrganizerName).HasMaxLength(200);
            e.Property(m => m.OrganizerEmail).HasMaxLength(320);
            e.Property(m => m.Version).IsConcurrencyToken();
            e.HasIndex(m => m.Uid).IsUnique();
            e.HasIndex(m => new { m.KrajCode, m.StartUtc });
            e.HasIndex(m => new { m.GroupId, m.StartUtc });
            e.HasOne<Group>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(m => m.Agenda).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AgendaItem>(e =>
        {
            e.ToTable("agenda_items");
            e.Property(a => a.Title).HasMaxLength(300);
            e.Property(a => a.Presenter).HasMaxLength(200);
        });
        b.Entity<Invitation>(e =>
        {
            e.ToTable("invitations");
            e.Property(i => i.KrajCode).HasMaxLength(5);
            e.Property(i => i.Email).HasMaxLength(320);
            e.Property(i => i.Name).HasMaxLength(200);
            e.Property(i => i.Role).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Answer).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Attendance).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(i => i.MeetingId);
            e.HasIndex(i => i.PersonId);
            e.HasOne<Meeting>().WithMany().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Minutes>(e =>
        {
            e.ToTable("minutes");
            e.Property(m => m.KrajCode).HasMaxLength(5);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(m => m.Recorder).HasMaxLength(200);
            e.Property(m => m.Version).IsConcurrencyToken();
            e.HasIndex(m => m.MeetingId).IsUnique();
            e.HasOne<Meeting>().WithMany().HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(m => m.Tasks).WithOne().HasForeignKey(t => t.MinutesId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<MinutesTask>(e =>
        {
            e.ToTable("tasks");
            e.Property(t => t.KrajCode).HasMaxLength(5);
            e.Property(t => t.Title).HasMaxLength(500);
            e.Property(t => t.OwnerName).HasMaxLength(200);
            e.Property(t => t.OwnerEmail).HasMaxLength(320);
        });
    }
}

internal abstract partial class MeetingsDbContext
{
    private void ConfigureProcessFilter()
    {
        AddQueryFilter<PlanningProcess>(p => AllProcesses || AllowedProcesses.Contains(p.Id));
        AddQueryFilter<Group>(g => AllProcesses || AllowedProcesses.Contains(g.ProcessId));
        AddQueryFilter<Membership>(m => AllProcesses
            || Set<Group>().Any(g => g.Id == m.GroupId && AllowedProcesses.Contains(g.ProcessId)));
        AddQueryFilter<Meeting>(m => AllProcesses
            || Set<Group>().Any(g => g.Id == m.GroupId && AllowedProcesses.Contains(g.ProcessId)));
        AddQueryFilter<Invitation>(i => AllProcesses
            || Set<Meeting>().Any(m => m.Id == i.MeetingId && Set<Group>().Any(g => g.Id == m.GroupId && AllowedProcesses.Contains(g.ProcessId))));
        AddQueryFilter<Minutes>(n => AllProcesses
            || Set<Meeting>().Any(m => m.Id == n.MeetingId && Set<Group>().Any(g => g.Id == m.GroupId && AllowedProcesses.Contains(g.ProcessId))));
        AddQueryFilter<MinutesTask>(t => AllProcesses
            || Set<Minutes>().Any(n => n.Id == t.MinutesId && Set<Meeting>().Any(m => m.Id == n.MeetingId
                && Set<Group>().Any(g => g.Id == m.GroupId && AllowedProcesses.Contains(g.ProcessId)))));
    }
}

internal sealed class SqliteMeetingsDbContext(DbContextOptions<SqliteMeetingsDbContext> options, ITenantContext tenant, ProcessScope processes)
    : MeetingsDbContext(options, tenant, processes);

internal sealed class PostgresMeetingsDbContext(DbContextOptions<PostgresMeetingsDbContext> options, ITenantContext tenant, ProcessScope processes)
    : MeetingsDbContext(options, tenant, processes);

internal sealed class MySqlMeetingsDbContext(DbContextOptions<MySqlMeetingsDbContext> options, ITenantContext tenant, ProcessScope processes)
    : MeetingsDbContext(options, tenant, processes);

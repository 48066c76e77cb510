using Kpss.Host.Platform.Tenancy;
using Kpss.Host.Tests.Infrastructure;
using Kpss.Testing;
using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Kpss.Host.Tests;

/// <summary>The base every module's DbContext derives from: its own schema and the kraj filter on every kraj-owned entity.</summary>
public sealed class ModuleDbContextTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public sealed class Note : IKrajOwned
    {
        public int Id { get; set; }
        public required string KrajCode { get; set; }
        public required string Text { get; set; }
    }

    public sealed class Reference
    {
        public int Id { get; set; }
        public required string Text { get; set; }
    }

    private sealed class SampleDbContext(DbContextOptions options, ITenantContext tenant) : KpssDbContext(options, tenant)
    {
        public DbSet<Note> Notes => Set<Note>();
        public DbSet<Reference> References => Set<Reference>();

        protected override string Schema => "ukazka";

        protected override void ConfigureModel(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Note>().ToTable("notes");
            modelBuilder.Entity<Reference>().ToTable("references");
        }
    }

    private SampleDbContext Context(ITenantContext tenant)
    {
        var options = new DbContextOptionsBuilder();
        if (_database.Provider == DatabaseProvider.Postgres)
            options.UseNpgsql(_database.ConnectionString);
        else
            options.UseSqlite(_database.ConnectionString);
        return new SampleDbContext(options.Options, tenant);
    }

    private static TenantContext InKraj(string code)
    {
        var tenant = new TenantContext();
        tenant.SetKraj(code);
        return tenant;
    }

    public async Task InitializeAsync()
    {
        await using var db = Context(TenantContext.PlatformWide());
        await db.Database.EnsureCreatedAsync();
        db.Notes.AddRange(
            new Note { KrajCode = "CZ031", Text = "jihočeská" },
            new Note { KrajCode = "CZ064", Text = "jihomoravská" });
        db.References.Add(new Reference { Text = "společná" });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task KrajOwnedRows_AreFilteredToTheTenantsKraj()
    {
        await using var jihocesky = Context(InKraj("CZ031"));
        await using var jihomoravsky = Context(InKraj("CZ064"));

        Assert.Equal(["jihočeská"], await jihocesky.Notes.Select(n => n.Text).ToListAsync());
        Assert.Equal(["jihomoravská"], await jihomoravsky.Notes.Select(n => n.Text).ToListAsync());
        Assert.Empty(await jihocesky.Notes.Where(n => n.KrajCode == "CZ064").ToListAsync());
    }

    [Fact]
    public async Task WithoutAKraj_NothingKrajOwnedIsVisible_ButSharedRowsAre()
    {
        await using var none = Context(new TenantContext());

        Assert.Empty(await none.Notes.ToListAsync());
        Assert.Single(await none.References.ToListAsync());
    }

    [Fact]
    public async Task PlatformWideScope_SeesEveryKraj()
    {
        var tenant = new TenantContext();
        await using var db = Context(tenant);

        using (tenant.BeginPlatformWide())
            Assert.Equal(2, await db.Notes.CountAsync());
        Assert.Empty(await db.Notes.ToListAsync());
    }

    [Fact]
    public async Task TheModulesTables_LiveInItsSchema()
    {
        await using var db = Context(TenantContext.PlatformWide());

        var table = db.Model.FindEntityType(typeof(Note))!;

        Assert.Equal("ukazka", table.GetSchema());
        Assert.Equal("notes", table.GetTableName());
    }
}

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
        public bool Archived { get; set; }
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
            // A module's own filter: EF Core 9 takes one per entity, so the base combines it with the kraj filter.
            AddQueryFilter<Note>(n => !n.Archived);
            // A filter with a lambda of its own (as a module's EXISTS on another table): only its own parameter is the entity's.
            AddQueryFilter<Note>(n => !References.Any(r => r.Text == "skrýt " + n.Text));
        }

        public void AddFilterLate() => AddQueryFilter<Note>(n => n.Id > 0);
    }

    private SampleDbContext Context(ITenantContext tenant)
    {
        var options = new DbContextOptionsBuilder();
        if (_database.Provider == DatabaseProvider.Postgres)
            options.UseNpgsql(_database.ConnectionString);
        else if (_database.Provider == DatabaseProvider.MySql)
            options.UseMySql(_database.ConnectionString, DbContextRegistration.ServerVersionOf(_database.ConnectionString),
                x => x.SchemaBehavior(Pomelo.EntityFrameworkCore.MySql.Infrastructure.MySqlSchemaBehavior.Translate, DbContextRegistration.MySqlTableName));
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
            new Note { KrajCode = "CZ064", Text = "jihomoravská" },
            new Note { KrajCode = "CZ031", Text = "archivní", Archived = true });
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
    public async Task AModulesOwnFilter_AppliesTogetherWithTheKrajFilter()
    {
        await using var jihocesky = Context(InKraj("CZ031"));
        var platform = TenantContext.PlatformWide();
        await using var all = Context(platform);

        Assert.Equal(["jihočeská"], await jihocesky.Notes.Select(n => n.Text).ToListAsync());
        Assert.Equal(2, await all.Notes.CountAsync());
        Assert.Equal(3, await all.Notes.IgnoreQueryFilters().CountAsync());
        Assert.Equal(2, await jihocesky.Notes.IgnoreQueryFilters().CountAsync(n => n.KrajCode == "CZ031"));
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
            Assert.Equal(2, await db.Notes.CountAsync(n => n.Text != "archivní"));
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

    [Fact]
    public async Task AFilterWithALambdaOfItsOwn_IsCombinedWithTheOthers()
    {
        await using (var platform = Context(TenantContext.PlatformWide()))
        {
            platform.References.Add(new Reference { Text = "skrýt jihočeská" });
            await platform.SaveChangesAsync();
        }
        await using var jihocesky = Context(InKraj("CZ031"));
        await using var jihomoravsky = Context(InKraj("CZ064"));

        Assert.Empty(await jihocesky.Notes.ToListAsync());
        Assert.Equal(["jihomoravská"], await jihomoravsky.Notes.Select(n => n.Text).ToListAsync());
    }

    [Fact]
    public async Task AFilterAddedAfterTheModelIsBuilt_IsRefused()
    {
        await using var db = Context(TenantContext.PlatformWide());
        _ = db.Model;

        var refused = Assert.Throws<InvalidOperationException>(db.AddFilterLate);

        Assert.Equal("Query filters are added while the model is built (ConfigureModel).", refused.Message);
    }

    [Fact]
    public void CombiningNoFilters_IsRefused() =>
        Assert.Equal("filters", Assert.Throws<ArgumentException>(() => QueryFilters.And([])).ParamName);
}

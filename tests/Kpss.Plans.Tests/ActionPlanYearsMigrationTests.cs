using Kpss.Modules.Abstractions.Data;
using Kpss.Modules.Abstractions.Security;
using Kpss.Modules.Abstractions.Tenancy;
using Kpss.Plans.Contracts;
using Kpss.Plans.Data;
using Kpss.Plans.Domain;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kpss.Plans.Tests;

/// <summary>
/// The migration that gave changes of the network a year, and action plans the link to their parent, on data written
/// before it (on the run's database: SQLite, PostgreSQL or MariaDB): a change takes effect in its plan's first year, an
/// action plan took over its parent's edition, and its items are linked to the parent's items of the same numbers —
/// its own item (a number the parent never had) stays its own.
/// </summary>
public sealed class ActionPlanYearsMigrationTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private PlansDbContext _db = null!;

    public Task InitializeAsync()
    {
        var tenant = new DesignTimeTenant();
        var scope = new ProcessScope(new Microsoft.AspNetCore.Http.HttpContextAccessor(), tenant);
        _db = _database.Provider switch
        {
            DatabaseProvider.Sqlite => new SqlitePlansDbContext(DesignTimeOptions.Sqlite<SqlitePlansDbContext>(PlansDbContext.SchemaName), tenant, scope),
            DatabaseProvider.Postgres => new PostgresPlansDbContext(DesignTimeOptions.Postgres<PostgresPlansDbContext>(PlansDbContext.SchemaName), tenant, scope),
            _ => new MySqlPlansDbContext(DesignTimeOptions.MySql<MySqlPlansDbContext>(PlansDbContext.SchemaName), tenant, scope),
        };
        _db.Database.SetConnectionString(_database.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ExistingChanges_TakeTheirPlansFirstYear_AndActionPlanItems_AreLinkedToTheParentsItems()
    {
        var migrator = _db.GetService<IMigrator>();
        await migrator.MigrateAsync("ItemNumberUniqueForPriorities");

        var parent = await PlanAsync(PlanKind.Sprss, 2026, 2028, parentId: null, edition: 2);
        var priority = await ItemAsync(parent, null, ItemLevel.Priorita, 1);
        var goal = await ItemAsync(parent, priority, ItemLevel.Cil, 1);
        var measure = await ItemAsync(parent, goal, ItemLevel.Opatreni, 2);
        await ChangeAsync(measure);
        var action = await PlanAsync(PlanKind.Akcni, 2027, 2027, parentId: parent, edition: 1);
        var actionPriority = await ItemAsync(action, null, ItemLevel.Priorita, 1);
        var actionGoal = await ItemAsync(action, actionPriority, ItemLevel.Cil, 1);
        var actionMeasure = await ItemAsync(action, actionGoal, ItemLevel.Opatreni, 2);
        var ownMeasure = await ItemAsync(action, actionGoal, ItemLevel.Opatreni, 7);
        await ChangeAsync(actionMeasure);

        await migrator.MigrateAsync();

        var changes = await _db.Set<PlanCapacityChange>().AsNoTracking().OrderBy(c => c.ItemId).Select(c => new { c.ItemId, c.Year }).ToListAsync();
        Assert.Equal([new { ItemId = measure, Year = 2026 }, new { ItemId = actionMeasure, Year = 2027 }], changes);
        var plans = await _db.Plans.IgnoreQueryFilters().AsNoTracking().OrderBy(p => p.Id).Select(p => p.ParentEdition).ToListAsync();
        Assert.Equal([null, 2], plans);
        var links = await _db.Items.IgnoreQueryFilters().AsNoTracking().Where(i => i.PlanId == action).OrderBy(i => i.Id)
            .Select(i => i.SourceItemId).ToListAsync();
        Assert.Equal([priority, goal, measure, null], links);
        Assert.True(ownMeasure > actionMeasure);
    }

    private async Task<int> PlanAsync(PlanKind kind, int from, int to, int? parentId, int edition)
    {
        var now = DateTime.UtcNow;
        await ExecuteAsync<Plan>(
            ["KrajCode", "Kind", "Title", "FromYear", "ToYear", "Area", "ApprovingBody", "State", "ParentPlanId", "Edition", "NumberedPriorities", "Version", "CreatedAtUtc", "UpdatedAtUtc"],
            ["CZ031", (int)kind, $"Plán {kind} {from}", from, to, "kraj", "Zastupitelstvo", (int)PlanState.Schvaleny, parentId, edition, 1, 1, now, now]);
        return await LastIdAsync<Plan>();
    }

    private async Task<int> ItemAsync(int planId, int? parentId, ItemLevel level, int number)
    {
        await ExecuteAsync<PlanItem>(["PlanId", "ParentId", "Level", "Number", "Order", "NumberedChildren", "Title"],
            [planId, parentId, (int)level, number, number, 9, $"{level} {number}"]);
        return await LastIdAsync<PlanItem>();
    }

    private Task ChangeAsync(int itemId) =>
        ExecuteAsync<PlanCapacityChange>(["ItemId", "Order", "Paragraph", "Form", "Capacity", "Unit", "Staff"], [itemId, 1, "44", 2, 6, "lůžka", 2.5m]);

    /// <summary>An INSERT of the table as it stood before the migration, in the provider's own quoting.</summary>
    private async Task ExecuteAsync<T>(string[] columns, object?[] values)
    {
        var sql = _db.GetService<ISqlGenerationHelper>();
        var entity = _db.Model.FindEntityType(typeof(T))!;
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var given = columns.Zip(values).Where(c => c.Second is not null).ToList(); // a column left out is NULL
        var names = string.Join(", ", given.Select(c => sql.DelimitIdentifier(c.First)));
        var placeholders = string.Join(", ", given.Select((_, i) => $"{{{i}}}"));
        // Only names from the model and placeholders are put into the text; every value is a parameter.
        var insert = $"INSERT INTO {table} ({names}) VALUES ({placeholders})";
        await _db.Database.ExecuteSqlRawAsync(insert, given.Select(c => c.Second!));
    }

    private async Task<int> LastIdAsync<T>()
    {
        var sql = _db.GetService<ISqlGenerationHelper>();
        var entity = _db.Model.FindEntityType(typeof(T))!;
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var last = $"SELECT MAX({sql.DelimitIdentifier("Id")}) AS {sql.DelimitIdentifier("Value")} FROM {table}";
        return await _db.Database.SqlQueryRaw<int>(last)
            .SingleAsync();
    }
}

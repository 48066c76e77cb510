using Kpss.Plans.Contracts;
using Kpss.Plans.Data;
using Kpss.Plans.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Plans.Tests;

/// <summary>
/// The database itself refuses two items of one parent with the same number — priorities too, whose parent is NULL
/// (a plain unique index lets NULLs repeat): on SQLite, PostgreSQL and MariaDB alike.
/// </summary>
public sealed class ItemNumberIndexTests(PlansHost app) : IClassFixture<PlansHost>
{
    [Fact]
    public async Task TwoPriorities_OrTwoGoalsOfOneParent_CannotShareANumber()
    {
        var api = await app.ClientAsync();
        var plan = await api.CreateAsync(PlansClient.Sprss("Plán s dvojím číslem"));
        var priority = await api.AddItemAsync(plan, new() { ["title"] = "Priorita 1", ["category"] = "systemova" });
        var goal = await api.AddItemAsync(plan, new() { ["parentId"] = priority, ["title"] = "Cíl 1.1" });

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => InsertAsync(plan, null, ItemLevel.Priorita, 1));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => InsertAsync(plan, priority, ItemLevel.Cil, 1));
        // Another number, or the same number under another parent, is fine.
        await InsertAsync(plan, null, ItemLevel.Priorita, 2);
        await InsertAsync(plan, goal, ItemLevel.Opatreni, 1);
    }

    private Task InsertAsync(int plan, int? parent, ItemLevel level, int number) => app.InKrajAsync("CZ031", async sp =>
    {
        var db = sp.GetRequiredService<PlansDbContext>();
        db.Items.Add(new PlanItem { PlanId = plan, ParentId = parent, Level = level, Number = number, Order = number, Title = $"Vložená {level} {number}" });
        await db.SaveChangesAsync();
        return 0;
    });
}

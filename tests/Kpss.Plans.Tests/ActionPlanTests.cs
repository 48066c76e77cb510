using System.Text.Json;

namespace Kpss.Plans.Tests;

/// <summary>
/// An action plan for a year takes over from its parent plan the measures and activities that run that year, with
/// that year's money and indicators and the parent's codes; what does not run that year stays out; a new item gets a
/// code the parent never used; and it can start empty when asked.
/// </summary>
public sealed class ActionPlanTests(PlansHost app) : IClassFixture<PlansHost>
{
    private static IEnumerable<JsonElement> All(JsonElement items) =>
        items.EnumerateArray().SelectMany(i => new[] { i }.Concat(All(i.GetProperty("children"))));

    [Fact]
    public async Task TheYearsMeasuresAndMoney_AreTakenOverWithTheParentsCodes()
    {
        var api = await app.ClientAsync();
        var parent = await api.CreateAsync(PlansClient.Sprss("Plán s akčním plánem", 2025, 2027));
        var p = await api.AddItemAsync(parent, new() { ["title"] = "Senioři", ["category"] = "skupinova", ["targetGroup"] = "senioři" });
        var g = await api.AddItemAsync(parent, new() { ["parentId"] = p, ["title"] = "Péče doma" });
        var a = await api.AddItemAsync(parent, new()
        {
            ["parentId"] = g, ["title"] = "Pečovatelská služba večer", ["responsible"] = "Město", ["fromYear"] = 2025, ["toYear"] = 2026,
            ["costs"] = new object[] { new { year = 2025, source = "obec", amount = 100_000L }, new { year = 2026, source = "obec", amount = 150_000L }, new { year = 2026, source = "mpsv", amount = 50_000L } },
            ["indicators"] = new object[] { new { name = "klientů", unit = "osob", target = 20m, year = 2025 }, new { name = "klientů", unit = "osob", target = 30m, year = 2026 } },
        });
        await api.AddItemAsync(parent, new() { ["parentId"] = g, ["title"] = "Odlehčovací služba", ["fromYear"] = 2027, ["toYear"] = 2027,
            ["costs"] = new object[] { new { year = 2027, source = "kraj", amount = 900_000L } } });
        await api.AddItemAsync(parent, new() { ["parentId"] = a, ["title"] = "Nábor pečovatelek", ["fromYear"] = 2025, ["toYear"] = 2025 });
        var other = await api.AddItemAsync(parent, new() { ["title"] = "Spolupráce", ["category"] = "systemova" });

        var action = await api.CreateAsync(new { kind = "Akcni", title = "Akční plán 2026", fromYear = 2026, toYear = 2026, area = "kraj", approvingBody = "Rada", parentPlanId = parent });
        var empty = await api.CreateAsync(new { kind = "Akcni", title = "Prázdný akční plán 2026", fromYear = 2026, toYear = 2026, area = "kraj", approvingBody = "Rada", parentPlanId = parent, fromParent = false });
        var plan = await api.GetAsync(action);
        var items = All(plan.GetProperty("priorities")).ToList();
        var measure = items.Single(i => i.GetProperty("code").GetString() == "1.1.1");

        Assert.Equal(["1", "1.1", "1.1.1"], items.Select(i => i.GetProperty("code").GetString()!).ToArray());
        Assert.Equal("Pečovatelská služba večer", measure.GetProperty("title").GetString());
        Assert.Equal((2026, 2026), (measure.GetProperty("fromYear").GetInt32(), measure.GetProperty("toYear").GetInt32()));
        Assert.Equal(200_000, plan.GetProperty("totals").GetProperty("total").GetInt64());
        Assert.Equal(["2026"], plan.GetProperty("totals").GetProperty("byYear").EnumerateObject().Select(y => y.Name).ToArray());
        Assert.Equal(30m, measure.GetProperty("indicators").EnumerateArray().Single().GetProperty("target").GetDecimal());
        Assert.Equal(0, (await api.GetAsync(empty)).GetProperty("priorities").GetArrayLength());
        Assert.True(other > 0);

        // A measure added to the action plan under the same goal takes a number the parent never gave.
        var goal = items.Single(i => i.GetProperty("code").GetString() == "1.1").GetProperty("id").GetInt32();
        await api.AddItemAsync(action, new() { ["parentId"] = goal, ["title"] = "Nové opatření roku 2026" });
        Assert.Contains("1.1.3", All((await api.GetAsync(action)).GetProperty("priorities")).Select(i => i.GetProperty("code").GetString()));
        // The parent is unchanged.
        Assert.Equal(1_200_000, (await api.GetAsync(parent)).GetProperty("totals").GetProperty("total").GetInt64());
    }
}

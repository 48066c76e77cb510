using System.Net;
using System.Net.Http.Json;

namespace Kpss.Plans.Tests;

/// <summary>
/// A measure's expected changes of the network — kind of service of §§ 37–70 (from the Catalogue's contract), form,
/// ORP of the kraj, capacity ± with its unit, úvazky ± — stored, shown in Czech, and each bad row refused with its own
/// message and nothing saved.
/// </summary>
public sealed class CapacityChangeTests(PlansHost app) : IClassFixture<PlansHost>
{
    private async Task<(PlansClient Api, int Plan, int Goal)> GoalAsync(string title)
    {
        var api = await app.ClientAsync();
        var plan = await api.CreateAsync(PlansClient.Sprss(title));
        var p = await api.AddItemAsync(plan, new() { ["title"] = "Senioři", ["category"] = "skupinova", ["targetGroup"] = "senioři" });
        return (api, plan, await api.AddItemAsync(plan, new() { ["parentId"] = p, ["title"] = "Péče" }));
    }

    [Fact]
    public async Task AMeasuresChangesOfTheNetwork_AreStoredAndShownInCzech()
    {
        var (api, plan, goal) = await GoalAsync("Plán se změnami sítě");
        await api.AddItemAsync(plan, new()
        {
            ["parentId"] = goal, ["title"] = "Odlehčovací služba na Jindřichohradecku",
            ["capacities"] = new object[]
            {
                new { year = 2026, kind = "44", form = "pobytová", orpCsuCode = 3105, capacity = 6, unit = "lůžka", staff = 2.5m },
                new { year = 2025, kind = "pečovatelská služba", form = "terénní", capacity = -2, unit = "klient" },
                new { year = 2027, kind = "§ 70", form = "ambulantní", staff = -0.5m },
            },
        });

        var measure = (await api.GetAsync(plan)).GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("children")[0];
        var page = await api.Http.GetStringAsync($"/jihocesky/plany/priprava/{plan}");

        // In the order of the years they take effect.
        Assert.Equal(["2025 40", "2026 44", "2027 70"], measure.GetProperty("capacities").EnumerateArray()
            .Select(c => $"{c.GetProperty("year").GetInt32()} {c.GetProperty("paragraph").GetString()}").ToArray());
        page = System.Net.WebUtility.HtmlDecode(page);
        Assert.Contains("<li>2026: § 44 odlehčovací služby, pobytová, ORP Jindřichův Hradec: +6 lůžek, +2,5 úvazku</li>", page);
        Assert.Contains("<li>2025: § 40 pečovatelská služba, terénní: −2 klienti</li>", page);
        Assert.Contains("<li>2027: § 70 sociální rehabilitace, ambulantní: −0,5 úvazku</li>", page);
    }

    public static TheoryData<string, object, string, string> BadRows => new()
    {
        { "neznámý druh", new { year = 2026, kind = "99", form = "terénní", capacity = 1, unit = "klient" }, "Capacities[0].Kind", "Změna sítě 1: neznámý druh služby „99“ (paragraf 37–70 zákona 108/2006 Sb. nebo název)." },
        { "neznámá forma", new { year = 2026, kind = "40", form = "domácí", capacity = 1, unit = "klient" }, "Capacities[0].Form", "Změna sítě 1: forma je ambulantní, terénní, nebo pobytová." },
        { "ORP jiného kraje", new { year = 2026, kind = "40", form = "terénní", orpCsuCode = 6201, capacity = 1, unit = "klient" }, "Capacities[0].OrpCsuCode", "Změna sítě 1: ORP leží v jiném kraji." },
        { "bez změny", new { year = 2026, kind = "40", form = "terénní" }, "Capacities[0].Capacity", "Změna sítě 1: zadejte změnu kapacity nebo úvazků (kladnou, nebo zápornou)." },
        { "bez jednotky", new { year = 2026, kind = "40", form = "terénní", capacity = 3 }, "Capacities[0].Unit", "Změna sítě 1: jednotka kapacity je klient, kontakt, intervence, lůžka, hovor." },
        { "úvazky na tisíciny", new { year = 2026, kind = "40", form = "terénní", staff = 0.125m }, "Capacities[0].Staff", "Změna sítě 1: úvazky se mění nejvýše o 10 000, na setiny." },
        { "bez roku", new { kind = "40", form = "terénní", capacity = 1, unit = "klient" }, "Capacities[0].Year", "Změna sítě 1: zadejte rok, od kterého změna platí." },
        { "rok mimo plán", new { year = 2028, kind = "40", form = "terénní", capacity = 1, unit = "klient" }, "Capacities[0].Year", "Změna sítě 1: rok změny musí ležet v období plánu 2025–2027." },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task EachBadRow_IsRefusedWithItsOwnMessage_AndNothingIsSaved(string bad, object row, string field, string message)
    {
        var (api, plan, goal) = await GoalAsync($"Plán s chybnou změnou sítě ({bad})");
        var version = await api.VersionAsync(plan);

        var response = await api.AddItemRawAsync(plan, new { parentId = goal, title = "Opatření", capacities = new[] { row }, version });

        Assert.Equal([message], (await PlansClient.ErrorsAsync(response))[field]);
        Assert.Equal(version, await api.VersionAsync(plan));
        Assert.Equal(0, (await api.GetAsync(plan)).GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("children").GetArrayLength());
    }

    [Fact]
    public async Task AChangesYear_LiesWithinTheMeasuresOwnPeriod_AndInAOneYearPlanIsThatYear()
    {
        var (api, plan, goal) = await GoalAsync("Plán se změnou mimo období opatření");
        var version = await api.VersionAsync(plan);
        var outside = await api.AddItemRawAsync(plan, new
        {
            parentId = goal, title = "Opatření 2025–2026", fromYear = 2025, toYear = 2026, version,
            capacities = new[] { new { year = 2027, kind = "40", form = "terénní", capacity = 1, unit = "klient" } },
        });
        Assert.Equal(["Změna sítě 1: rok změny musí ležet v období položky 2025–2026."], (await PlansClient.ErrorsAsync(outside))["Capacities[0].Year"]);
        Assert.Equal(version, await api.VersionAsync(plan));

        var action = await api.CreateAsync(new { kind = "Akcni", title = "Akční plán 2026", fromYear = 2026, toYear = 2026, area = "kraj", approvingBody = "Rada", parentPlanId = plan });
        var p = await api.AddItemAsync(action, new() { ["title"] = "Senioři", ["category"] = "skupinova", ["targetGroup"] = "senioři" });
        var g = await api.AddItemAsync(action, new() { ["parentId"] = p, ["title"] = "Péče" });
        await api.AddItemAsync(action, new()
        {
            ["parentId"] = g, ["title"] = "Terénní služba", ["capacities"] = new object[] { new { kind = "40", form = "terénní", capacity = 3, unit = "klient" } },
        });
        var change = (await api.GetAsync(action)).GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("children")[0].GetProperty("capacities")[0];
        Assert.Equal(2026, change.GetProperty("year").GetInt32());
    }
}

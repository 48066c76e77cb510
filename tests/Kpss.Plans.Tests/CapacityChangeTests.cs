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
                new { kind = "44", form = "pobytová", orpCsuCode = 3105, capacity = 6, unit = "lůžka", staff = 2.5m },
                new { kind = "pečovatelská služba", form = "terénní", capacity = -2, unit = "klient" },
                new { kind = "§ 70", form = "ambulantní", staff = -0.5m },
            },
        });

        var measure = (await api.GetAsync(plan)).GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("children")[0];
        var page = await api.Http.GetStringAsync($"/jihocesky/plany/priprava/{plan}");

        Assert.Equal(["44", "40", "70"], measure.GetProperty("capacities").EnumerateArray().Select(c => c.GetProperty("paragraph").GetString()!).ToArray());
        page = System.Net.WebUtility.HtmlDecode(page);
        Assert.Contains("<li>§ 44 odlehčovací služby, pobytová, ORP Jindřichův Hradec: +6 lůžek, +2,5 úvazku</li>", page);
        Assert.Contains("<li>§ 40 pečovatelská služba, terénní: −2 klienti</li>", page);
        Assert.Contains("<li>§ 70 sociální rehabilitace, ambulantní: −0,5 úvazku</li>", page);
    }

    public static TheoryData<string, object, string, string> BadRows => new()
    {
        { "neznámý druh", new { kind = "99", form = "terénní", capacity = 1, unit = "klient" }, "Capacities[0].Kind", "Změna sítě 1: neznámý druh služby „99“ (paragraf 37–70 zákona 108/2006 Sb. nebo název)." },
        { "neznámá forma", new { kind = "40", form = "domácí", capacity = 1, unit = "klient" }, "Capacities[0].Form", "Změna sítě 1: forma je ambulantní, terénní, nebo pobytová." },
        { "ORP jiného kraje", new { kind = "40", form = "terénní", orpCsuCode = 6201, capacity = 1, unit = "klient" }, "Capacities[0].OrpCsuCode", "Změna sítě 1: ORP leží v jiném kraji." },
        { "bez změny", new { kind = "40", form = "terénní" }, "Capacities[0].Capacity", "Změna sítě 1: zadejte změnu kapacity nebo úvazků (kladnou, nebo zápornou)." },
        { "bez jednotky", new { kind = "40", form = "terénní", capacity = 3 }, "Capacities[0].Unit", "Změna sítě 1: jednotka kapacity je klient, kontakt, intervence, lůžka, hovor." },
        { "úvazky na tisíciny", new { kind = "40", form = "terénní", staff = 0.125m }, "Capacities[0].Staff", "Změna sítě 1: úvazky se mění nejvýše o 10 000, na setiny." },
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
}

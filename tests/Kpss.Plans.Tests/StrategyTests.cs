using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kpss.Plans.Tests;

/// <summary>
/// The strategic part as data: codes given once and kept through reordering, money summed per item, year and source
/// (never typed), every bad field refused with its own Czech message and nothing saved, a save from an older version
/// refused with the stored text left as it was.
/// </summary>
public sealed class StrategyTests(PlansHost app) : IClassFixture<PlansHost>
{
    private static Dictionary<string, object?> Item(int? parent, string title, params (string Key, object? Value)[] fields)
    {
        var item = new Dictionary<string, object?> { ["parentId"] = parent, ["title"] = title };
        foreach (var (key, value) in fields) item[key] = value;
        return item;
    }

    private static object Cost(int year, string source, long amount) => new { year, source, amount };

    private static IEnumerable<JsonElement> Walk(JsonElement items) =>
        items.EnumerateArray().SelectMany(i => new[] { i }.Concat(Walk(i.GetProperty("children"))));

    [Fact]
    public async Task Codes_AreGivenOnceAndSurviveReordering_AndMoneyIsSummedPerItemYearAndSource()
    {
        var api = await app.ClientAsync();
        var plan = await api.CreateAsync(PlansClient.Sprss("Plán s kódy"));
        var p1 = await api.AddItemAsync(plan, Item(null, "Spolupráce aktérů", ("category", "systemova")));
        var p2 = await api.AddItemAsync(plan, Item(null, "Senioři", ("category", "skupinova"), ("targetGroup", "senioři")));
        var goal = await api.AddItemAsync(plan, Item(p2, "Dostupná terénní péče"));
        var m1 = await api.AddItemAsync(plan, Item(goal, "Rozšířit pečovatelskou službu", ("responsible", "Charita Tábor"), ("fromYear", 2025), ("toYear", 2026),
            ("costs", new[] { Cost(2025, "kraj", 100_000), Cost(2026, "kraj", 120_000) })));
        var m2 = await api.AddItemAsync(plan, Item(goal, "Odlehčovací služba v ORP Tábor", ("costs", new[] { Cost(2025, "obec", 50_000) })));
        await api.AddItemAsync(plan, Item(m2, "Najít prostory", ("costs", new[] { Cost(2025, "EU", 10_000) })));

        var position = await app.SignedInClientAsync(PlansHost.Coordinator);
        await PlansClient.EnsureOkAsync(await position.PostAsJsonAsync($"{api.Base}/{plan}/polozky/{m2}/poradi", new { position = 1, version = await api.VersionAsync(plan) }));
        await PlansClient.EnsureOkAsync(await position.PostAsJsonAsync($"{api.Base}/{plan}/polozky/{p2}/poradi", new { position = 1, version = await api.VersionAsync(plan) }));
        var p3 = await api.AddItemAsync(plan, Item(null, "Osoby se zdravotním postižením", ("category", "skupinova"), ("targetGroup", "osoby se zdravotním postižením")));

        var read = await api.GetAsync(plan);
        var codes = Walk(read.GetProperty("priorities")).Select(i => (i.GetProperty("id").GetInt32(), i.GetProperty("code").GetString())).ToList();
        // In the order shown: priority 2 first now, its measure 2.1.2 before 2.1.1; the new priority is 3, not 1.
        Assert.Equal([(p2, "2"), (goal, "2.1"), (m2, "2.1.2"), (codes[3].Item1, "2.1.2.1"), (m1, "2.1.1"), (p1, "1"), (p3, "3")], codes);
        var priority = read.GetProperty("priorities")[0].GetProperty("totals");
        Assert.Equal(280_000, priority.GetProperty("total").GetInt64());
        Assert.Equal(160_000, priority.GetProperty("byYear").GetProperty("2025").GetInt64());
        Assert.Equal(120_000, priority.GetProperty("byYear").GetProperty("2026").GetInt64());
        Assert.Equal(220_000, priority.GetProperty("bySource").GetProperty("Kraj").GetInt64());
        Assert.Equal(50_000, priority.GetProperty("bySource").GetProperty("Obec").GetInt64());
        Assert.Equal(10_000, priority.GetProperty("bySource").GetProperty("Eu").GetInt64());
        var measure = Walk(read.GetProperty("priorities")).Single(i => i.GetProperty("id").GetInt32() == m2).GetProperty("totals");
        Assert.Equal(60_000, measure.GetProperty("total").GetInt64());
        Assert.Equal(280_000, read.GetProperty("totals").GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task ChangingAMeasure_ReplacesItsMoney_AndKeepsItsCode()
    {
        var api = await app.ClientAsync();
        var plan = await api.CreateAsync(PlansClient.Sprss("Plán se změnou"));
        var p = await api.AddItemAsync(plan, Item(null, "Systém", ("category", "systemova")));
        var g = await api.AddItemAsync(plan, Item(p, "Cíl"));
        var m = await api.AddItemAsync(plan, Item(g, "Opatření", ("costs", new[] { Cost(2025, "kraj", 1_000), Cost(2026, "mpsv", 2_000) })));

        var change = Item(g, "Opatření přejmenované", ("responsible", "Kraj"), ("costs", new[] { Cost(2027, "uzivatele", 5_000) }));
        change["version"] = await api.VersionAsync(plan);
        await PlansClient.EnsureOkAsync(await api.Http.PutAsJsonAsync($"{api.Base}/{plan}/polozky/{m}", change));

        var measure = Walk((await api.GetAsync(plan)).GetProperty("priorities")).Single(i => i.GetProperty("id").GetInt32() == m);
        Assert.Equal(("1.1.1", "Opatření přejmenované", "Kraj"), (measure.GetProperty("code").GetString(), measure.GetProperty("title").GetString(), measure.GetProperty("responsible").GetString()));
        Assert.Equal([(2027, "Uzivatele", 5_000L)], measure.GetProperty("costs").EnumerateArray()
            .Select(c => (c.GetProperty("year").GetInt32(), c.GetProperty("source").GetString(), c.GetProperty("amount").GetInt64())));
    }

    public static TheoryData<string, string, string> BadItems => new()
    {
        { "neznámý druh priority", "Category", "Neznámý druh priority „strategicka“: systemova, skupinova." },
        { "skupinová bez skupiny", "TargetGroup", "Skupinová priorita musí uvést cílovou skupinu." },
        { "bez názvu", "Title", "Vyplňte název (opatření)." },
        { "záporná částka", "Costs[0].Amount", "Řádek financování 1: částka nesmí být záporná." },
        { "částka chybí", "Costs[0].Amount", "Řádek financování 1: zadejte částku v Kč." },
        { "neznámý zdroj", "Costs[0].Source", "Řádek financování 1: neznámý zdroj „banka“ (obec, kraj, mpsv, eu, uzivatele, jine)." },
        { "rok mimo období", "Costs[0].Year", "Řádek financování 1: rok musí ležet v období plánu (2025–2027)." },
        { "zdroj dvakrát", "Costs[1].Source", "Řádek financování 2: rok 2025 a zdroj „kraj“ už jsou uvedeny výše." },
        { "období obráceně", "ToYear", "Období nemůže končit dřív, než začíná." },
        { "IČO krátké", "ResponsibleIco", "IČO má osm číslic." },
        { "IČO s chybnou kontrolní číslicí", "ResponsibleIco", "IČO 12345678 neexistuje: nesouhlasí jeho kontrolní číslice (poslední číslice). Zkontrolujte ho v registru ekonomických subjektů." },
        { "ukazatel bez cíle", "Indicators[0].Target", "Ukazatel 1: zadejte cílovou hodnotu." },
        { "ukazatel bez jednotky", "Indicators[0].Unit", "Vyplňte jednotka ukazatele 1." },
        { "ukazatel mimo období", "Indicators[0].Year", "Ukazatel 1: rok musí ležet v období plánu (2025–2027)." },
        { "peníze u cíle", "", "Odpovědnost, období, financování a ukazatele mají jen opatření a aktivity." },
    };

    [Theory]
    [MemberData(nameof(BadItems))]
    public async Task EachBadField_IsRefusedWithItsOwnMessage_AndNothingIsSaved(string bad, string field, string message)
    {
        var api = await app.ClientAsync();
        var plan = await api.CreateAsync(PlansClient.Sprss($"Plán s chybou: {bad}"));
        var p = await api.AddItemAsync(plan, Item(null, "Priorita", ("category", "systemova")));
        var g = await api.AddItemAsync(plan, Item(p, "Cíl"));
        var item = bad switch
        {
            "neznámý druh priority" => Item(null, "Priorita", ("category", "strategicka")),
            "skupinová bez skupiny" => Item(null, "Priorita", ("category", "skupinova"), ("targetGroup", " ")),
            "bez názvu" => Item(g, " "),
            "záporná částka" => Item(g, "Opatření", ("costs", new[] { Cost(2025, "kraj", -1) })),
            "částka chybí" => Item(g, "Opatření", ("costs", new[] { new { year = 2025, source = "kraj" } })),
            "neznámý zdroj" => Item(g, "Opatření", ("costs", new[] { Cost(2025, "banka", 1) })),
            "rok mimo období" => Item(g, "Opatření", ("costs", new[] { Cost(2028, "kraj", 1) })),
            "zdroj dvakrát" => Item(g, "Opatření", ("costs", new[] { Cost(2025, "kraj", 1), Cost(2025, "Kraj", 2) })),
            "období obráceně" => Item(g, "Opatření", ("fromYear", 2027), ("toYear", 2026)),
            "IČO krátké" => Item(g, "Opatření", ("responsibleIco", "1234567")),
            "IČO s chybnou kontrolní číslicí" => Item(g, "Opatření", ("responsibleIco", "12345678")),
            "ukazatel bez cíle" => Item(g, "Opatření", ("indicators", new[] { new { name = "kapacita", unit = "lůžka", year = 2027 } })),
            "ukazatel bez jednotky" => Item(g, "Opatření", ("indicators", new[] { new { name = "kapacita", unit = " ", target = 10m, year = 2027 } })),
            "ukazatel mimo období" => Item(g, "Opatření", ("indicators", new[] { new { name = "kapacita", unit = "lůžka", target = 10m, year = 2030 } })),
            "peníze u cíle" => Item(p, "Cíl", ("costs", new[] { Cost(2025, "kraj", 1) })),
            _ => throw new ArgumentOutOfRangeException(nameof(bad)),
        };
        var version = await api.VersionAsync(plan);
        item["version"] = version;

        var errors = await PlansClient.ErrorsAsync(await api.AddItemRawAsync(plan, item));

        Assert.Equal([field], errors.Keys);
        Assert.Equal([message], errors[field]);
        var after = await api.GetAsync(plan);
        Assert.Equal(version, after.GetProperty("version").GetInt32());
        Assert.Equal(2, Walk(after.GetProperty("priorities")).Count());
    }

    [Fact]
    public async Task AMeasuresIndicators_AreStoredInOrder_AndAKrajThatRequiresThemSaysWhenTheyAreMissing()
    {
        var api = await app.ClientAsync();
        var plan = await api.CreateAsync(PlansClient.Sprss("Plán s ukazateli"));
        var p = await api.AddItemAsync(plan, Item(null, "Priorita", ("category", "systemova")));
        var g = await api.AddItemAsync(plan, Item(p, "Cíl"));
        var m = await api.AddItemAsync(plan, Item(g, "Odlehčovací služba", ("indicators", new object[]
        {
            new { name = "kapacita odlehčovací služby", unit = "lůžka", baseline = 4m, target = 10m, year = 2027 },
            new { name = "podíl uspokojených žádostí", unit = "%", baseline = (decimal?)null, target = 85.5m, year = 2026 },
        })));

        var measure = Walk((await api.GetAsync(plan)).GetProperty("priorities")).Single(i => i.GetProperty("id").GetInt32() == m);

        Assert.Equal([("kapacita odlehčovací služby", "lůžka", (decimal?)4m, 10m, 2027), ("podíl uspokojených žádostí", "%", null, 85.5m, 2026)],
            measure.GetProperty("indicators").EnumerateArray().Select(x => (x.GetProperty("name").GetString(), x.GetProperty("unit").GetString(),
                x.GetProperty("baseline").ValueKind == JsonValueKind.Null ? (decimal?)null : x.GetProperty("baseline").GetDecimal(),
                x.GetProperty("target").GetDecimal(), x.GetProperty("year").GetInt32())));
    }

    [Fact]
    public async Task AnItemWithNothingUnderIt_CanBeRemoved_ItsCodeIsNotGivenAgain_AndOneWithChildrenIsRefused()
    {
        var api = await app.ClientAsync();
        var plan = await api.CreateAsync(PlansClient.Sprss("Plán s odebíráním"));
        var p = await api.AddItemAsync(plan, Item(null, "Priorita", ("category", "systemova")));
        var g = await api.AddItemAsync(plan, Item(p, "Cíl"));
        var m = await api.AddItemAsync(plan, Item(g, "Opatření k odebrání", ("costs", new[] { Cost(2025, "kraj", 7_000) })));

        var refused = await api.Http.DeleteAsync($"{api.Base}/{plan}/polozky/{g}?verze={await api.VersionAsync(plan)}");
        var removed = await api.Http.DeleteAsync($"{api.Base}/{plan}/polozky/{m}?verze={await api.VersionAsync(plan)}");
        var next = await api.AddItemAsync(plan, Item(g, "Nové opatření"));

        Assert.Equal(["Cíl „Cíl“ má pod sebou další položky: odeberte nejdřív je."], (await PlansClient.ErrorsAsync(refused))[""]);
        await PlansClient.EnsureOkAsync(removed);
        var read = await api.GetAsync(plan);
        var codes = Walk(read.GetProperty("priorities")).Select(i => (i.GetProperty("title").GetString(), i.GetProperty("code").GetString())).ToList();
        Assert.Equal([("Priorita", "1"), ("Cíl", "1.1"), ("Nové opatření", "1.1.2")], codes);
        Assert.Equal(0, read.GetProperty("totals").GetProperty("total").GetInt64());
        Assert.True(next > m);
    }

    [Fact]
    public async Task ASaveFromAnOlderVersion_IsRefusedWithAReloadMessage_AndTheStoredTextStays()
    {
        var first = await app.ClientAsync();
        var second = await app.ClientAsync();
        var plan = await first.CreateAsync(PlansClient.Sprss("Plán dvou koordinátorek"));
        var started = await first.VersionAsync(plan);

        await PlansClient.EnsureOkAsync(await first.Http.PutAsJsonAsync($"{first.Base}/{plan}/kapitoly/analyticka", new { text = "Text první.", version = started }));
        var late = await second.Http.PutAsJsonAsync($"{second.Base}/{plan}/kapitoly/analyticka", new { text = "Text druhé.", version = started });
        var lateItem = await second.AddItemRawAsync(plan, new { parentId = (int?)null, title = "Priorita", category = "systemova", version = started });

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("Mezitím to změnil někdo jiný. Načtěte stránku znovu", await late.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, lateItem.StatusCode);
        var stored = await first.GetAsync(plan);
        Assert.Equal("Text první.", stored.GetProperty("chapters").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "analyticka").GetProperty("text").GetString());
        Assert.Equal(0, stored.GetProperty("priorities").GetArrayLength());
        Assert.Equal(started + 1, stored.GetProperty("version").GetInt32());
    }
}

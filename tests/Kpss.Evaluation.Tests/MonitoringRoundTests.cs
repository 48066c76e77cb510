using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kpss.Evaluation.Tests;

/// <summary>
/// A monitoring round (issue 25, item 1) on the run's database: opened for a year of an approved plan, its records are
/// that year's items of the approved edition — the year's action plan when there is one — with indicators, money at the
/// level it was planned and the changes of the network; a record filled in with every value checked, nothing half-saved;
/// another kraj and a coordinator of another process get nothing.
/// </summary>
public sealed class MonitoringRoundTests(EvaluationHost app) : IClassFixture<EvaluationHost>
{
    private static string[] Codes(JsonElement round) => round.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToArray();

    private static Dictionary<string, long> Planned(JsonElement record) => record.GetProperty("money").EnumerateArray()
        .ToDictionary(m => m.GetProperty("source").GetString()!, m => m.GetProperty("planned").GetInt64());

    [Fact]
    public async Task ARound_TakesTheYearsMeasuresAndActivities_WithMoneyAtItsOwnLevel_IndicatorsAndChanges()
    {
        var api = await app.ClientAsync();
        var plan = await api.ApprovedPlanAsync(await app.ClientAsync(EvaluationHost.Admin), "SPRSS k hodnocení: rok 2026");

        var round = await api.RoundAsync(await api.OpenAsync(plan, 2026));

        // 1.1.2 runs only in 2027; priority and goal are kept above the year's measure for the report's grouping.
        Assert.Equal(["1", "1.1", "1.1.1", "1.1.1.1"], Codes(round));
        Assert.Equal((plan, 1, 2026, "2027-04-30"), (round.GetProperty("sourcePlanId").GetInt32(), round.GetProperty("sourceEdition").GetInt32(),
            round.GetProperty("year").GetInt32(), round.GetProperty("deadline").GetString()));
        Assert.Equal((0, 2), (round.GetProperty("reported").GetInt32(), round.GetProperty("toReport").GetInt32()));
        var measure = round.GetProperty("records")[2];
        var activity = round.GetProperty("records")[3];
        // The contract gives the measure's 2026 money with its activity's (MPSV 625 000, obec 50 000): the measure keeps its own.
        Assert.Equal(new Dictionary<string, long> { ["Mpsv"] = 600_000 }, Planned(measure));
        Assert.Equal(new Dictionary<string, long> { ["Obec"] = 50_000, ["Mpsv"] = 25_000 }, Planned(activity));
        Assert.Empty(Planned(round.GetProperty("records")[0]));
        var indicator = Assert.Single(measure.GetProperty("indicators").EnumerateArray());
        Assert.Equal(("1.1.1/1", 10m, 4m), (indicator.GetProperty("key").GetString(), indicator.GetProperty("target").GetDecimal(), indicator.GetProperty("baseline").GetDecimal()));
        var change = Assert.Single(measure.GetProperty("networkChanges").EnumerateArray());
        Assert.Equal(("44", 3105, 6, 2.5m), (change.GetProperty("paragraph").GetString(), change.GetProperty("orpCsuCode").GetInt32(),
            change.GetProperty("capacity").GetInt32(), change.GetProperty("staff").GetDecimal()));
        Assert.Equal(("Charita Jindřichův Hradec", "25755277"), (measure.GetProperty("responsible").GetString(), measure.GetProperty("responsibleIco").GetString()));
        Assert.False(round.GetProperty("records")[0].GetProperty("filledIn").GetBoolean());

        var other = await api.RoundAsync(await api.OpenAsync(plan, 2027));
        Assert.Equal(["1", "1.1", "1.1.2"], Codes(other));
        Assert.Contains((await api.GetAsync(api.Rounds)).EnumerateArray(), r => r.GetProperty("id").GetInt32() == other.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task TheYearsApprovedActionPlan_GivesTheRecords()
    {
        var api = await app.ClientAsync();
        var admin = await app.ClientAsync(EvaluationHost.Admin);
        var plan = await api.ApprovedPlanAsync(admin, "SPRSS k hodnocení: s akčním plánem");
        var action = await EvaluationClient.IdAsync(await api.Http.PostAsJsonAsync(api.Plans, new
        {
            kind = "Akcni", title = "Akční plán 2026 k hodnocení", fromYear = 2026, toYear = 2026, area = "celý kraj", approvingBody = "Rada kraje", parentPlanId = plan,
        }));
        foreach (var chapter in (await api.GetAsync($"{api.Plans}/{action}")).GetProperty("chapters").EnumerateArray())
            await EvaluationClient.OkAsync(await api.Http.PutAsJsonAsync($"{api.Plans}/{action}/kapitoly/{chapter.GetProperty("key").GetString()}",
                new { text = "Text kapitoly.", version = await api.VersionAsync(action) }));
        await EvaluationClient.OkAsync(await admin.Http.PostAsJsonAsync($"{api.Plans}/{action}/schvaleni",
            new { resolution = "12/2026/RK", approvedOn = "2026-01-20", version = await api.VersionAsync(action) }));

        var round = await api.RoundAsync(await api.OpenAsync(plan, 2026));

        Assert.Equal((action, "Akční plán 2026 k hodnocení", 1), (round.GetProperty("sourcePlanId").GetInt32(), round.GetProperty("sourceTitle").GetString(),
            round.GetProperty("sourceEdition").GetInt32()));
        Assert.Equal(["1", "1.1", "1.1.1", "1.1.1.1"], Codes(round));
        Assert.Equal(plan, round.GetProperty("planId").GetInt32());
    }

    [Fact]
    public async Task OpeningIsRefused_InCzech_ForADraft_AYearOutside_ADeadlinePast_ASecondRound_AnActionPlan_AndAnotherKraj()
    {
        var api = await app.ClientAsync();
        var admin = await app.ClientAsync(EvaluationHost.Admin);
        var plan = await api.ApprovedPlanAsync(admin, "SPRSS k hodnocení: odmítnutí");
        var draft = await EvaluationClient.IdAsync(await api.Http.PostAsJsonAsync(api.Plans, new
        {
            kind = "Sprss", title = "Návrh k hodnocení", fromYear = 2025, toYear = 2027, area = "celý kraj", approvingBody = "Zastupitelstvo kraje",
        }));

        Assert.Contains("jen schválené vydání", (await EvaluationClient.ErrorsAsync(await api.OpenRawAsync(draft, new { year = 2026, deadline = "2027-04-30" })))[""][0]);
        var errors = await EvaluationClient.ErrorsAsync(await api.OpenRawAsync(plan, new { year = 2029, deadline = "2027-03-01" }));
        Assert.Equal("Rok sledování musí ležet v období plánu (2025–2027).", errors["Year"].Single());
        Assert.Equal("Termín nemůže být v minulosti.", errors["Deadline"].Single());
        errors = await EvaluationClient.ErrorsAsync(await api.OpenRawAsync(plan, new { }));
        Assert.Equal(["Year", "Deadline"], errors.Keys.Order().Reverse().ToArray());
        Assert.DoesNotContain((await api.GetAsync(api.Rounds)).EnumerateArray(), r => r.GetProperty("planId").GetInt32() == plan);

        await api.OpenAsync(plan, 2025);
        Assert.Equal("Kolo sledování tohoto plánu za rok 2025 už existuje.",
            (await EvaluationClient.ErrorsAsync(await api.OpenRawAsync(plan, new { year = 2025, deadline = "2027-04-30" })))["Year"].Single());

        var other = await app.ClientAsync(EvaluationHost.OtherCoordinator, "jihomoravsky");
        var foreign = await other.OpenRawAsync(plan, new { year = 2026, deadline = "2027-04-30" });
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var crossed = await other.Http.PostAsJsonAsync($"/api/kraje/jihocesky/hodnoceni/plany/{plan}/kola", new { year = 2026, deadline = "2027-04-30" });
        Assert.True(crossed.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{(int)crossed.StatusCode}");
        Assert.Single((await api.GetAsync(api.Rounds)).EnumerateArray(), r => r.GetProperty("planId").GetInt32() == plan);
    }

    [Fact]
    public async Task ARecordFilledIn_IsReadBack_AndEveryBadValueIsRefused_WithNothingSaved()
    {
        var api = await app.ClientAsync();
        var plan = await api.ApprovedPlanAsync(await app.ClientAsync(EvaluationHost.Admin), "SPRSS k hodnocení: vyplnění");
        var round = await api.OpenAsync(plan, 2026);
        var measure = await api.RecordAsync(round, "1.1.1");
        var id = measure.GetProperty("id").GetInt32();

        var bad = await EvaluationClient.ErrorsAsync(await api.FillRawAsync(round, id, new
        {
            state = "hotovo",
            indicators = new object[] { new { key = "1.1.1/2", reached = 3m }, new { key = "1.1.1/1", reached = -1m } },
            money = new object[] { new { source = "banka", spent = 5L }, new { source = "mpsv", spent = -10L } },
            network = new object[] { new { order = 2, capacity = 1 } },
            evidence = "zprava.pdf", version = 0,
        }));
        Assert.StartsWith("Neznámý stav plnění „hotovo“: splněno, plněno průběžně", bad["State"].Single());
        Assert.Equal("Ukazatel „1.1.1/2“ u této položky v tomto vydání plánu není.", bad["Indicators[0].Key"].Single());
        Assert.Equal("Dosažená hodnota ukazatele nemůže být záporná.", bad["Indicators[1].Reached"].Single());
        Assert.StartsWith("Neznámý zdroj peněz „banka“", bad["Money[0].Source"].Single());
        Assert.Equal("Utracená částka nemůže být záporná.", bad["Money[1].Spent"].Single());
        Assert.Equal("Změna sítě 2 u této položky v tomto vydání plánu není.", bad["Network[0].Order"].Single());
        Assert.Equal("Doklad musí být odkaz začínající https:// nebo http://.", bad["Evidence"].Single());
        Assert.Equal("Vyberte stav plnění.", (await EvaluationClient.ErrorsAsync(await api.FillRawAsync(round, id, new { version = 0 })))["State"].Single());
        Assert.Equal(measure.GetRawText(), (await api.RecordAsync(round, "1.1.1")).GetRawText());

        await EvaluationClient.OkAsync(await api.FillRawAsync(round, id, new
        {
            state = "CastecneSplneno",
            indicators = new object[] { new { key = "1.1.1/1", reached = 8m } },
            money = new object[] { new { source = "mpsv", spent = 550_000L }, new { source = "kraj", spent = 20_000L } },
            network = new object[] { new { order = 1, capacity = 4, staff = 2m } },
            comment = "Služba otevřela 4 lůžka z 6.", evidence = "https://www.example.cz/zprava.pdf", version = 0,
        }));

        var read = await api.RecordAsync(round, "1.1.1");
        Assert.Equal(("CastecneSplneno", "částečně splněno", "Služba otevřela 4 lůžka z 6.", "https://www.example.cz/zprava.pdf", 1),
            (read.GetProperty("state").GetString(), read.GetProperty("stateName").GetString(), read.GetProperty("comment").GetString(),
                read.GetProperty("evidence").GetString(), read.GetProperty("version").GetInt32()));
        Assert.Equal(8m, read.GetProperty("indicators")[0].GetProperty("reached").GetDecimal());
        var money = read.GetProperty("money").EnumerateArray().ToDictionary(m => m.GetProperty("source").GetString()!,
            m => (m.GetProperty("planned").GetInt64(), m.GetProperty("spent").GetInt64()));
        // Kraj's money was not planned for 2026: it is kept as spent against nothing planned.
        Assert.Equal(new Dictionary<string, (long, long)> { ["Kraj"] = (0, 20_000), ["Mpsv"] = (600_000, 550_000) }, money);
        Assert.Equal((4, 2m), (read.GetProperty("networkChanges")[0].GetProperty("realCapacity").GetInt32(), read.GetProperty("networkChanges")[0].GetProperty("realStaff").GetDecimal()));
        Assert.Equal((1, 2), ((await api.RoundAsync(round)).GetProperty("reported").GetInt32(), (await api.RoundAsync(round)).GetProperty("toReport").GetInt32()));

        // From the version before: refused as changed meanwhile, nothing overwritten.
        var stale = await api.FillRawAsync(round, id, new { state = "Splneno", version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("CastecneSplneno", (await api.RecordAsync(round, "1.1.1")).GetProperty("state").GetString());

        // A priority is not filled in; another kraj's coordinator reaches nothing.
        var priority = (await api.RecordAsync(round, "1")).GetProperty("id").GetInt32();
        Assert.Contains("nevyplňují", (await EvaluationClient.ErrorsAsync(await api.FillRawAsync(round, priority, new { state = "Splneno", version = 0 })))[""][0]);
        var other = await app.ClientAsync(EvaluationHost.OtherCoordinator, "jihomoravsky");
        Assert.Equal(HttpStatusCode.NotFound, (await other.FillRawAsync(round, id, new { state = "Nesplneno", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"{other.Rounds}/kola/{round}")).StatusCode);
        Assert.Equal("CastecneSplneno", (await api.RecordAsync(round, "1.1.1")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task ACoordinatorOfAnotherProcess_SeesNoRoundOfAKrajPlan()
    {
        var api = await app.ClientAsync();
        var plan = await api.ApprovedPlanAsync(await app.ClientAsync(EvaluationHost.Admin), "SPRSS k hodnocení: proces");
        var round = await api.OpenAsync(plan, 2026);
        var narrowed = await app.ClientAsync(EvaluationHost.NarrowedCoordinator);

        Assert.Equal(HttpStatusCode.NotFound, (await narrowed.Http.GetAsync($"{narrowed.Rounds}/kola/{round}")).StatusCode);
        Assert.DoesNotContain((await narrowed.GetAsync(narrowed.Rounds)).EnumerateArray(), r => r.GetProperty("id").GetInt32() == round);
        Assert.Equal(HttpStatusCode.NotFound, (await narrowed.OpenRawAsync(plan, new { year = 2027, deadline = "2027-04-30" })).StatusCode);
    }
}

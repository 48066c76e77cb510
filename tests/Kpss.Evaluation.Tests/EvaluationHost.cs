using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;

namespace Kpss.Evaluation.Tests;

/// <summary>The host with coordinators and a regional admin of Jihočeský kraj, a coordinator of Jihomoravský, and a clock
/// the tests move: it is 2 March 2027, 9:00 in Prague, when they start.</summary>
public class EvaluationHost : KpssAppFactory
{
    public const string Coordinator = "koordinatorka@hodnoceni-jc.test.example";
    public const string Admin = "admin@hodnoceni-jc.test.example";
    public const string OtherCoordinator = "koordinator@hodnoceni-jm.test.example";
    public const string NarrowedCoordinator = "koordinator-procesu@hodnoceni-jc.test.example";

    public EvaluationHost()
    {
        Settings["Notifications:DispatchEnabled"] = "false";
        Clock = new FakeClock(new DateTimeOffset(2027, 3, 2, 8, 0, 0, TimeSpan.Zero));
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(Coordinator, KpssRoles.Coordinator, "CZ031");
        await CreateUserAsync(Admin, KpssRoles.RegionalAdmin, "CZ031");
        await CreateUserAsync(OtherCoordinator, KpssRoles.Coordinator, "CZ064");
        await CreateUserAsync(NarrowedCoordinator, KpssRoles.Coordinator, "CZ031", "999999");
    }

    public async Task<EvaluationClient> ClientAsync(string user = Coordinator, string kraj = "jihocesky") => new(await SignedInClientAsync(user), kraj);
}

/// <summary>The plans and evaluation API as a coordinator (or the regional admin) uses it.</summary>
public sealed class EvaluationClient(HttpClient http, string kraj)
{
    public HttpClient Http => http;
    public string Plans => $"/api/kraje/{kraj}/plany";
    public string Rounds => $"/api/kraje/{kraj}/hodnoceni";

    /// <summary>
    /// An approved SPRSS 2025–2027: priority 1 → goal 1.1 → measure 1.1.1 (2025–2026: kraj 400 000 in 2025, MPSV 600 000
    /// in 2026, an indicator of 2026, a change of the network in 2026) with activity 1.1.1.1 (2026: obec 50 000, MPSV 25 000),
    /// and measure 1.1.2 only in 2027. Approved by <paramref name="admin"/>.
    /// </summary>
    public async Task<int> ApprovedPlanAsync(EvaluationClient admin, string title)
    {
        var plan = await IdAsync(await http.PostAsJsonAsync(Plans, new
        {
            kind = "Sprss", title, fromYear = 2025, toYear = 2027, area = "celý kraj", approvingBody = "Zastupitelstvo kraje",
        }));
        foreach (var chapter in (await GetAsync($"{Plans}/{plan}")).GetProperty("chapters").EnumerateArray())
            await OkAsync(await http.PutAsJsonAsync($"{Plans}/{plan}/kapitoly/{chapter.GetProperty("key").GetString()}",
                new { text = $"Text kapitoly {chapter.GetProperty("title").GetString()}.", version = await VersionAsync(plan) }));
        var priority = await AddItemAsync(plan, new { title = "Senioři doma", category = "skupinova", targetGroup = "senioři" });
        var goal = await AddItemAsync(plan, new { parentId = priority, title = "Péče v domácnosti" });
        var measure = await AddItemAsync(plan, new
        {
            parentId = goal, title = "Odlehčovací služba", responsible = "Charita Jindřichův Hradec", responsibleIco = "25755277", partners = "obce",
            workingGroup = "PS Senioři", fromYear = 2025, toYear = 2026,
            costs = new object[] { new { year = 2025, source = "kraj", amount = 400_000L }, new { year = 2026, source = "mpsv", amount = 600_000L } },
            indicators = new object[] { new { name = "kapacita", unit = "lůžek", baseline = 4m, target = 10m, year = 2026 } },
            capacities = new object[] { new { year = 2026, kind = "44", form = "pobytová", orpCsuCode = 3105, capacity = 6, unit = "lůžka", staff = 2.5m } },
        });
        await AddItemAsync(plan, new
        {
            parentId = measure, title = "Nábor pečovatelek", responsible = "Město Tábor", fromYear = 2026, toYear = 2026,
            costs = new object[] { new { year = 2026, source = "obec", amount = 50_000L }, new { year = 2026, source = "mpsv", amount = 25_000L } },
        });
        await AddItemAsync(plan, new
        {
            parentId = goal, title = "Denní stacionář", responsible = "Město Tábor", partners = "obce", workingGroup = "PS Senioři", fromYear = 2027, toYear = 2027,
            costs = new object[] { new { year = 2027, source = "obec", amount = 100_000L } },
            indicators = new object[] { new { name = "klientů", unit = "osob", target = 15m, year = 2027 } },
        });
        await OkAsync(await admin.Http.PostAsJsonAsync($"{Plans}/{plan}/schvaleni",
            new { resolution = "211/2025/ZK-27", approvedOn = "2025-06-20", version = await VersionAsync(plan) }));
        return plan;
    }

    public async Task<int> AddItemAsync(int plan, object item)
    {
        var fields = JsonSerializer.SerializeToNode(item)!.AsObject();
        fields["version"] = await VersionAsync(plan);
        return await IdAsync(await http.PostAsJsonAsync($"{Plans}/{plan}/polozky", fields));
    }

    public async Task<int> VersionAsync(int plan) => (await GetAsync($"{Plans}/{plan}")).GetProperty("version").GetInt32();

    public Task<HttpResponseMessage> OpenRawAsync(int plan, object body) => http.PostAsJsonAsync($"{Rounds}/plany/{plan}/kola", body);

    public async Task<int> OpenAsync(int plan, int year, string deadline = "2027-04-30") => await IdAsync(await OpenRawAsync(plan, new { year, deadline }));

    public async Task<JsonElement> RoundAsync(int round) => await GetAsync($"{Rounds}/kola/{round}");

    public async Task<JsonElement> RecordAsync(int round, string code) =>
        (await RoundAsync(round)).GetProperty("records").EnumerateArray().Single(r => r.GetProperty("code").GetString() == code);

    public Task<HttpResponseMessage> FillRawAsync(int round, int record, object body) => http.PutAsJsonAsync($"{Rounds}/kola/{round}/zaznamy/{record}", body);

    public async Task<JsonElement> GetAsync(string path)
    {
        var response = await http.GetAsync(path);
        await OkAsync(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<int> IdAsync(HttpResponseMessage response)
    {
        await OkAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task OkAsync(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created))
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The field → messages of a 400 problem document.</summary>
    public static async Task<Dictionary<string, List<string>>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"400 expected, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(e => e.GetString()!).ToList());
    }
}

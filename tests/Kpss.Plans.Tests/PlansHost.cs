using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;

namespace Kpss.Plans.Tests;

/// <summary>The host with coordinators and regional admins of Jihočeský and Jihomoravský kraj.</summary>
public class PlansHost : KpssAppFactory
{
    public const string Coordinator = "koordinatorka@plany-jc.test.example";
    public const string Admin = "admin@plany-jc.test.example";
    public const string OtherCoordinator = "koordinator@plany-jm.test.example";
    public const string Member = "clen@plany-jc.test.example";

    /// <summary>Mail is sent only when a test runs the dispatch (so a test that looks for a message after it is not racing the timer).</summary>
    public PlansHost() => Settings["Notifications:DispatchEnabled"] = "false";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(Coordinator, KpssRoles.Coordinator, "CZ031");
        await CreateUserAsync(Admin, KpssRoles.RegionalAdmin, "CZ031");
        await CreateUserAsync(OtherCoordinator, KpssRoles.Coordinator, "CZ064");
        await CreateUserAsync(Member, KpssRoles.Member, "CZ031");
    }

    public async Task<PlansClient> ClientAsync(string user = Coordinator, string kraj = "jihocesky") => new(await SignedInClientAsync(user), kraj);
}

/// <summary>The same host on a clock the test moves: it is 2 March 2026, 9:00 in Prague, when the tests start.</summary>
public class PlansClockHost : PlansHost
{
    public PlansClockHost() => Clock = new FakeClock(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public DateOnly Today => DateOnly.FromDateTime(Kpss.Modules.Abstractions.Time.PragueTime.FromUtc(Clock!.GetUtcNow().UtcDateTime));
}

/// <summary>The plans API as a coordinator uses it.</summary>
public sealed class PlansClient(HttpClient http, string kraj)
{
    public HttpClient Http => http;

    public string Base => $"/api/kraje/{kraj}/plany";

    public static object Sprss(string title = "Střednědobý plán rozvoje sociálních služeb", int from = 2025, int to = 2027) => new
    {
        kind = "Sprss", title, fromYear = from, toYear = to, area = "celý kraj", approvingBody = "Zastupitelstvo kraje",
    };

    public async Task<int> CreateAsync(object plan)
    {
        var response = await http.PostAsJsonAsync(Base, plan);
        await EnsureOkAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public async Task<JsonElement> GetAsync(int planId)
    {
        var response = await http.GetAsync($"{Base}/{planId}");
        await EnsureOkAsync(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<int> VersionAsync(int planId) => (await GetAsync(planId)).GetProperty("version").GetInt32();

    public Task<HttpResponseMessage> AddItemRawAsync(int planId, object item) => http.PostAsJsonAsync($"{Base}/{planId}/polozky", item);

    /// <summary>Adds an item at the plan's current version; returns its id.</summary>
    public async Task<int> AddItemAsync(int planId, Dictionary<string, object?> item)
    {
        item["version"] = await VersionAsync(planId);
        var response = await AddItemRawAsync(planId, item);
        await EnsureOkAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    /// <summary>A plan with every chapter written and one priority → goal → measure with all its fields and money.</summary>
    public async Task<(int Plan, int Measure)> CompletePlanAsync(string title, int from = 2025, int to = 2027)
    {
        var id = await CreateAsync(Sprss(title, from, to));
        foreach (var chapter in (await GetAsync(id)).GetProperty("chapters").EnumerateArray())
            await SaveChapterAsync(id, chapter.GetProperty("key").GetString()!, $"Text kapitoly {chapter.GetProperty("title").GetString()}.");
        var p = await AddItemAsync(id, new() { ["title"] = "Senioři doma", ["category"] = "skupinova", ["targetGroup"] = "senioři" });
        var g = await AddItemAsync(id, new() { ["parentId"] = p, ["title"] = "Péče v domácnosti" });
        var m = await AddItemAsync(id, new()
        {
            ["parentId"] = g, ["title"] = "Odlehčovací služba", ["responsible"] = "Charita", ["partners"] = "obce", ["workingGroup"] = "PS Senioři",
            ["fromYear"] = from, ["toYear"] = Math.Min(from + 1, to),
            ["costs"] = new object[] { new { year = from, source = "kraj", amount = 400_000L }, new { year = Math.Min(from + 1, to), source = "mpsv", amount = 600_000L } },
            ["indicators"] = new object[] { new { name = "kapacita", unit = "lůžek", target = 10m, year = Math.Min(from + 1, to) } },
        });
        return (id, m);
    }

    public async Task SaveChapterAsync(int planId, string key, string text) =>
        await EnsureOkAsync(await http.PutAsJsonAsync($"{Base}/{planId}/kapitoly/{key}", new { text, version = await VersionAsync(planId) }));

    public static async Task EnsureOkAsync(HttpResponseMessage response)
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

using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Testing;

namespace Kpss.Host.Tests.Isolation;

/// <summary>What the sweeps' kraj has of Plans: the process's draft plan, a plan in comment with a public comment, its action plan.</summary>
public partial class SweepHost
{
    private async Task SeedPlansAsync(HttpClient admin)
    {
        var plan = await IdAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/plany", new
        {
            kind = "Komunitni", title = $"Plán {Secret}", fromYear = 2027, toYear = 2029, area = "ORP Jindřichův Hradec",
            approvingBody = "Zastupitelstvo města", processId = int.Parse(Ids["process"], System.Globalization.CultureInfo.InvariantCulture),
        }));
        var read = await admin.GetFromJsonAsync<JsonElement>($"/api/kraje/{Kraj}/plany/{plan}");
        var chapter = read.GetProperty("chapters")[0].GetProperty("key").GetString()!;
        await OkAsync(await admin.PutAsJsonAsync($"/api/kraje/{Kraj}/plany/{plan}/kapitoly/{chapter}",
            new { text = $"Kapitola {Secret}", version = read.GetProperty("version").GetInt32() }));
        var version = (await admin.GetFromJsonAsync<JsonElement>($"/api/kraje/{Kraj}/plany/{plan}")).GetProperty("version").GetInt32();
        var item = await IdAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/plany/{plan}/polozky",
            new { parentId = (int?)null, title = $"Priorita {Secret}", category = "systemova", version }));
        Ids["plan"] = plan.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Ids["chapter"] = chapter;
        Ids["planItem"] = item.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A second plan, complete and put to comment (so public: its title and text carry no marker), with one public
    /// comment confirmed through its e-mail link (not public until the settlement: it does): what the routes of a plan's
    /// comments take (<see cref="RouteValues"/>: <c>commentedPlan</c>, <c>comment</c>).
    /// </summary>
    private async Task SeedCommentsAsync(HttpClient admin)
    {
        var plan = await IdAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/plany", new
        {
            kind = "Komunitni", title = "Plán k veřejným připomínkám", fromYear = 2027, toYear = 2029, area = "ORP Jindřichův Hradec",
            approvingBody = "Zastupitelstvo města", processId = int.Parse(Ids["process"], System.Globalization.CultureInfo.InvariantCulture),
        }));
        var priority = await IdAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/plany/{plan}/polozky",
            new { title = "Priorita k připomínkám", category = "systemova", version = await PlanVersionAsync(admin, plan) }));
        await CompletePlanAsync(admin, plan, priority);
        var today = DateOnly.FromDateTime(Kpss.Modules.Abstractions.Time.PragueTime.FromUtc((Clock?.GetUtcNow() ?? DateTimeOffset.UtcNow).UtcDateTime));
        await OkAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/plany/{plan}/pripominkovani", new
        {
            commentsFrom = today.ToString("yyyy-MM-dd"), commentsTo = today.AddDays(20).ToString("yyyy-MM-dd"), version = await PlanVersionAsync(admin, plan),
        }));
        var visitor = AnonymousClient();
        var writer = $"pavla.{Secret.ToLowerInvariant()}@verejnost.test.example";
        await OkAsync(await PostFormAsync(visitor, $"/{Kraj}/plany/{plan}", new()
        {
            ["Comment.Target"] = "", ["Comment.Text"] = $"Připomínka {Secret}", ["Comment.AuthorName"] = $"Pavla {Secret}", ["Comment.Email"] = writer,
        }));
        await RunJobAsync("notifications.outbox-dispatch");
        var link = new Uri(new ReceivedMail("", EmlMessage.Load(MailsTo(writer).Last())).Link("Potvrdit připomínku")).PathAndQuery;
        await OkAsync(await PostFormAsync(visitor, link, []));
        var comments = await admin.GetFromJsonAsync<JsonElement>($"/api/kraje/{Kraj}/plany/{plan}/pripominky");
        Ids["commentedPlan"] = plan.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Ids["comment"] = comments[0].GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Its action plan of 2027, started empty: taking the parent's year over is what its refresh offers.
        var action = await IdAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/plany", new
        {
            kind = "Akcni", title = $"Akční plán {Secret}", fromYear = 2027, toYear = 2027, area = "ORP Jindřichův Hradec", approvingBody = "Rada města",
            parentPlanId = plan, fromParent = false,
        }));
        Ids["actionPlan"] = action.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every chapter of the plan written, and under <paramref name="priority"/> a goal and a measure with all a measure needs.</summary>
    protected static async Task CompletePlanAsync(HttpClient admin, int plan, int priority)
    {
        var path = $"/api/kraje/{Kraj}/plany/{plan}";
        foreach (var chapter in (await admin.GetFromJsonAsync<JsonElement>(path)).GetProperty("chapters").EnumerateArray())
            await OkAsync(await admin.PutAsJsonAsync($"{path}/kapitoly/{chapter.GetProperty("key").GetString()}",
                new { text = $"Text kapitoly {chapter.GetProperty("title").GetString()}.", version = await PlanVersionAsync(admin, plan) }));
        var goal = await IdAsync(await admin.PostAsJsonAsync($"{path}/polozky", new { parentId = priority, title = "Péče v domácnosti", version = await PlanVersionAsync(admin, plan) }));
        await IdAsync(await admin.PostAsJsonAsync($"{path}/polozky", new
        {
            parentId = goal, title = "Odlehčovací služba", responsible = "Charita Jindřichův Hradec", partners = "obce ORP", workingGroup = "PS Senioři",
            fromYear = 2027, toYear = 2028,
            costs = new object[] { new { year = 2027, source = "kraj", amount = 400_000L }, new { year = 2028, source = "mpsv", amount = 600_000L } },
            indicators = new object[] { new { name = "kapacita", unit = "lůžek", target = 10m, year = 2028 } },
            version = await PlanVersionAsync(admin, plan),
        }));
        var missing = (await admin.GetFromJsonAsync<JsonElement>(path)).GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.True(missing.Count == 0, "the seeded plan is not complete: " + string.Join(" ", missing));
    }

    protected static async Task<int> PlanVersionAsync(HttpClient admin, int plan) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/kraje/{Kraj}/plany/{plan}")).GetProperty("version").GetInt32();
}

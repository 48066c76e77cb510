using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Testing;

namespace Kpss.Plans.Tests;

/// <summary>
/// A community plan tied to a planning process of the Meetings module (through its contract): the descriptive part
/// offers the meetings held and the public hearings, ready to insert; the public hearing is created there as a meeting
/// of that kind while the plan waits in "veřejné projednání"; another kraj's process cannot be tied; a bad hearing
/// changes nothing in either module.
/// </summary>
public sealed class HearingAndFactsTests(PlansClockHost app) : IClassFixture<PlansClockHost>
{
    private static async Task<int> IdAsync(HttpResponseMessage response)
    {
        await PlansClient.EnsureOkAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private async Task<(PlansClient Api, int Process, int Group)> ProcessAsync(string name)
    {
        var api = await app.ClientAsync();
        var process = await IdAsync(await api.Http.PostAsJsonAsync("/api/kraje/jihocesky/procesy", new
        {
            name, areaKind = "Orp", areaName = "ORP Jindřichův Hradec", orpCsuCode = 3105, periodFrom = "2026-01-01", periodTo = "2027-12-31",
        }));
        var group = await IdAsync(await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/procesy/{process}/skupiny", new { kind = "SteeringGroup", name = "Řídicí skupina" }));
        return (api, process, group);
    }

    private async Task<int> CommunityPlanAsync(PlansClient api, int process, string title)
    {
        var id = await api.CreateAsync(new { kind = "Komunitni", title, fromYear = 2026, toYear = 2028, area = "ORP Jindřichův Hradec", approvingBody = "Zastupitelstvo města", processId = process });
        foreach (var chapter in (await api.GetAsync(id)).GetProperty("chapters").EnumerateArray())
            await api.SaveChapterAsync(id, chapter.GetProperty("key").GetString()!, "Text kapitoly.");
        var p = await api.AddItemAsync(id, new() { ["title"] = "Senioři", ["category"] = "skupinova", ["targetGroup"] = "senioři" });
        var g = await api.AddItemAsync(id, new() { ["parentId"] = p, ["title"] = "Péče doma" });
        await api.AddItemAsync(id, new() { ["parentId"] = g, ["title"] = "Pečovatelská služba", ["responsible"] = "Město", ["partners"] = "obce", ["workingGroup"] = "PS Senioři",
            ["fromYear"] = 2026, ["toYear"] = 2026, ["costs"] = new object[] { new { year = 2026, source = "obec", amount = 100_000L } },
            ["indicators"] = new object[] { new { name = "klientů", unit = "osob", target = 10m, year = 2026 } } });
        return id;
    }

    [Fact]
    public async Task TheDescriptivePart_IsOfferedTheMeetingsHeldAndTheHearings_AndTheyAreInsertedOnRequest()
    {
        var (api, process, group) = await ProcessAsync("Proces s fakty");
        var meeting = await IdAsync(await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/skupiny/{group}/jednani", new
        {
            kind = "SteeringGroup", title = "Řídicí skupina – březen", date = "2026-03-10", startTime = "15:00", endTime = "17:00", place = "MěÚ Jindřichův Hradec",
            barrierFree = true, agenda = Array.Empty<object>(),
        }));
        await PlansClient.EnsureOkAsync(await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{meeting}/naplanovat", new { emails = Array.Empty<string>() }));
        var plan = await CommunityPlanAsync(api, process, "Komunitní plán s fakty");
        Assert.Contains("Zatím neproběhlo žádné jednání.", (await api.Http.GetFromJsonAsync<JsonElement>($"{api.Base}/{plan}/fakta")).GetProperty("markdown").GetString());

        app.Clock!.Advance(TimeSpan.FromDays(10));
        try
        {
            var facts = (await api.Http.GetFromJsonAsync<JsonElement>($"{api.Base}/{plan}/fakta")).GetProperty("markdown").GetString()!;
            Assert.Contains("plánovací proces Proces s fakty", facts);
            Assert.Contains("- jednání řídicí skupiny, Řídicí skupina: 1", facts);

            var url = $"/jihocesky/plany/priprava/{plan}";
            var page = await api.Http.GetStringAsync(url);
            Assert.Contains("Údaje z plánovacího procesu pro tuto kapitolu", page);
            var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"version\" value=\"(\\d+)\"").Groups[1].Value;
            Assert.Equal(HttpStatusCode.Redirect, (await KpssAppFactory.PostFormAsync(api.Http, url + "?handler=Facts", new() { ["version"] = version }, formPageUrl: url)).StatusCode);
            var chapter = (await api.GetAsync(plan)).GetProperty("chapters").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "popisna").GetProperty("text").GetString()!;
            Assert.StartsWith("Text kapitoly.", chapter);
            Assert.Contains("- jednání řídicí skupiny, Řídicí skupina: 1", chapter);
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-10));
        }
    }

    [Fact]
    public async Task TheHearing_IsCreatedAsAMeetingOfTheProcess_AndThePlanWaitsForIt_ABadOneChangesNothing()
    {
        var (api, process, group) = await ProcessAsync("Proces s projednáním");
        async Task<int> HearingsAsync() => (await api.Http.GetStringAsync($"/jihocesky/skupiny/{group}")).Split("Veřejné projednání: Komunitní plán k projednání").Length - 1;
        var plan = await CommunityPlanAsync(api, process, "Komunitní plán k projednání");

        var bad = await api.Http.PostAsJsonAsync($"{api.Base}/{plan}/projednani", new { date = "2026-04-12", start = "15:00", end = "14:00", place = "Muzeum fotografie", version = await api.VersionAsync(plan) });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("Navrh", (await api.GetAsync(plan)).GetProperty("state").GetString());
        Assert.Equal(0, await HearingsAsync()); // the refused hearing left no meeting behind

        var created = await api.Http.PostAsJsonAsync($"{api.Base}/{plan}/projednani", new { date = "2026-04-12", start = "15:00", end = "17:00", place = "Muzeum fotografie, Kostelní 20/I", version = await api.VersionAsync(plan) });
        var meeting = await IdAsync(created);
        var stored = await api.Http.GetFromJsonAsync<JsonElement>($"/api/kraje/jihocesky/jednani/{meeting}");
        var state = await api.GetAsync(plan);

        Assert.Equal(1, await HearingsAsync()); // the group's page lists it
        Assert.Equal("PublicHearing", stored.GetProperty("kind").GetString());
        Assert.Equal("Veřejné projednání: Komunitní plán k projednání", stored.GetProperty("title").GetString());
        Assert.Equal("VerejneProjednani", state.GetProperty("state").GetString());
        Assert.Equal(meeting, state.GetProperty("hearingMeetingId").GetInt32());
        Assert.Contains($"href=\"/jihocesky/jednani/{meeting}\"", await api.Http.GetStringAsync($"/jihocesky/plany/priprava/{plan}/stav"));
        var edit = await api.Http.PutAsJsonAsync($"{api.Base}/{plan}/kapitoly/analyticka", new { text = "Během projednání.", version = await api.VersionAsync(plan) });
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);

        await PlansClient.EnsureOkAsync(await api.Http.PostAsJsonAsync($"{api.Base}/{plan}/projednani/konec", new { version = await api.VersionAsync(plan) }));
        Assert.Equal("Navrh", (await api.GetAsync(plan)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task APlanCannotBeTiedToAnotherKrajsProcess_AndAPlanWithoutProcessHasNoHearingHere()
    {
        var other = await app.ClientAsync(PlansHost.OtherCoordinator, "jihomoravsky");
        var (api, process, _) = await ProcessAsync("Jihočeský proces");
        var refused = await other.Http.PostAsJsonAsync(other.Base, new { kind = "Komunitni", title = "Cizí proces", fromYear = 2026, toYear = 2027, area = "Brno", approvingBody = "ZM", processId = process });
        Assert.Equal(["Plánovací proces v tomto kraji neexistuje."], (await PlansClient.ErrorsAsync(refused))["ProcessId"]);

        var (plan, _) = await api.CompletePlanAsync("SPRSS bez procesu");
        var noHearing = await api.Http.PostAsJsonAsync($"{api.Base}/{plan}/projednani", new { date = "2026-04-12", start = "15:00", end = "17:00", place = "Kraj", version = await api.VersionAsync(plan) });
        Assert.Contains("Plán není navázán na plánovací proces", string.Join(" ", (await PlansClient.ErrorsAsync(noHearing))[""]));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Http.GetAsync($"{api.Base}/{plan}/fakta")).StatusCode);
    }

    [Fact]
    public async Task OpeningComments_EmailsTheMembersOfThePlansProcess_OnceEach()
    {
        var (api, process, group) = await ProcessAsync("Proces s oznámením");
        await IdAsync(await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/skupiny/{group}/clenove",
            new { name = "Petra Členová", email = "petra.clenova@test.example", role = "Poskytovatel", from = "2026-01-01" }));
        await IdAsync(await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/skupiny/{group}/clenove",
            new { name = "Bývalý Člen", email = "byvaly.clen@test.example", role = "Zadavatel", from = "2025-01-01", to = "2025-12-31" }));
        var plan = await CommunityPlanAsync(api, process, "Komunitní plán s oznámením");

        await PlansClient.EnsureOkAsync(await api.Http.PostAsJsonAsync($"{api.Base}/{plan}/pripominkovani",
            new { commentsFrom = "2026-03-02", commentsTo = "2026-03-31", version = await api.VersionAsync(plan) }));
        await app.RunJobAsync("notifications.outbox-dispatch");

        var mails = Directory.GetFiles(app.OutboxPath, "*.eml").Select(EmlMessage.Load)
            .Where(m => m.Subject == "Připomínkování plánu: Komunitní plán s oznámením").ToList();
        var mail = Assert.Single(mails);
        Assert.Contains("petra.clenova@test.example", mail.Headers["To"]);
        Assert.Contains("od 2. 3. 2026 do 31. 3. 2026", mail.Text("text/plain"));
        Assert.Contains($"/jihocesky/plany/{plan}", mail.Text("text/plain"));
    }

    [Fact]
    public async Task ACoordinatorOfOneProcess_WritesOnlyThePlansOfThatProcess()
    {
        var (api, own, _) = await ProcessAsync("Proces koordinátorky");
        var (_, foreign, _) = await ProcessAsync("Jiný proces");
        var ownPlan = await api.CreateAsync(new { kind = "Komunitni", title = "Plán mého procesu", fromYear = 2026, toYear = 2027, area = "ORP", approvingBody = "ZM", processId = own });
        var foreignPlan = await api.CreateAsync(new { kind = "Komunitni", title = "Plán jiného procesu", fromYear = 2026, toYear = 2027, area = "ORP", approvingBody = "ZM", processId = foreign });
        var krajPlan = await api.CreateAsync(PlansClient.Sprss("Krajský plán bez procesu"));
        var email = $"procesni.{own}@plany-jc.test.example";
        await app.CreateUserAsync(email, Kpss.Modules.Abstractions.Security.KpssRoles.Coordinator, "CZ031", own.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var narrowed = await app.ClientAsync(email);

        var list = await narrowed.Http.GetFromJsonAsync<JsonElement>(narrowed.Base);
        Assert.Equal([ownPlan], list.EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ToArray());
        Assert.Equal(HttpStatusCode.OK, (await narrowed.Http.GetAsync($"{narrowed.Base}/{ownPlan}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await narrowed.Http.GetAsync($"{narrowed.Base}/{foreignPlan}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await narrowed.Http.GetAsync($"{narrowed.Base}/{krajPlan}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await narrowed.Http.PutAsJsonAsync($"{narrowed.Base}/{foreignPlan}/kapitoly/analyticka", new { text = "Cizí.", version = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await narrowed.Http.GetAsync($"/jihocesky/plany/priprava/{foreignPlan}")).StatusCode);
        var page = await narrowed.Http.GetStringAsync("/jihocesky/plany/priprava");
        Assert.Contains("Plán mého procesu", page);
        Assert.DoesNotContain("Plán jiného procesu", page);
        Assert.DoesNotContain("Krajský plán bez procesu", page);

        var withoutProcess = await narrowed.Http.PostAsJsonAsync(narrowed.Base, PlansClient.Sprss("Plán bez procesu od koordinátorky procesu"));
        var otherProcess = await narrowed.Http.PostAsJsonAsync(narrowed.Base, new { kind = "Komunitni", title = "Do cizího procesu", fromYear = 2026, toYear = 2027, area = "ORP", approvingBody = "ZM", processId = foreign });
        Assert.Equal(["Jako koordinátor plánovacího procesu zakládáte plán jen pro svůj proces: vyberte ho."], (await PlansClient.ErrorsAsync(withoutProcess))["ProcessId"]);
        Assert.Equal(["Jako koordinátor plánovacího procesu zakládáte plán jen pro svůj proces: vyberte ho."], (await PlansClient.ErrorsAsync(otherProcess))["ProcessId"]);
        Assert.True(await narrowed.CreateAsync(new { kind = "Komunitni", title = "Další plán mého procesu", fromYear = 2026, toYear = 2027, area = "ORP", approvingBody = "ZM", processId = own }) > 0);
        Assert.Equal(HttpStatusCode.Forbidden, (await narrowed.Http.PostAsJsonAsync($"{narrowed.Base}/{ownPlan}/schvaleni", new { resolution = "1", approvedOn = "2026-03-01", version = 1 })).StatusCode);
        Assert.Equal("Krajský plán bez procesu", (await api.GetAsync(krajPlan)).GetProperty("title").GetString()); // the kraj-wide coordinator still sees all
    }

    [Fact]
    public void EveryCoordinatorsPage_SaysItIsNarrowedToTheCoordinatorsProcesses()
    {
        var pages = typeof(PlansModule).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AuthorizeAttribute), false)
                .Cast<Microsoft.AspNetCore.Authorization.AuthorizeAttribute>()
                .Any(a => a.Policy == Kpss.Modules.Abstractions.Security.KpssPolicies.KrajCoordinator))
            .ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, t => Assert.True(t.IsDefined(typeof(Kpss.Modules.Abstractions.Security.NarrowToProcessesAttribute), false),
            $"{t.Name} is for coordinators but does not say [NarrowToProcesses]"));
    }
}

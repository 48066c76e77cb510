using System.Globalization;
using System.Net;
using Kpss.Testing;

namespace Kpss.Plans.Tests;

/// <summary>
/// The page of one item of the strategic part: every field changed by the form (money added in a spare row, a row
/// emptied to drop it), a bad field refused with the stored item unchanged, a stale save refused, moving among siblings
/// with codes kept, removing only after confirming, an item with children kept, another kraj kept out.
/// </summary>
public sealed class PlanItemPageTests(PlansHost app) : IClassFixture<PlansHost>
{
    private sealed record Tree(PlansClient Api, int PlanId, int Priority, int Goal, int Measure, int Second);

    private async Task<Tree> TreeAsync(string title)
    {
        var api = await app.ClientAsync();
        var plan = await api.CreateAsync(PlansClient.Sprss(title));
        var priority = await api.AddItemAsync(plan, new() { ["title"] = "Senioři", ["category"] = "skupinova", ["targetGroup"] = "senioři" });
        var goal = await api.AddItemAsync(plan, new() { ["parentId"] = priority, ["title"] = "Péče doma" });
        var measure = await api.AddItemAsync(plan, new()
        {
            ["parentId"] = goal, ["title"] = "Odlehčovací služba", ["responsible"] = "Charita", ["fromYear"] = 2025, ["toYear"] = 2026,
            ["costs"] = new[] { new { year = 2025, source = "kraj", amount = 100_000L } },
        });
        var second = await api.AddItemAsync(plan, new() { ["parentId"] = goal, ["title"] = "Pečovatelská služba večer" });
        return new Tree(api, plan, priority, goal, measure, second);
    }

    private static string Url(Tree t, int item) => $"/jihocesky/plany/priprava/{t.PlanId}/polozka/{item}";

    private static string V(int version) => version.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task TheForm_ShowsTheStoredItem_AndSavesEveryField_WithMoneyAddedAndDropped()
    {
        var t = await TreeAsync("Plán s úpravou položky");
        var url = Url(t, t.Measure);
        var form = await t.Api.Http.GetStringAsync(url);
        Assert.Contains("<h1>Opatření 1.1.1: Odlehčovací služba</h1>", form);
        Assert.Contains("name=\"Item.Responsible\" value=\"Charita\"", form);
        Assert.Contains("name=\"Item.Costs[0].Amount\" type=\"number\" min=\"0\" step=\"1\" value=\"100000\"", form);
        Assert.Contains("name=\"Item.Costs[2].Amount\"", form); // two spare rows after the stored one

        var saved = await KpssAppFactory.PostFormAsync(t.Api.Http, url, new()
        {
            ["Version"] = V(await t.Api.VersionAsync(t.PlanId)), ["Item.ParentId"] = t.Goal.ToString(CultureInfo.InvariantCulture),
            ["Item.Title"] = "Odlehčovací služba terénní", ["Item.Description"] = "Pro pečující rodiny.", ["Item.Responsible"] = "Charita Tábor",
            ["Item.ResponsibleIco"] = "00246875", ["Item.Partners"] = "obce ORP Tábor", ["Item.WorkingGroup"] = "PS Senioři",
            ["Item.FromYear"] = "2025", ["Item.ToYear"] = "2027",
            ["Item.Costs[0].Year"] = "", ["Item.Costs[0].Source"] = "", ["Item.Costs[0].Amount"] = "", // the stored row emptied: dropped
            ["Item.Costs[1].Year"] = "2026", ["Item.Costs[1].Source"] = "mpsv", ["Item.Costs[1].Amount"] = "250000",
            ["Item.Costs[2].Year"] = "2027", ["Item.Costs[2].Source"] = "obec", ["Item.Costs[2].Amount"] = "50000",
            ["Item.Indicators[0].Name"] = "počet rodin", ["Item.Indicators[0].Unit"] = "rodin", ["Item.Indicators[0].Target"] = "30", ["Item.Indicators[0].Year"] = "2027",
        }, formPageUrl: url);
        var plan = await t.Api.GetAsync(t.PlanId);
        var measure = plan.GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("children")[0];

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("1.1.1", measure.GetProperty("code").GetString());
        Assert.Equal("Odlehčovací služba terénní", measure.GetProperty("title").GetString());
        Assert.Equal("Pro pečující rodiny.", measure.GetProperty("description").GetString());
        Assert.Equal("00246875", measure.GetProperty("responsibleIco").GetString());
        Assert.Equal("obce ORP Tábor", measure.GetProperty("partners").GetString());
        Assert.Equal("PS Senioři", measure.GetProperty("workingGroup").GetString());
        Assert.Equal(2027, measure.GetProperty("toYear").GetInt32());
        Assert.Equal(300_000, measure.GetProperty("totals").GetProperty("total").GetInt64());
        Assert.Equal(2, measure.GetProperty("costs").GetArrayLength());
        Assert.Equal("počet rodin", measure.GetProperty("indicators")[0].GetProperty("name").GetString());
        Assert.Contains("Položka je uložena.", await t.Api.Http.GetStringAsync($"/jihocesky/plany/priprava/{t.PlanId}"));
    }

    [Fact]
    public async Task ABadField_IsRefusedInCzech_TheFormKeepsWhatWasTyped_AndTheStoredItemStays()
    {
        var t = await TreeAsync("Plán s chybou v položce");
        var url = Url(t, t.Measure);
        var version = await t.Api.VersionAsync(t.PlanId);

        var bad = await KpssAppFactory.PostFormAsync(t.Api.Http, url, new()
        {
            ["Version"] = V(version), ["Item.ParentId"] = t.Goal.ToString(CultureInfo.InvariantCulture), ["Item.Title"] = "Přejmenováno",
            ["Item.ResponsibleIco"] = "123", ["Item.Costs[0].Year"] = "2025", ["Item.Costs[0].Source"] = "kraj", ["Item.Costs[0].Amount"] = "-1",
        }, formPageUrl: url);
        var page = await bad.Content.ReadAsStringAsync();
        var stored = (await t.Api.GetAsync(t.PlanId)).GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("children")[0];

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("IČO má osm číslic.", page);
        Assert.Contains("Řádek financování 1: částka nesmí být záporná.", page);
        Assert.Contains("value=\"Přejmenováno\"", page);
        Assert.Equal("Odlehčovací služba", stored.GetProperty("title").GetString());
        Assert.Equal(100_000, stored.GetProperty("totals").GetProperty("total").GetInt64());
        Assert.Equal(version, await t.Api.VersionAsync(t.PlanId));

        await t.Api.SaveChapterAsync(t.PlanId, "analyticka", "Mezitím psala kolegyně.");
        var stale = await KpssAppFactory.PostFormAsync(t.Api.Http, url, new()
        {
            ["Version"] = V(version), ["Item.ParentId"] = t.Goal.ToString(CultureInfo.InvariantCulture), ["Item.Title"] = "Ze starší stránky",
        }, formPageUrl: url);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Mezitím to změnil někdo jiný.", await stale.Content.ReadAsStringAsync());
        Assert.Equal("Odlehčovací služba", (await t.Api.GetAsync(t.PlanId)).GetProperty("priorities")[0].GetProperty("children")[0]
            .GetProperty("children")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Moving_ChangesTheOrderButNotTheCodes()
    {
        var t = await TreeAsync("Plán s přesunem");
        var url = Url(t, t.Second);
        Assert.Contains("Místo mezi 2 položkami", await t.Api.Http.GetStringAsync(url));

        var moved = await KpssAppFactory.PostFormAsync(t.Api.Http, url + "?handler=Move",
            new() { ["Version"] = V(await t.Api.VersionAsync(t.PlanId)), ["position"] = "1" }, formPageUrl: url);
        var outOfRange = await KpssAppFactory.PostFormAsync(t.Api.Http, url + "?handler=Move",
            new() { ["Version"] = V(await t.Api.VersionAsync(t.PlanId)), ["position"] = "3" }, formPageUrl: url);
        var measures = (await t.Api.GetAsync(t.PlanId)).GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("children");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Contains("Pořadí musí být od 1 do 2.", await outOfRange.Content.ReadAsStringAsync());
        Assert.Equal(["1.1.2 Pečovatelská služba večer", "1.1.1 Odlehčovací služba"],
            measures.EnumerateArray().Select(m => $"{m.GetProperty("code").GetString()} {m.GetProperty("title").GetString()}").ToArray());
    }

    [Fact]
    public async Task Removing_AsksFirst_ThenRemoves_AndAnItemWithChildrenIsKept()
    {
        var t = await TreeAsync("Plán s odebráním");
        var url = Url(t, t.Measure);
        var version = V(await t.Api.VersionAsync(t.PlanId));

        var asked = await KpssAppFactory.PostFormAsync(t.Api.Http, url + "?handler=Remove", new() { ["Version"] = version }, formPageUrl: url);
        var question = await asked.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Opravdu odebrat položku 1.1.1 „Odlehčovací služba“?", question);
        Assert.Contains("Odebere se i její financování a ukazatele.", question);
        Assert.Equal(2, (await t.Api.GetAsync(t.PlanId)).GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("children").GetArrayLength());

        var removed = await KpssAppFactory.PostFormAsync(t.Api.Http, url + "?handler=Remove", new() { ["Version"] = version, ["potvrzeno"] = "true" }, formPageUrl: url);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var measures = (await t.Api.GetAsync(t.PlanId)).GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("children");
        Assert.Equal("1.1.2", Assert.Single(measures.EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await t.Api.Http.GetAsync(url)).StatusCode);

        var goalUrl = Url(t, t.Goal);
        Assert.Contains("Pod položkou jsou další (1)", await t.Api.Http.GetStringAsync(goalUrl));
        var refused = await KpssAppFactory.PostFormAsync(t.Api.Http, goalUrl + "?handler=Remove",
            new() { ["Version"] = V(await t.Api.VersionAsync(t.PlanId)), ["potvrzeno"] = "true" }, formPageUrl: goalUrl);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("má pod sebou další položky", await refused.Content.ReadAsStringAsync());
        Assert.Single((await t.Api.GetAsync(t.PlanId)).GetProperty("priorities")[0].GetProperty("children").EnumerateArray());
    }

    [Fact]
    public async Task AnotherKrajsCoordinator_NeitherSeesNorChangesAnItem()
    {
        var t = await TreeAsync("Plán jen pro Jihočeský kraj");
        var other = await app.SignedInClientAsync(PlansHost.OtherCoordinator);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(Url(t, t.Measure))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/jihomoravsky/plany/priprava/{t.PlanId}/polozka/{t.Measure}")).StatusCode);
        var own = await other.GetStringAsync("/jihomoravsky/plany/priprava");
        var post = await other.PostAsync($"/jihomoravsky/plany/priprava/{t.PlanId}/polozka/{t.Measure}?handler=Remove", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Version"] = V(await t.Api.VersionAsync(t.PlanId)), ["potvrzeno"] = "true", ["__RequestVerificationToken"] = KpssAppFactory.AntiforgeryToken(own),
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(2, (await t.Api.GetAsync(t.PlanId)).GetProperty("priorities")[0].GetProperty("children")[0].GetProperty("children").GetArrayLength());
    }
}

using System.Net;
using Kpss.Testing;

namespace Kpss.Plans.Tests;

/// <summary>
/// The coordinators' plan pages: creating a plan by the form (errors in Czech, nothing created), writing a chapter in
/// Markdown (shown with nothing executable), adding items with money (codes and Czech amounts in the table), a stale
/// save refused, and people of another kraj or without the role kept out.
/// </summary>
public sealed class PlanPageTests(PlansHost app) : IClassFixture<PlansHost>
{
    private const string List = "/jihocesky/plany/priprava";

    private static Dictionary<string, string> NewPlan(string title, string from = "2025", string to = "2027") => new()
    {
        ["Input.Kind"] = "Sprss", ["Input.Title"] = title, ["Input.FromYear"] = from, ["Input.ToYear"] = to,
        ["Input.Area"] = "Jihočeský kraj", ["Input.ApprovingBody"] = "Zastupitelstvo Jihočeského kraje",
    };

    private async Task<(HttpClient Client, string Url)> CreateAsync(string title)
    {
        var client = await app.SignedInClientAsync(PlansHost.Coordinator);
        var response = await KpssAppFactory.PostFormAsync(client, List, NewPlan(title));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, response.Headers.Location!.ToString());
    }

    private static int Version(string page)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page, "name=\"version\" value=\"(\\d+)\"");
        Assert.True(match.Success, "the page carries the plan's version");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task ANewPlanByTheForm_GetsTheKrajsChapters_AndBadInputIsRefusedInCzechWithNothingCreated()
    {
        var client = await app.SignedInClientAsync(PlansHost.Coordinator);
        var bad = await KpssAppFactory.PostFormAsync(client, List, NewPlan("Plán s obráceným obdobím", "2027", "2025"));
        var badPage = await bad.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Období plánu nemůže končit dřív, než začíná.", badPage);
        Assert.Contains("value=\"Plán s obráceným obdobím\"", badPage); // the form keeps what was typed
        Assert.DoesNotContain("Plán s obráceným obdobím</a>", await client.GetStringAsync(List));

        var (creator, url) = await CreateAsync("Střednědobý plán 2025–2027 z formuláře");
        var detail = await creator.GetStringAsync(url);
        Assert.Contains("<h1>Střednědobý plán 2025–2027 z formuláře</h1>", detail);
        Assert.Contains("Návrh plánu je založen.", detail);
        Assert.Contains("Chybí kapitola „Analytická část“.", detail);
        Assert.Contains("Sociodemografická analýza", detail); // the format's guidance for an empty chapter
        Assert.Contains("Střednědobý plán 2025–2027 z formuláře</a>", await client.GetStringAsync(List));
    }

    [Fact]
    public async Task AChapterInMarkdown_IsShownFormatted_WithNothingExecutable_AndAStaleSaveIsRefused()
    {
        var (client, url) = await CreateAsync("Plán s kapitolou");
        var version = Version(await client.GetStringAsync(url));

        var saved = await KpssAppFactory.PostFormAsync(client, url + "?handler=Chapter", new()
        {
            ["key"] = "analyticka", ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["text"] = "## Senioři v kraji\n\nPodíl osob nad 65 let roste. <script>alert('x')</script> [odkaz](javascript:alert(1))",
        }, formPageUrl: url);
        var stale = await KpssAppFactory.PostFormAsync(client, url + "?handler=Chapter", new()
        {
            ["key"] = "analyticka", ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["text"] = "Přepis ze starší stránky.",
        }, formPageUrl: url);
        var page = await client.GetStringAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Mezitím to změnil někdo jiný.", await stale.Content.ReadAsStringAsync());
        Assert.Contains("<h5>Senioři v kraji</h5>", page); // "##" under the chapter's h3: the outline stays in order
        Assert.Contains("&lt;script&gt;", page);
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("href=\"javascript:", page);
        Assert.DoesNotContain("Chybí kapitola „Analytická část“.", page);
        Assert.DoesNotContain("Přepis ze starší stránky.", page);
    }

    [Fact]
    public async Task ItemsAddedByTheForm_AppearWithTheirCodesAndCzechAmounts_AndABadAmountIsRefused()
    {
        var (client, url) = await CreateAsync("Plán s položkami");
        async Task<HttpResponseMessage> AddAsync(Dictionary<string, string> fields)
        {
            fields["version"] = Version(await client.GetStringAsync(url)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return await KpssAppFactory.PostFormAsync(client, url + "?handler=Item", fields, formPageUrl: url);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(new() { ["Item.Title"] = "Senioři", ["Item.Category"] = "skupinova", ["Item.TargetGroup"] = "senioři" })).StatusCode);
        var priority = System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync(url), "<option value=\"(\\d+)\"[^>]*>1 Senioři</option>").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(new() { ["Item.ParentId"] = priority, ["Item.Title"] = "Péče v domácnosti" })).StatusCode);
        var goal = System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync(url), "<option value=\"(\\d+)\"[^>]*>1.1 Péče v domácnosti</option>").Groups[1].Value;
        var negative = await AddAsync(new() { ["Item.ParentId"] = goal, ["Item.Title"] = "Záporné opatření", ["Item.Costs[0].Year"] = "2025", ["Item.Costs[0].Source"] = "kraj", ["Item.Costs[0].Amount"] = "-5" });
        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(new()
        {
            ["Item.ParentId"] = goal, ["Item.Title"] = "Odlehčovací služba", ["Item.Responsible"] = "Charita", ["Item.FromYear"] = "2025", ["Item.ToYear"] = "2026",
            ["Item.Costs[0].Year"] = "2025", ["Item.Costs[0].Source"] = "kraj", ["Item.Costs[0].Amount"] = "1250000",
            ["Item.Costs[1].Year"] = "2026", ["Item.Costs[1].Source"] = "mpsv", ["Item.Costs[1].Amount"] = "300000",
            ["Item.Indicators[0].Name"] = "kapacita", ["Item.Indicators[0].Unit"] = "lůžek", ["Item.Indicators[0].Baseline"] = "4",
            ["Item.Indicators[0].Target"] = "12.5", ["Item.Indicators[0].Year"] = "2026",
        })).StatusCode);

        var page = await client.GetStringAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("Řádek financování 1: částka nesmí být záporná.", await negative.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Záporné opatření", page);
        Assert.Contains("<th scope=\"row\">1.1.1</th>", page);
        Assert.Matches("Opatření: <a href=\"/jihocesky/plany/priprava/\\d+/polozka/\\d+\">Odlehčovací služba</a>", page);
        Assert.Contains("<li>kapacita: 4 → 12,5 lůžek (2026)</li>", page);
        Assert.Contains("1&#xA0;550&#xA0;000&#xA0;Kč", page); // the priority's total, computed; no-break spaces, never split
        Assert.Contains("<th scope=\"row\">dotace MPSV</th><td class=\"num\">300&#xA0;000&#xA0;Kč</td>", page);
    }

    [Fact]
    public async Task AnotherKrajsCoordinator_AndAMember_CannotOpenThePages()
    {
        var (_, url) = await CreateAsync("Plán jen pro své");
        var id = url.Split('/').Last();
        var other = await app.SignedInClientAsync(PlansHost.OtherCoordinator);
        var member = await app.SignedInClientAsync(PlansHost.Member);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(List)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/jihomoravsky/plany/priprava/{id}")).StatusCode);
        Assert.DoesNotContain("Plán jen pro své", await other.GetStringAsync("/jihomoravsky/plany/priprava"));
    }

    [Fact]
    public async Task TheCoordinatorsDesk_ListsThePlansInPreparation_WithALinkToContinue()
    {
        var (client, url) = await CreateAsync("Akční plán na desce");

        var desk = await client.GetStringAsync("/jihocesky/prehled");
        var otherDesk = await (await app.SignedInClientAsync(PlansHost.OtherCoordinator)).GetStringAsync("/jihomoravsky/prehled");

        Assert.Contains("Plány v přípravě", desk);
        Assert.Contains($"href=\"{url}\"", desk);
        Assert.Contains("Akční plán na desce", desk);
        Assert.DoesNotContain("Akční plán na desce", otherDesk);
    }
}

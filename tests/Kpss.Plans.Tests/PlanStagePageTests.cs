using System.Globalization;
using System.Net;
using Kpss.Testing;

namespace Kpss.Plans.Tests;

/// <summary>
/// The page of a plan's state: comments opened by the form (the kraj's default length offered, bad dates refused in
/// Czech), approval offered and accepted only for the regional admin, an amendment started, the editions listed and
/// compared with the draft.
/// </summary>
public sealed class PlanStagePageTests(PlansClockHost app) : IClassFixture<PlansClockHost>
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Version(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;

    [Fact]
    public async Task Comments_AreOpenedByTheForm_WithTheDefaultLengthOffered_AndBadDatesRefused()
    {
        var api = await app.ClientAsync();
        var (plan, _) = await api.CompletePlanAsync("Plán k připomínkám z formuláře");
        var url = $"/jihocesky/plany/priprava/{plan}/stav";
        var form = await api.Http.GetStringAsync(url);
        Assert.Contains($"name=\"CommentsFrom\" type=\"date\" value=\"{Iso(app.Today)}\"", form);
        Assert.Contains($"name=\"CommentsTo\" type=\"date\" value=\"{Iso(app.Today.AddDays(29))}\"", form); // 30 days, both included
        Assert.Contains("Schválení zaznamená regionální administrátor kraje, až plán schválí Zastupitelstvo kraje.", form);

        var bad = await KpssAppFactory.PostFormAsync(api.Http, url + "?handler=Comments",
            new() { ["Version"] = Version(form), ["CommentsFrom"] = Iso(app.Today.AddDays(10)), ["CommentsTo"] = Iso(app.Today) }, formPageUrl: url);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Připomínkování nemůže skončit dřív, než začne.", await bad.Content.ReadAsStringAsync());
        Assert.Equal("Navrh", (await api.GetAsync(plan)).GetProperty("state").GetString());

        var opened = await KpssAppFactory.PostFormAsync(api.Http, url + "?handler=Comments",
            new() { ["Version"] = Version(form), ["CommentsFrom"] = Iso(app.Today), ["CommentsTo"] = Iso(app.Today.AddDays(20)) }, formPageUrl: url);
        var page = await api.Http.GetStringAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Contains("Plán je dán k připomínkám", page);
        Assert.Contains($"Připomínkování trvá od 2. 3. 2026 do {app.Today.AddDays(20).ToString("d. M. yyyy", CultureInfo.InvariantCulture)}.", page);
        Assert.Contains("Ukončit ho lze po posledním dni.", page);
        Assert.Contains("k připomínkám, 2. 3. 2026 9:00", page);
    }

    [Fact]
    public async Task OnlyTheRegionalAdmin_RecordsApprovalByTheForm_ThenAnAmendmentIsComparedWithIt()
    {
        var api = await app.ClientAsync();
        var admin = await app.SignedInClientAsync(PlansHost.Admin);
        var (plan, _) = await api.CompletePlanAsync("Plán ke schválení z formuláře");
        var url = $"/jihocesky/plany/priprava/{plan}/stav";
        var form = await admin.GetStringAsync(url);
        Assert.Contains("Zaznamenat schválení", form);
        Assert.Contains("name=\"ApprovedBy\" value=\"Zastupitelstvo kraje\"", form);

        var byCoordinator = await KpssAppFactory.PostFormAsync(api.Http, url + "?handler=Approve",
            new() { ["Version"] = Version(form), ["Resolution"] = "1/2026", ["ApprovedOn"] = Iso(app.Today) }, formPageUrl: url);
        var future = await KpssAppFactory.PostFormAsync(admin, url + "?handler=Approve",
            new() { ["Version"] = Version(form), ["ApprovedBy"] = "Rada kraje", ["Resolution"] = "1/2026", ["ApprovedOn"] = Iso(app.Today.AddDays(2)) }, formPageUrl: url);
        Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("Datum schválení nemůže být v budoucnosti.", await future.Content.ReadAsStringAsync());

        var approved = await KpssAppFactory.PostFormAsync(admin, url + "?handler=Approve",
            new() { ["Version"] = Version(form), ["ApprovedBy"] = "Rada kraje", ["Resolution"] = "211/2026/RK-27", ["ApprovedOn"] = Iso(app.Today.AddDays(-1)) }, formPageUrl: url);
        var page = await admin.GetStringAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("Rada kraje, usnesení 211/2026/RK-27 ze dne 1. 3. 2026", page);
        Assert.Contains("Začít aktualizaci (2. vydání)", page);

        var amended = await KpssAppFactory.PostFormAsync(api.Http, url + "?handler=Amend", new() { ["Version"] = Version(page) }, formPageUrl: url);
        Assert.Equal(HttpStatusCode.Redirect, amended.StatusCode);
        await api.SaveChapterAsync(plan, "analyticka", "Nová data za rok 2025.");
        var compare = await api.Http.GetStringAsync($"/jihocesky/plany/priprava/{plan}/porovnani?od=1&do=navrh");
        Assert.Contains("<h1>Co se změnilo: 1. vydání → dnešní návrh</h1>", compare);
        Assert.Contains("<li>Kapitola „Analytická část“ je změněna.</li>", compare);
        Assert.Contains("Priority, cíle, opatření ani aktivity se nezměnily.", compare);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Http.GetAsync($"/jihocesky/plany/priprava/{plan}/porovnani?od=5&do=navrh")).StatusCode);
    }
}

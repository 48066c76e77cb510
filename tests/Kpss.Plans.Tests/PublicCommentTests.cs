using System.Net;
using System.Net.Http.Json;
using Kpss.Plans.Data;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Plans.Tests;

/// <summary>
/// The public side of a plan in comment: anyone reads it and comments on the whole plan, a chapter or a measure; the
/// comment counts only after the e-mail link is confirmed (opening the link changes nothing); bad input and floods are
/// refused in Czech with nothing stored; the coordinator answers, the settlement is published as a page and CSV and each
/// writer gets their answer by e-mail; a draft and another kraj's address show nothing.
/// </summary>
public sealed class PublicCommentTests(PlansClockHost app) : IClassFixture<PlansClockHost>
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(PlansClient Api, int Plan)> InCommentAsync(string title, int startsInDays = 0)
    {
        var api = await app.ClientAsync();
        var (plan, _) = await api.CompletePlanAsync(title);
        await PlansClient.EnsureOkAsync(await api.Http.PostAsJsonAsync($"{api.Base}/{plan}/pripominkovani",
            new { commentsFrom = Iso(app.Today.AddDays(startsInDays)), commentsTo = Iso(app.Today.AddDays(startsInDays + 20)), version = await api.VersionAsync(plan) }));
        return (api, plan);
    }

    private static Dictionary<string, string> Comment(string email, string text = "Chybí odlehčovací služba na Písecku.", string target = "polozka:1.1.1") => new()
    {
        ["Comment.Target"] = target, ["Comment.Text"] = text, ["Comment.AuthorName"] = "Jana Nováková", ["Comment.Organisation"] = "Spolek pečujících",
        ["Comment.Email"] = email,
    };

    private Task<int> StoredAsync(int plan, bool confirmed = false) =>
        app.InKrajAsync("CZ031", sp => sp.GetRequiredService<PlansDbContext>().Comments.CountAsync(c => c.PlanId == plan && (!confirmed || c.ConfirmedAtUtc != null)));

    private async Task<string> ConfirmationLinkAsync(string email)
    {
        await app.RunJobAsync("notifications.outbox-dispatch");
        var mail = EmlMessage.Load(app.MailsTo(email).Last());
        Assert.StartsWith("Potvrďte připomínku k plánu:", mail.Subject);
        return new Uri(new ReceivedMail("", mail).Link("Potvrdit připomínku")).PathAndQuery;
    }

    [Fact]
    public async Task AnyoneComments_AndTheCommentCountsOnlyAfterTheEmailLinkIsConfirmed()
    {
        var (api, plan) = await InCommentAsync("Plán k veřejným připomínkám");
        var visitor = app.AnonymousClient();
        var url = $"/jihocesky/plany/{plan}";

        Assert.Contains("Plán k veřejným připomínkám</a>", await visitor.GetStringAsync("/jihocesky/plany"));
        var page = await visitor.GetStringAsync(url);
        Assert.Contains("<option value=\"polozka:1.1.1\">Opatření 1.1.1 Odlehčovací služba</option>", page);
        Assert.Contains("<option value=\"kapitola:analyticka\">Kapitola Analytická část</option>", page);
        Assert.Contains("Plán k veřejným připomínkám", await visitor.GetStringAsync("/jihocesky")); // the kraj's home page

        var sent = await KpssAppFactory.PostFormAsync(visitor, url, Comment("jana@pecujici.test.example"));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("Zbývá potvrdit e-mail.", await sent.Content.ReadAsStringAsync());
        Assert.Equal((1, 0), (await StoredAsync(plan), await StoredAsync(plan, confirmed: true)));
        Assert.Contains("Zatím žádné potvrzené připomínky.", await api.Http.GetStringAsync($"/jihocesky/plany/priprava/{plan}/pripominky"));

        var link = await ConfirmationLinkAsync("jana@pecujici.test.example");
        var opened = await visitor.GetStringAsync(link);
        Assert.Contains("Potvrdit připomínku", opened);
        Assert.Equal(0, await StoredAsync(plan, confirmed: true)); // a mail scanner opening the link confirms nothing

        var confirmed = await KpssAppFactory.PostFormAsync(visitor, link, []);
        Assert.Contains("Připomínka je potvrzena a započítána.", await confirmed.Content.ReadAsStringAsync());
        var desk = await api.Http.GetStringAsync($"/jihocesky/plany/priprava/{plan}/pripominky");
        Assert.Contains("Opatření 1.1.1 Odlehčovací služba", desk);
        Assert.Contains("Jana Nováková, Spolek pečujících", desk);
        Assert.Contains("Chybí odlehčovací služba na Písecku.", desk);

        var forged = await visitor.GetAsync($"/jihocesky/plany/pripominka/{new string('A', 43)}");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Contains("Odkaz neplatí", await forged.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnconfirmedComment_IsDeletedOnceItsLinkHasExpired_AConfirmedOneStays()
    {
        var (_, plan) = await InCommentAsync("Plán s úklidem nepotvrzených");
        var visitor = app.AnonymousClient();
        var url = $"/jihocesky/plany/{plan}";
        await KpssAppFactory.PostFormAsync(visitor, url, Comment("nepotvrdi@test.example"));
        await KpssAppFactory.PostFormAsync(visitor, url, Comment("potvrdi@test.example"));
        await KpssAppFactory.PostFormAsync(visitor, await ConfirmationLinkAsync("potvrdi@test.example"), []);

        app.Clock!.Advance(TimeSpan.FromHours(71));
        try
        {
            await app.RunJobAsync("plans.retention");
            Assert.Equal((2, 1), (await StoredAsync(plan), await StoredAsync(plan, confirmed: true))); // the link still works
            app.Clock.Advance(TimeSpan.FromHours(2));
            await app.RunJobAsync("plans.retention");
            Assert.Equal((1, 1), (await StoredAsync(plan), await StoredAsync(plan, confirmed: true)));
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromHours(-73));
        }
    }

    [Fact]
    public async Task ALinkOlderThan72Hours_NoLongerConfirms()
    {
        var (_, plan) = await InCommentAsync("Plán s prošlým odkazem");
        var visitor = app.AnonymousClient();
        await KpssAppFactory.PostFormAsync(visitor, $"/jihocesky/plany/{plan}", Comment("pozde@test.example"));
        var link = await ConfirmationLinkAsync("pozde@test.example");

        app.Clock!.Advance(TimeSpan.FromHours(73));
        try
        {
            var late = await visitor.GetAsync(link);
            Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
            Assert.Equal(0, await StoredAsync(plan, confirmed: true));
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromHours(-73));
        }
    }

    public static TheoryData<string, string, string, string> BadComments => new()
    {
        { "bez textu", "polozka:1.1.1", " ", "Vyplňte text připomínky." },
        { "špatný e-mail", "polozka:1.1.1", "Text", "E-mailová adresa není platná." },
        { "neznámá část", "polozka:9.9.9", "Text", "Vyberte, ke které části plánu připomínka je." },
    };

    [Theory]
    [MemberData(nameof(BadComments))]
    public async Task ABadComment_IsRefusedInCzech_AndNothingIsStoredOrSent(string bad, string target, string text, string message)
    {
        var (_, plan) = await InCommentAsync($"Plán pro chybnou připomínku ({bad})");
        var email = bad == "špatný e-mail" ? "jana@" : "jana.chyba@test.example";
        var refused = await KpssAppFactory.PostFormAsync(app.AnonymousClient(), $"/jihocesky/plany/{plan}", Comment(email, text, target));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await StoredAsync(plan));
        await app.RunJobAsync("notifications.outbox-dispatch");
        Assert.Empty(app.MailsTo(email));
    }

    [Fact]
    public async Task BeforeThePeriod_NoCommentIsTaken_AndNoFormIsShown()
    {
        var (_, plan) = await InCommentAsync("Plán s připomínkováním za pět dní", startsInDays: 5);
        var visitor = app.AnonymousClient();
        var page = await visitor.GetStringAsync($"/jihocesky/plany/{plan}");
        var token = KpssAppFactory.AntiforgeryToken(await visitor.GetStringAsync("/ucet/prihlaseni"));
        var early = await visitor.PostAsync($"/jihocesky/plany/{plan}", new FormUrlEncodedContent(Comment("brzy@test.example").Append(new("__RequestVerificationToken", token))));

        Assert.Contains("bude možné podávat", page);
        Assert.DoesNotContain("Odeslat připomínku", page);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains($"Připomínky k plánu lze podávat jen v době připomínkování, od {app.Today.AddDays(5):d. M. yyyy}", await early.Content.ReadAsStringAsync());
        Assert.Equal(0, await StoredAsync(plan));
    }

    [Fact]
    public async Task OneAddress_GivesAtMostTenCommentsADay_ToAPlan()
    {
        var (_, plan) = await InCommentAsync("Plán proti záplavě připomínek");
        var visitor = app.AnonymousClient();
        for (var i = 1; i <= 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await KpssAppFactory.PostFormAsync(visitor, $"/jihocesky/plany/{plan}", Comment("mnoho@test.example", $"Připomínka {i}"))).StatusCode);
        var eleventh = await KpssAppFactory.PostFormAsync(visitor, $"/jihocesky/plany/{plan}", Comment("MNOHO@test.example", "Připomínka 11"));
        var other = await KpssAppFactory.PostFormAsync(visitor, $"/jihocesky/plany/{plan}", Comment("jiny@test.example", "Jiná adresa"));

        Assert.Equal(HttpStatusCode.BadRequest, eleventh.StatusCode);
        Assert.Contains("Z této adresy přišlo k plánu za poslední den už 10 připomínek.", await eleventh.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(11, await StoredAsync(plan));
    }

    /// <summary>The API answers and publishes with the page's rules: a refusal without a reason, a stale version, an early
    /// settlement, another kraj's coordinator — then the answer, the settlement and the writer's e-mail.</summary>
    [Fact]
    public async Task TheApi_AnswersACommentAndPublishesTheSettlement_WithThePagesRules()
    {
        var (api, plan) = await InCommentAsync("Plán vypořádaný přes API");
        var visitor = app.AnonymousClient();
        await KpssAppFactory.PostFormAsync(visitor, $"/jihocesky/plany/{plan}", Comment("api.pisatel@test.example", "Chybí tlumočení do znakového jazyka."));
        await KpssAppFactory.PostFormAsync(visitor, await ConfirmationLinkAsync("api.pisatel@test.example"), []);
        var comment = Assert.Single((await api.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"{api.Base}/{plan}/pripominky?vydani=1")).EnumerateArray());
        Assert.Equal("Chybí tlumočení do znakového jazyka.", comment.GetProperty("text").GetString());
        Assert.Equal("Zadna", comment.GetProperty("answer").GetString());
        var id = comment.GetProperty("id").GetInt32();
        var version = comment.GetProperty("version").GetInt32();
        var answer = $"{api.Base}/{plan}/pripominky/{id}";

        var noReason = await PlansClient.ErrorsAsync(await api.Http.PutAsJsonAsync(answer, new { answer = "Neakceptovano", version }));
        Assert.Equal(["U připomínky, která není akceptována celá, napište odůvodnění."], noReason["Reason"]);
        var other = await app.ClientAsync(PlansHost.OtherCoordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Http.PutAsJsonAsync(answer, new { answer = "Akceptovano", version })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.PutAsJsonAsync($"/api/kraje/jihomoravsky/plany/{plan}/pripominky/{id}", new { answer = "Akceptovano", version })).StatusCode);
        var early = await PlansClient.ErrorsAsync(await api.Http.PostAsync($"{api.Base}/{plan}/vydani/1/vyporadani", null));
        Assert.StartsWith("Připomínkování ještě neskončilo", early[""][0]);

        await PlansClient.EnsureOkAsync(await api.Http.PutAsJsonAsync(answer, new { answer = "CastecneAkceptovano", reason = "Zajistí ho opatření 1.1.1.", version }));
        Assert.Equal(HttpStatusCode.Conflict, (await api.Http.PutAsJsonAsync(answer, new { answer = "Akceptovano", version })).StatusCode);
        app.Clock!.Advance(TimeSpan.FromDays(21));
        try
        {
            await PlansClient.EnsureOkAsync(await api.Http.PostAsJsonAsync($"{api.Base}/{plan}/pripominkovani/konec", new { version = await api.VersionAsync(plan) }));
            await PlansClient.EnsureOkAsync(await api.Http.PostAsync($"{api.Base}/{plan}/vydani/1/vyporadani", null));
            var again = await PlansClient.ErrorsAsync(await api.Http.PostAsync($"{api.Base}/{plan}/vydani/1/vyporadani", null));
            Assert.Equal(["Vypořádání připomínek už je zveřejněno."], again[""]);
            Assert.Contains("<strong>částečně akceptováno</strong>: Zajistí ho opatření 1.1.1.", await visitor.GetStringAsync($"/jihocesky/plany/{plan}/vyporadani/1"));
            await app.RunJobAsync("notifications.outbox-dispatch");
            Assert.Single(app.MailsTo("api.pisatel@test.example"), f => EmlMessage.Load(f).Subject == "Vypořádání vaší připomínky: Plán vypořádaný přes API");
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-21));
        }
    }

    [Fact]
    public async Task TheCoordinatorAnswers_TheSettlementIsPublished_AndEachWriterIsEmailedTheirAnswer()
    {
        var (api, plan) = await InCommentAsync("Plán s vypořádáním");
        var admin = await app.ClientAsync(PlansHost.Admin);
        var visitor = app.AnonymousClient();
        await KpssAppFactory.PostFormAsync(visitor, $"/jihocesky/plany/{plan}", Comment("prvni@test.example", "=HYPERLINK(\"http://zle.example\")"));
        await KpssAppFactory.PostFormAsync(visitor, $"/jihocesky/plany/{plan}", Comment("druhy@test.example", "Doplňte data za rok 2025.", "kapitola:analyticka"));
        foreach (var email in new[] { "prvni@test.example", "druhy@test.example" })
            await KpssAppFactory.PostFormAsync(visitor, await ConfirmationLinkAsync(email), []);

        app.Clock!.Advance(TimeSpan.FromDays(21));
        try
        {
            await PlansClient.EnsureOkAsync(await api.Http.PostAsJsonAsync($"{api.Base}/{plan}/pripominkovani/konec", new { version = await api.VersionAsync(plan) }));
            var url = $"/jihocesky/plany/priprava/{plan}/pripominky";
            var unapproved = await admin.Http.PostAsJsonAsync($"{api.Base}/{plan}/schvaleni", new { resolution = "1/2026", approvedOn = Iso(app.Today), version = await api.VersionAsync(plan) });
            Assert.Contains("Připomínky k plánu nejsou vypořádány: 2 bez odpovědi.", string.Join(" ", (await PlansClient.ErrorsAsync(unapproved))[""]));
            var early = await KpssAppFactory.PostFormAsync(api.Http, url + "?handler=Publish", new() { ["vydani"] = "1" }, formPageUrl: url);
            Assert.Contains("Bez odpovědi jsou ještě 2 připomínky", await early.Content.ReadAsStringAsync());

            var desk = await api.Http.GetStringAsync("/jihocesky/prehled");
            Assert.Contains("Připomínky k plánům bez odpovědi", desk);
            Assert.Contains("2 připomínky čekají na odpověď", desk);
            Assert.Contains($"href=\"/jihocesky/plany/priprava/{plan}/pripominky?vydani=1\"", desk);

            var page = await api.Http.GetStringAsync(url);
            var ids = System.Text.RegularExpressions.Regex.Matches(page, "name=\"commentId\" value=\"(\\d+)\"").Select(m => m.Groups[1].Value).ToList();
            var versions = System.Text.RegularExpressions.Regex.Matches(page, "name=\"version\" value=\"(\\d+)\"").Select(m => m.Groups[1].Value).ToList();
            Dictionary<string, string> Answer(int n, string answer, string reason) =>
                new() { ["vydani"] = "1", ["commentId"] = ids[n], ["version"] = versions[n], ["answer"] = answer, ["reason"] = reason };
            var noReason = await KpssAppFactory.PostFormAsync(api.Http, url + "?handler=Answer", Answer(0, "Neakceptovano", ""), formPageUrl: url);
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
            Assert.Contains("U připomínky, která není akceptována celá, napište odůvodnění.", await noReason.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Redirect, (await KpssAppFactory.PostFormAsync(api.Http, url + "?handler=Answer", Answer(0, "Neakceptovano", "Není to připomínka k plánu."), formPageUrl: url)).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await KpssAppFactory.PostFormAsync(api.Http, url + "?handler=Answer", Answer(1, "Akceptovano", ""), formPageUrl: url)).StatusCode);
            var stale = await KpssAppFactory.PostFormAsync(api.Http, url + "?handler=Answer", Answer(1, "BereSeNaVedomi", ""), formPageUrl: url);
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

            Assert.Equal(HttpStatusCode.Redirect, (await KpssAppFactory.PostFormAsync(api.Http, url + "?handler=Publish", new() { ["vydani"] = "1" }, formPageUrl: url)).StatusCode);
            Assert.DoesNotContain($"/jihocesky/plany/priprava/{plan}/pripominky?vydani=1", await api.Http.GetStringAsync("/jihocesky/prehled"));
            var settlement = await visitor.GetStringAsync($"/jihocesky/plany/{plan}/vyporadani/1");
            var csv = await visitor.GetStringAsync($"/jihocesky/plany/{plan}/vyporadani/1?handler=Csv");
            Assert.Contains("<strong>neakceptováno</strong>: Není to připomínka k plánu.", settlement);
            Assert.Contains("<strong>akceptováno</strong>", settlement);
            Assert.DoesNotContain("prvni@test.example", settlement);
            Assert.Contains("\"'=HYPERLINK(\"\"http://zle.example\"\")\"", csv);
            Assert.Contains("\"Kapitola Analytická část\";\"Jana Nováková\";\"Spolek pečujících\";\"Doplňte data za rok 2025.\";\"akceptováno\";\"\"", csv);
            var docx = await visitor.GetByteArrayAsync($"/jihocesky/plany/{plan}/vyporadani/1?handler=Docx");
            PlanDocxTests.AssertValid(docx);
            var docxText = await PlanDocxTests.ReadAsync(docx);
            Assert.Contains("Vypořádání připomínek", docxText);
            Assert.Contains("Plán s vypořádáním, 1. vydání", docxText);
            Assert.Contains("neakceptováno: Není to", docxText);
            Assert.DoesNotContain("prvni@test.example", docxText);

            await app.RunJobAsync("notifications.outbox-dispatch");
            var answer = EmlMessage.Load(Assert.Single(app.MailsTo("prvni@test.example"), f => EmlMessage.Load(f).Subject.StartsWith("Vypořádání")));
            Assert.Equal("Vypořádání vaší připomínky: Plán s vypořádáním", answer.Subject);
            Assert.Contains("Není to připomínka k plánu.", answer.Text("text/plain"));
            Assert.Single(app.MailsTo("druhy@test.example"), f => EmlMessage.Load(f).Subject.StartsWith("Vypořádání"));
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-21));
        }
    }

    [Fact]
    public async Task ADraft_AndAnotherKrajsAddress_ShowNothing()
    {
        var api = await app.ClientAsync();
        var draft = await api.CreateAsync(PlansClient.Sprss("Tajný rozpracovaný návrh"));
        var (_, plan) = await InCommentAsync("Plán jen v Jihočeském kraji");
        var visitor = app.AnonymousClient();

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/jihocesky/plany/{draft}")).StatusCode);
        Assert.DoesNotContain("Tajný rozpracovaný návrh", await visitor.GetStringAsync("/jihocesky/plany"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/jihomoravsky/plany/{plan}")).StatusCode);
        Assert.DoesNotContain("Plán jen v Jihočeském kraji", await visitor.GetStringAsync("/jihomoravsky/plany"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/jihomoravsky/plany/{plan}/vyporadani/1")).StatusCode);
    }
}

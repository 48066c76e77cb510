using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kpss.Host.Platform.Data;
using Kpss.Host.Tests.Isolation;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Host.Tests;

/// <summary>The host on a clock the tests move, with the regional admins of Jihočeský and Jihomoravský kraj.</summary>
public sealed class TokenHost : KpssAppFactory
{
    public const string Admin = "admin@tokeny-jc.test.example";
    public const string OtherAdmin = "admin@tokeny-jm.test.example";

    public TokenHost() => Clock = new FakeClock(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(Admin, KpssRoles.RegionalAdmin, "CZ031");
        await CreateUserAsync(OtherAdmin, KpssRoles.RegionalAdmin, "CZ064");
    }
}

/// <summary>
/// Personal access tokens for integrators: made by the kraj's regional admin, shown once and stored as a hash, acting
/// with their role in their kraj on the JSON API and nowhere else, refused once revoked or expired.
/// </summary>
public sealed partial class ApiTokenTests(TokenHost app) : IClassFixture<TokenHost>
{
    private const string Page = "/jihocesky/admin/api-klice";

    private async Task<string> MakeAsync(string name, string role = KpssRoles.Coordinator, string expires = "")
    {
        var admin = await app.SignedInClientAsync(TokenHost.Admin);
        var made = await KpssAppFactory.PostFormAsync(admin, Page, new() { ["Name"] = name, ["Role"] = role, ["Expires"] = expires });
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        return TokenShown().Match(await made.Content.ReadAsStringAsync()).Groups[1].Value;
    }

    private HttpClient Integrator(string token)
    {
        var client = app.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task ARegionalAdmin_MakesAToken_ShownOnce_AndStoredOnlyAsItsHash()
    {
        var token = await MakeAsync("Rozpočtový systém kraje");

        Assert.StartsWith("kpss_", token);
        Assert.True(token.Length > 40);
        var list = await (await app.SignedInClientAsync(TokenHost.Admin)).GetStringAsync(Page);
        Assert.Contains("Rozpočtový systém kraje", list);
        Assert.Contains(token[..12] + "…", list);
        Assert.DoesNotContain(token, list);
        Assert.Empty(await DatabaseFingerprint.WhereAsync(app.Database, token));
        Assert.NotEmpty(await DatabaseFingerprint.WhereAsync(app.Database, Kpss.Host.UseCases.ManageApiTokens.ApiTokenBook.HashOf(token)));
    }

    [Fact]
    public async Task TheToken_CallsItsKrajsApi_WithItsRole_NeverAnotherKrajNorAPage()
    {
        var token = await MakeAsync("Web kraje");
        var integrator = Integrator(token);

        var read = await integrator.GetAsync("/api/kraje/jihocesky/procesy");
        var write = await integrator.PostAsJsonAsync("/api/kraje/jihocesky/procesy", new
        {
            name = "Proces z integrace", areaKind = "Orp", areaName = "ORP Tábor", orpCsuCode = 3112, periodFrom = "2026-01-01", periodTo = "2027-12-31",
        });
        var otherKraj = await integrator.GetAsync("/api/kraje/jihomoravsky/procesy");
        var adminOnly = await integrator.GetAsync("/api/kraje/jihocesky/pluginy");
        var page = await integrator.GetAsync("/jihocesky/prehled");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Created, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherKraj.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, adminOnly.StatusCode); // a coordinator's token
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode); // pages never read the header: the sign-in page
        Assert.Contains("/ucet/prihlaseni", page.Headers.Location!.OriginalString);
        var record = await app.InKrajAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().AuditLog
            .Where(a => a.Entity == "PlanningProcess" && a.Source == "POST /api/kraje/jihocesky/procesy").SingleAsync());
        Assert.Equal($"klíč API „Web kraje“ ({token[..12]}…)", record.Actor);
        Assert.DoesNotContain("zatím nikdy", Row(await (await app.SignedInClientAsync(TokenHost.Admin)).GetStringAsync(Page), "Web kraje"));
    }

    [Fact]
    public async Task AnAdminsToken_SwitchingAPlugin_IsRecordedAsThatKey()
    {
        var token = await MakeAsync("Správa pluginů", KpssRoles.RegionalAdmin);
        var admin = await app.SignedInClientAsync(TokenHost.Admin);
        var id = IdOf(await admin.GetStringAsync(Page), "Správa pluginů");
        var integrator = Integrator(token);
        using var before = System.Text.Json.JsonDocument.Parse(await integrator.GetStringAsync("/api/kraje/jihocesky/pluginy"));
        var enabled = before.RootElement.EnumerateArray()
            .Single(p => p.GetProperty("plugin").GetProperty("id").GetString() == "jihocesky").GetProperty("enabled").GetBoolean();

        var switched = await integrator.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = !enabled });

        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        var entry = await app.InKrajAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().PluginAudit
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(!enabled, entry.Enabled);
        Assert.Equal($"api-token:{id}", entry.UserId);
        Assert.Equal($"klíč API „Správa pluginů“ ({token[..12]}…)", entry.UserName);
    }

    [Fact]
    public async Task ARevokedOrExpiredOrUnknownToken_IsRefusedWith401()
    {
        var revoked = await MakeAsync("Odvolaný");
        var expiring = await MakeAsync("Do zítřka", expires: "2026-03-03");
        var admin = await app.SignedInClientAsync(TokenHost.Admin);
        var id = IdOf(await admin.GetStringAsync(Page), "Odvolaný");
        Assert.Equal(HttpStatusCode.OK, (await Integrator(revoked).GetAsync("/api/kraje/jihocesky/procesy")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Integrator(expiring).GetAsync("/api/kraje/jihocesky/procesy")).StatusCode);

        var revoke = await KpssAppFactory.PostFormAsync(admin, $"{Page}?handler=Revoke", new() { ["id"] = id }, Page);
        var afterRevoke = await Integrator(revoked).GetAsync("/api/kraje/jihocesky/procesy");
        app.Clock!.Set(new DateTime(2026, 3, 4, 8, 0, 0, DateTimeKind.Utc));
        var afterExpiry = await Integrator(expiring).GetAsync("/api/kraje/jihocesky/procesy");
        app.Clock.Set(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var unknown = await Integrator("kpss_" + new string('A', 43)).GetAsync("/api/kraje/jihocesky/procesy");

        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterExpiry.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal("Bearer", unknown.Headers.WwwAuthenticate.Single().Scheme);
        var problem = System.Text.Json.JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Nepřihlášeno", problem.GetProperty("title").GetString());
        Assert.Equal("Klíč API neplatí: neznámý, odvolaný nebo s prošlou platností.", problem.GetProperty("detail").GetString());
        Assert.Contains("odvolán", Row(await admin.GetStringAsync(Page), "Odvolaný"));
    }

    [Fact]
    public async Task BadInput_IsACzechMessage_AndMakesNoToken()
    {
        var admin = await app.SignedInClientAsync(TokenHost.Admin);
        var before = await CountAsync();

        var noName = await KpssAppFactory.PostFormAsync(admin, Page, new() { ["Name"] = " ", ["Role"] = KpssRoles.Coordinator });
        var badRole = await KpssAppFactory.PostFormAsync(admin, Page, new() { ["Name"] = "X", ["Role"] = KpssRoles.PlatformAdmin });
        var past = await KpssAppFactory.PostFormAsync(admin, Page, new() { ["Name"] = "X", ["Role"] = KpssRoles.Coordinator, ["Expires"] = "2026-03-02" });
        var unreadable = await KpssAppFactory.PostFormAsync(admin, Page, new() { ["Name"] = "X", ["Role"] = KpssRoles.Coordinator, ["Expires"] = "zítra" });

        Assert.All(new[] { noName, badRole, past, unreadable }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("Pojmenujte klíč: k čemu slouží.", await noName.Content.ReadAsStringAsync());
        Assert.Contains("Vyberte roli, se kterou klíč jedná.", await badRole.Content.ReadAsStringAsync());
        Assert.Contains("Platnost musí skončit nejdříve zítra.", await past.Content.ReadAsStringAsync());
        Assert.Contains("Datum „zítra“ neznám", await unreadable.Content.ReadAsStringAsync());
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task AnotherKrajsAdmin_NeitherSeesNorRevokesTheKrajsTokens()
    {
        var token = await MakeAsync("Jen pro Jihočeský kraj");
        var id = IdOf(await (await app.SignedInClientAsync(TokenHost.Admin)).GetStringAsync(Page), "Jen pro Jihočeský kraj");
        var other = await app.SignedInClientAsync(TokenHost.OtherAdmin);

        var theirs = await other.GetAsync(Page);
        var own = await other.GetStringAsync("/jihomoravsky/admin/api-klice");
        var revoke = await KpssAppFactory.PostFormAsync(other, "/jihomoravsky/admin/api-klice?handler=Revoke", new() { ["id"] = id }, "/jihomoravsky/admin/api-klice");

        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
        Assert.DoesNotContain("Jen pro Jihočeský kraj", own);
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Integrator(token).GetAsync("/api/kraje/jihocesky/procesy")).StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocument_DescribesTheBearerScheme()
    {
        var document = await app.AnonymousClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("\"securitySchemes\"", document);
        Assert.Contains("\"scheme\": \"bearer\"", document);
    }

    private Task<int> CountAsync() => app.InKrajAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().ApiTokens.CountAsync());

    private static string Row(string page, string name) =>
        Regex.Match(page, $"<tr data-api-token=\"\\d+\">(?:(?!</tr>).)*{Regex.Escape(name)}(?:(?!</tr>).)*</tr>", RegexOptions.Singleline).Value;

    private static string IdOf(string page, string name) =>
        Regex.Match(Row(page, name), "data-api-token=\"(\\d+)\"").Groups[1].Value;

    [GeneratedRegex("<code data-token>(kpss_[A-Za-z0-9_-]+)</code>")]
    private static partial Regex TokenShown();
}

using System.Net;
using System.Text.RegularExpressions;
using Kpss.Host.Platform.Identity;
using Kpss.Host.Tests.Infrastructure;
using Kpss.Testing;
using Kpss.Modules.Abstractions.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Host.Tests;

public sealed partial class IdentityTests(SharedHost app) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task Login_WithAWrongPassword_SaysSoInCzech_AndSignsNobodyIn()
    {
        var client = app.AnonymousClient();

        var response = await KpssAppFactory.PostFormAsync(client, "/ucet/prihlaseni",
            new() { ["Input.Email"] = SharedHost.JihoceskyAdmin, ["Input.Password"] = "spatne-heslo-1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("E-mail nebo heslo nejsou správné.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/kraje/jihocesky/pluginy")).StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_SoEvenTheRightOneIsRefusedInCzech()
    {
        const string email = "zamykani@test.kpss.example";
        await app.CreateUserAsync(email, KpssRoles.Member, "CZ031");
        var wrong = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
            wrong.Add(await KpssAppFactory.PostFormAsync(app.AnonymousClient(), "/ucet/prihlaseni",
                new() { ["Input.Email"] = email, ["Input.Password"] = $"spatne-heslo-{i}" }));

        var client = app.AnonymousClient();
        var right = await KpssAppFactory.PostFormAsync(client, "/ucet/prihlaseni",
            new() { ["Input.Email"] = email, ["Input.Password"] = KpssAppFactory.Password });

        Assert.Contains("E-mail nebo heslo nejsou správné.", await wrong[3].Content.ReadAsStringAsync()); // the fourth: not yet
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("Účet je po opakovaných neúspěšných pokusech na 15 minut zablokován.", await right.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/kraje/jihocesky/pluginy")).StatusCode);
    }

    [Theory]
    [InlineData("https://podvodna-stranka.example/prihlaseni", "/prehled")]
    [InlineData("//podvodna-stranka.example", "/prehled")]
    [InlineData("/\\podvodna-stranka.example", "/prehled")]
    [InlineData("/jihocesky/admin/uzivatele", "/jihocesky/admin/uzivatele")]
    public async Task AfterSignIn_TheReturnAddressIsFollowedOnlyWithinThePlatform(string zpet, string expected)
    {
        var client = app.AnonymousClient();

        var response = await KpssAppFactory.PostFormAsync(client, "/ucet/prihlaseni?zpet=" + Uri.EscapeDataString(zpet),
            new() { ["Input.Email"] = SharedHost.JihoceskyAdmin, ["Input.Password"] = KpssAppFactory.Password }, formPageUrl: "/ucet/prihlaseni");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_WithEmptyFields_KeepsTheEmailAndNamesWhatIsMissing()
    {
        var response = await KpssAppFactory.PostFormAsync(app.AnonymousClient(), "/ucet/prihlaseni",
            new() { ["Input.Email"] = "nekdo@example.cz", ["Input.Password"] = "" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Zadejte heslo.", html);
        Assert.Contains("value=\"nekdo@example.cz\"", html);
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        var client = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);

        var response = await KpssAppFactory.PostFormAsync(client, "/ucet/odhlaseni", [], formPageUrl: "/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/kraje/jihocesky/pluginy")).StatusCode);
    }

    [Fact]
    public async Task PasswordReset_ByTheEmailedLink_SetsANewPassword_AndTheLinkWorksOnce()
    {
        const string email = "zapomnetliva@test.kpss.example";
        await app.CreateUserAsync(email, KpssRoles.Coordinator, "CZ072");
        var client = app.AnonymousClient();

        var request = await KpssAppFactory.PostFormAsync(client, "/ucet/zapomenute-heslo", new() { ["Email"] = email });

        Assert.Contains("poslali jsme na ni odkaz", await request.Content.ReadAsStringAsync());
        var mail = EmlMessage.Load(Assert.Single(app.MailsTo(email)));
        Assert.Equal("Obnovení hesla – Komunitní plánování sociálních služeb", mail.Subject);
        var link = ResetLink().Match(mail.Text("text/plain")).Value;
        Assert.Contains(link.Replace("&", "&amp;"), mail.Text("text/html"));
        var path = new Uri(link).PathAndQuery;

        var mismatch = await KpssAppFactory.PostFormAsync(client, path, new() { ["Password"] = "nove-heslo-123", ["Confirm"] = "jine-heslo-123" });
        Assert.Contains("Hesla se neshodují.", await mismatch.Content.ReadAsStringAsync());
        var weak = await KpssAppFactory.PostFormAsync(client, path, new() { ["Password"] = "kratke1", ["Confirm"] = "kratke1" });
        Assert.Contains("Heslo musí mít alespoň 10 znaků.", await weak.Content.ReadAsStringAsync());
        var done = await KpssAppFactory.PostFormAsync(client, path, new() { ["Password"] = "nove-heslo-123", ["Confirm"] = "nove-heslo-123" });
        Assert.Contains("Heslo je změněno.", await done.Content.ReadAsStringAsync());

        await app.SignedInClientAsync(email, "nove-heslo-123");
        var again = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Odkaz pro obnovení hesla je neplatný nebo vypršel.", await again.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/ucet/nove-heslo?uzivatel=neexistuje&kod=abc")]
    [InlineData("/ucet/nove-heslo?uzivatel=&kod=")]
    [InlineData("/ucet/nove-heslo?uzivatel=x&kod=%%%")]
    public async Task PasswordReset_WithATamperedLink_ShowsAClearCzechPage(string url)
    {
        var response = await app.AnonymousClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Odkaz pro obnovení hesla je neplatný nebo vypršel.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ForgotPassword_ForAnUnknownAddress_AnswersTheSame_AndSendsNothing()
    {
        const string email = "nikdo@test.kpss.example";

        var response = await KpssAppFactory.PostFormAsync(app.AnonymousClient(), "/ucet/zapomenute-heslo", new() { ["Email"] = email });

        Assert.Contains("poslali jsme na ni odkaz", await response.Content.ReadAsStringAsync());
        Assert.Empty(app.MailsTo(email));
    }

    [Fact]
    public async Task CreatingAnAccount_WithAnUnknownKraj_FailsInCzech_AndCreatesNothing()
    {
        using var scope = app.Services.CreateScope();
        var provisioning = scope.ServiceProvider.GetRequiredService<AccountProvisioning>();

        var result = await provisioning.EnsureAsync("novy@test.kpss.example", KpssAppFactory.Password, null, KpssRoles.RegionalAdmin, "CZ999");

        Assert.False(result.Succeeded);
        Assert.Equal(["Kraj „CZ999“ neexistuje."], result.Errors);
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Kpss.Host.Platform.Data.KpssUser>>();
        Assert.Null(await users.FindByEmailAsync("novy@test.kpss.example"));
    }

    [Fact]
    public async Task CreatingAnAccount_WithAWeakPassword_FailsInCzech_AndCreatesNothing()
    {
        using var scope = app.Services.CreateScope();
        var provisioning = scope.ServiceProvider.GetRequiredService<AccountProvisioning>();

        var result = await provisioning.EnsureAsync("slabe@test.kpss.example", "heslo", null, KpssRoles.PlatformAdmin, null);

        Assert.False(result.Succeeded);
        Assert.Contains("Heslo musí mít alespoň 10 znaků.", result.Errors);
        Assert.Contains("Heslo musí obsahovat alespoň jednu číslici.", result.Errors);
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Kpss.Host.Platform.Data.KpssUser>>();
        Assert.Null(await users.FindByEmailAsync("slabe@test.kpss.example"));
    }

    [Theory]
    [InlineData(KpssRoles.Coordinator, "dvanáct", "Rozsah koordinátora je číslo plánovacího procesu, ne „dvanáct“.")]
    [InlineData(KpssRoles.Member, "0", "Rozsah člena je číslo skupiny, ne „0“.")]
    [InlineData(KpssRoles.ProviderEditor, "1234", "Rozsah editora poskytovatele je IČO (8 číslic), ne „1234“.")]
    [InlineData(KpssRoles.RegionalAdmin, "5", "Role regional-admin nemá užší rozsah: vynechte rozsah.")]
    public async Task ANarrowerScope_MustFitTheRole_OrNothingIsCreated(string role, string scopeId, string message)
    {
        using var scope = app.Services.CreateScope();
        var provisioning = scope.ServiceProvider.GetRequiredService<AccountProvisioning>();
        var email = $"rozsah-{role}@test.kpss.example";

        var result = await provisioning.EnsureAsync(email, KpssAppFactory.Password, null, role, "CZ031", scopeId);

        Assert.Equal([message], result.Errors);
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Kpss.Host.Platform.Data.KpssUser>>();
        Assert.Null(await users.FindByEmailAsync(email));
    }

    [Fact]
    public async Task ACoordinatorNarrowedToAProcess_CarriesItInTheScopeClaim()
    {
        using var scope = app.Services.CreateScope();
        var provisioning = scope.ServiceProvider.GetRequiredService<AccountProvisioning>();

        var result = await provisioning.EnsureAsync("koordinator-procesu@test.kpss.example", KpssAppFactory.Password, null, KpssRoles.Coordinator, "jihocesky", " 12 ");

        Assert.True(result.Succeeded);
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Kpss.Host.Platform.Data.KpssUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<Kpss.Host.Platform.Data.KpssUser>>();
        var principal = await factory.CreateAsync((await users.FindByEmailAsync("koordinator-procesu@test.kpss.example"))!);
        Assert.Equal(["coordinator:CZ031:12"], principal.FindAll(KpssClaimTypes.Scope).Select(c => c.Value));
        Assert.Equal(["12"], KpssScopes.NarrowedTo(principal, KpssRoles.Coordinator, "CZ031")!);
        Assert.Empty(KpssScopes.NarrowedTo(principal, KpssRoles.Coordinator, "CZ064")!);
    }

    [Fact]
    public async Task CreatingTheSameAdminTwice_GivesTheRoleOnce()
    {
        using var scope = app.Services.CreateScope();
        var provisioning = scope.ServiceProvider.GetRequiredService<AccountProvisioning>();

        var first = await provisioning.EnsureAsync("dvakrat@test.kpss.example", KpssAppFactory.Password, null, KpssRoles.RegionalAdmin, "zlinsky");
        var second = await provisioning.EnsureAsync("dvakrat@test.kpss.example", null, null, KpssRoles.RegionalAdmin, "CZ072");

        Assert.True(first.Created);
        Assert.True(second.Succeeded);
        Assert.False(second.Created);
        var db = scope.ServiceProvider.GetRequiredService<Kpss.Host.Platform.Data.PlatformDbContext>();
        var user = db.Users.Single(u => u.Email == "dvakrat@test.kpss.example");
        Assert.Single(db.RoleAssignments.Where(r => r.UserId == user.Id && r.KrajCode == "CZ072"));
    }


    [GeneratedRegex(@"http://[^\s]+/ucet/nove-heslo\?uzivatel=[^\s&]+&kod=[A-Za-z0-9_\-]+")]
    private static partial Regex ResetLink();
}

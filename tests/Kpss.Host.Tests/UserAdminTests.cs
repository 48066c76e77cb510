using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kpss.Host.Tests.Infrastructure;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;

namespace Kpss.Host.Tests;

/// <summary>A regional admin gives and takes roles in their kraj from the page; the invited person sets a password.</summary>
public sealed partial class UserAdminTests(SharedHost app) : IClassFixture<SharedHost>
{
    private const string Page = "/jihocesky/admin/uzivatele";


    [Fact]
    public async Task AnInvitedCoordinatorOfOneProcess_SetsAPassword_AndSignsInWithThatRole()
    {
        const string email = "pozvana.koordinatorka@test.kpss.example";
        var admin = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);
        var process = await admin.PostAsJsonAsync("/api/kraje/jihocesky/procesy", new
        {
            name = "Komunitní plánování Tábor", areaKind = "Kraj", areaName = "celý kraj", periodFrom = "2026-01-01", periodTo = "2027-12-31",
        });
        var processId = (await process.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var form = await admin.GetStringAsync(Page);
        Assert.Contains($"<option value=\"{processId}\">Komunitní plánování Tábor (2026–2027)</option>", form);

        var unknown = await KpssAppFactory.PostFormAsync(admin, Page,
            new() { ["Email"] = email, ["Name"] = "Petra Nováková", ["Role"] = KpssRoles.Coordinator, ["Scope.coordinator"] = "99999" });
        var added = await KpssAppFactory.PostFormAsync(admin, Page,
            new() { ["Email"] = email, ["Name"] = "Petra Nováková", ["Role"] = KpssRoles.Coordinator, ["Scope.coordinator"] = processId });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("V tomto kraji není plánovací proces „99999“.", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await admin.GetStringAsync(Page);
        Assert.Contains("pozvánka s odkazem na nastavení hesla odešla e-mailem", page);
        Assert.Contains("koordinátor(ka), jen plánovací proces: Komunitní plánování Tábor (2026–2027)", page);
        Assert.Contains(SharedHost.JihoceskyAdmin, page);
        var mail = EmlMessage.Load(Assert.Single(app.MailsTo(email)));
        Assert.Equal("Váš účet – Komunitní plánování sociálních služeb", mail.Subject);
        Assert.Contains("koordinátor(ka), jen plánovací proces: Komunitní plánování Tábor (2026–2027), Jihočeský kraj", mail.Text("text/plain"));
        var path = new Uri(SetPasswordLink().Match(mail.Text("text/plain")).Value).PathAndQuery;

        var client = app.AnonymousClient();
        var set = await KpssAppFactory.PostFormAsync(client, path, new() { ["Password"] = "moje-heslo-2027", ["Confirm"] = "moje-heslo-2027" });
        Assert.Contains("Heslo je změněno.", await set.Content.ReadAsStringAsync());
        var coordinator = await app.SignedInClientAsync(email, "moje-heslo-2027");
        var processes = await coordinator.GetStringAsync("/api/kraje/jihocesky/procesy");
        Assert.Contains("Komunitní plánování Tábor", processes);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/api/kraje/jihomoravsky/procesy")).StatusCode);
    }

    [Theory]
    [InlineData("neni-email", KpssRoles.Coordinator, "", "E-mail „neni-email“ není platná adresa.")]
    [InlineData("novy.clen@test.kpss.example", KpssRoles.Member, "skupina", "V tomto kraji není skupina „skupina“.")]
    [InlineData("novy.spravce@test.kpss.example", KpssRoles.PlatformAdmin, "", "Vyberte roli.")]
    public async Task BadInput_IsRefusedInCzech_AndCreatesNothing(string email, string role, string scope, string message)
    {
        var admin = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);

        var response = await KpssAppFactory.PostFormAsync(admin, Page,
            new() { ["Email"] = email, ["Name"] = "Někdo Nový", ["Role"] = role, [$"Scope.{role}"] = scope });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(email, await admin.GetStringAsync(Page));
        Assert.Empty(app.MailsTo(email));
    }

    [Fact]
    public async Task AnotherKrajsAdmin_CannotSeeOrTakeThisKrajsRoles_AndNobodyRemovesTheirOwnAdminRole()
    {
        const string email = "odebrat@test.kpss.example";
        var admin = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);
        await KpssAppFactory.PostFormAsync(admin, Page, new() { ["Email"] = email, ["Name"] = "Karel Dočasný", ["Role"] = KpssRoles.Member });
        var id = AssignmentId(await admin.GetStringAsync(Page), email);
        var brno = await app.SignedInClientAsync(SharedHost.JihomoravskyAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, (await brno.GetAsync(Page)).StatusCode);
        Assert.DoesNotContain(email, await brno.GetStringAsync("/jihomoravsky/admin/uzivatele"));
        var foreign = await KpssAppFactory.PostFormAsync(brno, "/jihomoravsky/admin/uzivatele?handler=Remove", new() { ["assignmentId"] = id, ["potvrzeno"] = "true" });
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Contains(email, await admin.GetStringAsync(Page));

        var own = await KpssAppFactory.PostFormAsync(admin, Page + "?handler=Remove",
            new() { ["assignmentId"] = AssignmentId(await admin.GetStringAsync(Page), SharedHost.JihoceskyAdmin), ["potvrzeno"] = "true" }, Page);
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("Vlastní roli správce kraje odebrat nemůžete", await own.Content.ReadAsStringAsync());

        // The first press asks, naming the role and the person, and removes nothing.
        var asked = await KpssAppFactory.PostFormAsync(admin, Page + "?handler=Remove", new() { ["assignmentId"] = id }, Page);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains($"Opravdu odebrat roli", await asked.Content.ReadAsStringAsync());
        Assert.Contains(email, await admin.GetStringAsync(Page));
        var removed = await KpssAppFactory.PostFormAsync(admin, Page + "?handler=Remove", new() { ["assignmentId"] = id, ["potvrzeno"] = "true" }, Page);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain(email, await admin.GetStringAsync(Page));
    }

    /// <summary>The assignment id in the row of <paramref name="email"/>'s role.</summary>
    private static string AssignmentId(string html, string email)
    {
        var row = html[html.IndexOf($"<td>{email}</td>", StringComparison.Ordinal)..];
        return Regex.Match(row, "name=\"assignmentId\" value=\"(\\d+)\"").Groups[1].Value;
    }

    [GeneratedRegex(@"http://[^\s]+/ucet/nove-heslo\?uzivatel=[^\s&]+&kod=[A-Za-z0-9_\-]+")]
    private static partial Regex SetPasswordLink();
}

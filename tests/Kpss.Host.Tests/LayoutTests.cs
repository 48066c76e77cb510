using System.Net;
using System.Text.RegularExpressions;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;

namespace Kpss.Host.Tests;

/// <summary>
/// The shared layout around every page: the current kraj named, the kraj switcher for people with roles in several
/// kraje, the kraj's navigation with what the user may open (the current place marked), the breadcrumb and the title.
/// </summary>
public sealed class LayoutTests(SharedHost app) : IClassFixture<SharedHost>
{
    private static string Part(string page, string start, string end)
    {
        var i = page.IndexOf(start, StringComparison.Ordinal);
        Assert.True(i >= 0, $"{start} not on the page");
        return page[i..page.IndexOf(end, i, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task SomeoneWithRolesInTwoKraje_CanSwitch_AndSeesTheCurrentKrajAndItsNavigation()
    {
        const string both = "dva-kraje@test.kpss.example";
        await app.CreateUserAsync(both, KpssRoles.Coordinator, "CZ031");
        await app.CreateUserAsync(both, KpssRoles.Member, "CZ064");
        var client = await app.SignedInClientAsync(both);

        var desk = await client.GetStringAsync("/jihocesky/prehled");

        Assert.Contains("aria-label=\"Kraj: Jihočeský kraj\"", desk);
        var switcher = Part(desk, "<details class=\"kpss-switcher\">", "</details>");
        Assert.Contains("<a href=\"/jihomoravsky\">Jihomoravský kraj</a>", switcher); // a member there: the kraj's page, no desk
        Assert.DoesNotContain("Jihočeský kraj", switcher);
        var nav = Part(desk, "<nav class=\"kpss-nav\"", "</nav>");
        Assert.Contains("<a href=\"/jihocesky/prehled\" aria-current=\"page\">Přehled</a>", nav);
        Assert.Contains("<a href=\"/jihocesky/procesy\">Plánovací procesy a skupiny</a>", nav);
        Assert.DoesNotContain("/jihocesky/admin/pluginy", nav); // not an admin
        Assert.Contains("<title>Přehled – Jihočeský kraj – Komunitní plánování sociálních služeb</title>", desk);

        // With roles in both kraje, "/prehled" asks where to go.
        var chooser = await client.GetAsync("/prehled");
        Assert.Equal(HttpStatusCode.OK, chooser.StatusCode);
        var choice = await chooser.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"/jihocesky/prehled\">Jihočeský kraj</a>", choice);
        Assert.Contains("<a href=\"/jihomoravsky\">Jihomoravský kraj</a>", choice);
    }

    [Fact]
    public async Task AVisitor_SeesTheKrajsPublicNavigationOnly_AndABreadcrumbBackHome()
    {
        var page = await app.AnonymousClient().GetStringAsync("/jihocesky/katalog");

        Assert.DoesNotContain("kpss-switcher", page);
        var nav = Part(page, "<nav class=\"kpss-nav\"", "</nav>");
        Assert.Contains("aria-current=\"page\">Katalog sociálních služeb</a>", nav);
        Assert.DoesNotContain("prehled", nav);
        Assert.DoesNotContain("katalog/import", nav);
        var crumbs = Regex.Replace(Part(page, "<nav aria-label=\"Drobečková navigace\">", "</nav>"), @"\s+", " ");
        Assert.Contains("<a href=\"/\">Úvod</a>", crumbs);
        Assert.Contains("<a href=\"/jihocesky\">Jihočeský kraj</a>", crumbs);
        Assert.Contains("<span aria-current=\"page\">Katalog sociálních služeb</span>", crumbs);
        Assert.Contains("/ucet/prihlaseni?zpet=%2Fjihocesky%2Fkatalog", page);
    }

    [Fact]
    public async Task TheKrajsAdmin_SeesTheAdministrationInTheKrajsNavigation()
    {
        var admin = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);

        var nav = Part(await admin.GetStringAsync("/jihocesky/admin/uzivatele"), "<nav class=\"kpss-nav\"", "</nav>");

        Assert.Contains("<a href=\"/jihocesky/admin/pluginy\">Pluginy kraje</a>", nav);
        Assert.Contains("<a href=\"/jihocesky/admin/uzivatele\" aria-current=\"page\">Uživatelé a role</a>", nav);
    }
}

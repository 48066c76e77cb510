using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Host.Platform.Data;
using Kpss.Host.Tests.Infrastructure;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Host.Tests;

public sealed class PluginAdminTests(SharedHost app) : IClassFixture<SharedHost>
{
    private const string CalendarHeading = "Kalendář plánování";

    [Fact]
    public async Task EnablingJihoceskyPlugin_ShowsItsCalendarOnlyOnThatKrajsPage_AndRecordsWhoDidIt()
    {
        var visitor = app.AnonymousClient();
        Assert.DoesNotContain(CalendarHeading, await visitor.GetStringAsync("/jihocesky"));
        var admin = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);

        var enable = await KpssAppFactory.PostFormAsync(admin, "/jihocesky/admin/pluginy",
            new() { ["pluginId"] = "jihocesky", ["enabled"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);
        var adminPage = await admin.GetStringAsync("/jihocesky/admin/pluginy");
        Assert.Contains("Plugin Jihočeský kraj je zapnut.", adminPage);
        Assert.Contains(SharedHost.JihoceskyAdmin, adminPage);
        Assert.Contains("zapnul(a) plugin Jihočeský kraj", adminPage);

        var krajPage = await visitor.GetStringAsync("/jihocesky");
        Assert.Contains(CalendarHeading, krajPage);
        Assert.Contains("Žádosti o zařazení sociální služby do sítě", krajPage);
        Assert.Contains("Zdroj: Jihočeský kraj", krajPage);
        Assert.DoesNotContain(CalendarHeading, await visitor.GetStringAsync("/jihomoravsky"));

        using var calendar = JsonDocument.Parse(await visitor.GetStringAsync("/api/kraje/jihocesky/kalendar"));
        Assert.Equal(5, calendar.RootElement[0].GetProperty("upcoming").GetArrayLength());

        var disable = await KpssAppFactory.PostFormAsync(admin, "/jihocesky/admin/pluginy",
            new() { ["pluginId"] = "jihocesky", ["enabled"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.DoesNotContain(CalendarHeading, await visitor.GetStringAsync("/jihocesky"));
        var audit = await app.InKrajAsync("CZ031", sp => sp.GetRequiredService<PlatformDbContext>()
            .PluginAudit.OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([true, false], audit.Select(a => a.Enabled));
        Assert.All(audit, a => Assert.Equal(SharedHost.JihoceskyAdmin, a.UserName));
        Assert.All(audit, a => Assert.InRange(a.AtUtc, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1)));
    }

    [Fact]
    public async Task EnablingAPluginMeantForAnotherKraj_IsRefusedInCzech_AndWritesNothing()
    {
        var admin = await app.SignedInClientAsync(SharedHost.JihomoravskyAdmin);

        var response = await admin.PutAsJsonAsync("/api/kraje/jihomoravsky/pluginy/jihocesky", new { enabled = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("je určen pro: Jihočeský kraj. Pro Jihomoravský kraj jej zapnout nelze.", body);
        Assert.Equal(0, await app.InKrajAsync(null, sp => sp.GetRequiredService<PlatformDbContext>()
            .PluginAudit.CountAsync(a => a.KrajCode == "CZ064")));
    }

    [Fact]
    public async Task EnablingAPluginThatIsNotInstalled_IsNotFound()
    {
        var admin = await app.SignedInClientAsync(SharedHost.JihomoravskyAdmin);

        var response = await admin.PutAsJsonAsync("/api/kraje/jihomoravsky/pluginy/neexistuje", new { enabled = true });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("není nainstalován", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PluginPageForm_WithoutAntiforgeryToken_IsRejected()
    {
        var admin = await app.SignedInClientAsync(SharedHost.JihomoravskyAdmin);

        var response = await admin.PostAsync("/jihomoravsky/admin/pluginy",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["pluginId"] = "jihocesky", ["enabled"] = "true" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PlatformAdmin_SeesInstalledPluginsAndTheirState()
    {
        var admin = await app.SignedInClientAsync(SharedHost.PlatformAdmin);

        using var plugins = JsonDocument.Parse(await admin.GetStringAsync("/api/pluginy"));
        var page = await admin.GetStringAsync("/admin/pluginy");

        var jihocesky = plugins.RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "jihocesky");
        Assert.True(jihocesky.GetProperty("loaded").GetBoolean());
        Assert.Equal("1.0.0", jihocesky.GetProperty("version").GetString());
        Assert.Contains("Jihočeský kraj", page);
        Assert.Contains("načten", page);
    }
}

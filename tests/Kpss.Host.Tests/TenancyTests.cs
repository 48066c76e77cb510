using System.Net;
using System.Net.Http.Json;
using Kpss.Host.Platform.Data;
using Kpss.Host.Tests.Infrastructure;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Host.Tests;

/// <summary>One kraj's admin can neither see nor change another kraj, through the pages, the API or the data layer.</summary>
public sealed class TenancyTests(SharedHost app) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task APersonWithRolesInTwoKraje_WorksInEach_AndInNoThird()
    {
        const string email = "dve-role@test.kpss.example";
        await app.CreateUserAsync(email, Kpss.Modules.Abstractions.Security.KpssRoles.Coordinator, "CZ031");
        await app.CreateUserAsync(email, Kpss.Modules.Abstractions.Security.KpssRoles.RegionalAdmin, "CZ064");
        var client = await app.SignedInClientAsync(email);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/kraje/jihocesky/procesy")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/kraje/jihomoravsky/procesy")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/jihomoravsky/admin/pluginy")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/jihocesky/admin/pluginy")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/kraje/plzensky/procesy")).StatusCode);
    }

    [Fact]
    public async Task RegionalAdminOfJihocesky_OpeningJihomoravskyPluginPage_IsForbidden()
    {
        var client = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);

        var response = await client.GetAsync("/jihomoravsky/admin/pluginy");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Přístup odepřen", html);
        Assert.DoesNotContain("Pluginy kraje", html);
    }

    [Fact]
    public async Task RegionalAdminOfJihocesky_PostingToJihomoravskyPluginPage_IsForbiddenAndChangesNothing()
    {
        var client = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);
        var token = KpssAppFactory.AntiforgeryToken(await client.GetStringAsync("/jihocesky/admin/pluginy"));

        var response = await client.PostAsync("/jihomoravsky/admin/pluginy", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["pluginId"] = "jihocesky", ["enabled"] = "true", ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await CountRowsAsync("CZ064"));
    }

    [Fact]
    public async Task RegionalAdminOfJihocesky_ReadingOrChangingJihomoravskyThroughTheApi_IsForbidden()
    {
        var client = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);

        var read = await client.GetAsync("/api/kraje/jihomoravsky/pluginy");
        var history = await client.GetAsync("/api/kraje/CZ064/pluginy/historie");
        var change = await client.PutAsJsonAsync("/api/kraje/jihomoravsky/pluginy/jihocesky", new { enabled = true });

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, history.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
        Assert.Equal(0, await CountRowsAsync("CZ064"));
    }

    [Fact]
    public async Task RegionalAdminOfJihocesky_OwnKraj_IsAllowed()
    {
        var client = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/jihocesky/admin/pluginy")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/kraje/jihocesky/pluginy")).StatusCode);
    }

    [Fact]
    public async Task RegionalAdmin_PlatformAdminPages_AreForbidden()
    {
        var client = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin/pluginy")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/pluginy")).StatusCode);
    }

    [Fact]
    public async Task Coordinator_CannotAdministerPluginsEvenInOwnKraj()
    {
        var client = await app.SignedInClientAsync(SharedHost.JihoceskyCoordinator);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/jihocesky/admin/pluginy")).StatusCode);
    }

    [Fact]
    public async Task PlatformAdmin_SeesEveryKraj()
    {
        var client = await app.SignedInClientAsync(SharedHost.PlatformAdmin);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/pluginy")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/jihomoravsky/admin/pluginy")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/kraje/jihocesky/pluginy")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_IsSentToLoginFromPages_AndGets401FromTheApi()
    {
        var client = app.AnonymousClient();

        var page = await client.GetAsync("/jihocesky/admin/pluginy");
        var api = await client.GetAsync("/api/kraje/jihocesky/pluginy");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/ucet/prihlaseni?zpet=", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task QueryFilter_KeepsEachKrajToItsOwnRows()
    {
        await app.InKrajAsync<int>(null, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            db.KrajPluginStates.AddRange(
                new KrajPluginState { KrajCode = "CZ031", PluginId = "filtr-test", Enabled = true, ChangedAtUtc = DateTime.UtcNow },
                new KrajPluginState { KrajCode = "CZ072", PluginId = "filtr-test", Enabled = true, ChangedAtUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        // The same query, without any kraj condition of its own, in four scopes (one cached model serves them all).
        Task<List<string>> Kraje(string? kraj) => app.InKrajAsync(kraj, sp => sp.GetRequiredService<PlatformDbContext>()
            .KrajPluginStates.Where(s => s.PluginId == "filtr-test").Select(s => s.KrajCode).OrderBy(k => k).ToListAsync());

        Assert.Equal(["CZ031"], await Kraje("CZ031"));
        Assert.Equal(["CZ072"], await Kraje("CZ072"));
        Assert.Equal(["CZ031", "CZ072"], await Kraje(null));
        using var scope = app.Services.CreateScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<PlatformDbContext>()
            .KrajPluginStates.Where(s => s.PluginId == "filtr-test").ToListAsync());
    }

    private Task<int> CountRowsAsync(string kraj) => app.InKrajAsync(null, async sp =>
    {
        var db = sp.GetRequiredService<PlatformDbContext>();
        return await db.KrajPluginStates.CountAsync(s => s.KrajCode == kraj && s.PluginId == "jihocesky")
            + await db.PluginAudit.CountAsync(a => a.KrajCode == kraj);
    });
}

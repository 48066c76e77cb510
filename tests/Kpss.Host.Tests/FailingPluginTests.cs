using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Host.Tests.Infrastructure;
using Kpss.Testing;
using Kpss.Modules.Abstractions.Security;

namespace Kpss.Host.Tests;

/// <summary>A host whose plugins folder holds one good plugin and one broken plugin of every kind.</summary>
public sealed class BrokenPluginsHost() : KpssAppFactory(PreparePlugins())
{
    private static string PreparePlugins()
    {
        var plugins = RepoPaths.NewTempDirectory("kpss-plugins");
        var scratch = RepoPaths.NewTempDirectory("kpss-scratch");
        FixturePlugins.CopyBuilt(Path.Combine(RepoPaths.HostPlugins, "Kpss.Kraj.Jihocesky"), plugins, "Kpss.Kraj.Jihocesky");
        FixturePlugins.Throwing(plugins);
        FixturePlugins.MissingMainFile(plugins);
        FixturePlugins.IncompatibleContract(plugins, scratch);
        FixturePlugins.MissingDependency(plugins, scratch);
        return plugins;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(SharedHost.PlatformAdmin, KpssRoles.PlatformAdmin);
        await CreateUserAsync(SharedHost.JihomoravskyAdmin, KpssRoles.RegionalAdmin, "CZ064");
    }
}

public sealed class FailingPluginTests(BrokenPluginsHost app) : IClassFixture<BrokenPluginsHost>
{
    [Fact]
    public async Task HostWithBrokenPlugins_StartsAndServes()
    {
        var response = await app.AnonymousClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("padajici", "Plugin při spuštění selhal: InvalidOperationException: Konfigurace chybí")]
    [InlineData("kpss.kraj.chybejici", "Chybí soubor Kpss.Kraj.Chybejici.dll.")]
    [InlineData("kpss.kraj.budouci", "Plugin je sestaven proti verzi kontraktu 9.0, platforma podporuje verzi 1.4.")]
    [InlineData("kpss.kraj.nekompletni", "Chybí nebo nejde načíst soubor, na kterém plugin závisí: Kpss.Kraj.Pomocnik")]
    public async Task EachBrokenPlugin_IsReportedAsFailedWithItsReason(string id, string reason)
    {
        var admin = await app.SignedInClientAsync(SharedHost.PlatformAdmin);

        using var plugins = JsonDocument.Parse(await admin.GetStringAsync("/api/pluginy"));
        var page = await admin.GetStringAsync("/admin/pluginy");

        var plugin = plugins.RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetString() == id);
        Assert.False(plugin.GetProperty("loaded").GetBoolean());
        Assert.StartsWith(reason, plugin.GetProperty("failureReason").GetString());
        Assert.Contains(reason, page);
    }

    [Fact]
    public async Task TheGoodPlugin_NextToBrokenOnes_IsLoaded()
    {
        var admin = await app.SignedInClientAsync(SharedHost.PlatformAdmin);

        using var plugins = JsonDocument.Parse(await admin.GetStringAsync("/api/pluginy"));

        Assert.Equal(5, plugins.RootElement.GetArrayLength());
        Assert.Equal(["jihocesky"], plugins.RootElement.EnumerateArray()
            .Where(p => p.GetProperty("loaded").GetBoolean()).Select(p => p.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task RegionalAdmin_SeesTheFailedPluginWithItsReason_AndCannotEnableIt()
    {
        var admin = await app.SignedInClientAsync(SharedHost.JihomoravskyAdmin);

        var page = await admin.GetStringAsync("/jihomoravsky/admin/pluginy");
        var enable = await admin.PutAsJsonAsync("/api/kraje/jihomoravsky/pluginy/padajici", new { enabled = true });

        Assert.Contains("Konfigurace chybí", page);
        Assert.Equal(HttpStatusCode.BadRequest, enable.StatusCode);
        Assert.Contains("se nepodařilo načíst, nelze jej zapnout", await enable.Content.ReadAsStringAsync());
    }
}

using System.Net;
using System.Net.Http.Json;
using Kpss.Host.Platform.Data;
using Kpss.Host.Tests.Infrastructure;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Host.Tests;

/// <summary>A host with two plugins that both give Jihočeský kraj a plan format: the Jihočeský one and the template.</summary>
public sealed class TwoFormatsHost() : KpssAppFactory(Plugins())
{
    public const string Admin = "admin@formats.test.example";

    private static string Plugins()
    {
        var plugins = RepoPaths.NewTempDirectory("kpss-plugins");
        FixturePlugins.CopyBuilt(Path.Combine(RepoPaths.HostPlugins, "Kpss.Kraj.Jihocesky"), plugins, "Kpss.Kraj.Jihocesky");
        FixturePlugins.CopyBuilt(RepoPaths.PluginOutput("Kpss.Kraj.Template"), plugins, "Kpss.Kraj.Template");
        return plugins;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(Admin, KpssRoles.RegionalAdmin, "CZ031");
    }
}

/// <summary>A kraj's plans have one format: enabling a second plugin that gives one is refused, naming the first.</summary>
[Trait(Runs.Key, Runs.Once)]
public sealed class OnePlanFormatTests(TwoFormatsHost app) : IClassFixture<TwoFormatsHost>
{
    [Fact]
    public async Task ASecondPluginWithAPlanFormat_IsRefusedInCzech_NamingTheFirst_AndWritesNothing()
    {
        var admin = await app.SignedInClientAsync(TwoFormatsHost.Admin);
        var enabled = await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = true });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var audited = await AuditCountAsync();

        var second = await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/sablona", new { enabled = true });

        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("a ten už dává zapnutý plugin „Jihočeský kraj“", await second.Content.ReadAsStringAsync());
        Assert.Equal(audited, await AuditCountAsync());

        // With the first switched off, the second may give the format.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = false })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/sablona", new { enabled = true })).StatusCode);
        var refused = await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = true });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("vypněte nejdřív „", await refused.Content.ReadAsStringAsync());
    }

    private Task<int> AuditCountAsync() => app.InKrajAsync(null, sp => sp.GetRequiredService<PlatformDbContext>().PluginAudit.CountAsync());
}

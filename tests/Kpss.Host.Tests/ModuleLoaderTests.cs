using System.Net;
using Kpss.Host.Tests.Infrastructure;
using Kpss.Testing;
using Microsoft.AspNetCore.Hosting;

namespace Kpss.Host.Tests;

/// <summary>A host whose modules folder holds one module, compiled here: it registers a service and maps two endpoints,
/// one open to anyone and one that forgot to say who may call it.</summary>
public sealed class HostWithSampleModule : KpssAppFactory
{
    public static readonly string ModulesPath = Prepare();

    private static string Prepare()
    {
        var modules = RepoPaths.NewTempDirectory("kpss-modules");
        FixtureCompiler.Compile(Path.Combine(modules, "Kpss.Ukazka"), "Kpss.Ukazka", """
            using Autofac;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Routing;
            namespace Kpss.Ukazka;
            public sealed class Greeting { public string Text => "Dobrý den z modulu"; }
            public sealed class UkazkaModule : Kpss.Modules.Abstractions.IModule
            {
                public string Name => "ukazka";
                public void ConfigureContainer(ContainerBuilder builder) => builder.RegisterType<Greeting>().SingleInstance();
                public void MapEndpoints(IEndpointRouteBuilder endpoints)
                {
                    endpoints.MapGet("/api/ukazka", (Greeting g) => Results.Text(g.Text)).AllowAnonymous();
                    // Says nothing about who may call it: the host's fallback policy closes it.
                    endpoints.MapGet("/api/ukazka/bez-pravidla", (Greeting g) => Results.Text(g.Text));
                    // A defect, on the API and on a page's address: the answer is a 500 like any other.
                    endpoints.MapGet("/api/ukazka/chyba", string () => throw new System.InvalidOperationException("porucha")).AllowAnonymous();
                    endpoints.MapGet("/ukazka/chyba", string () => throw new System.InvalidOperationException("porucha")).AllowAnonymous();
                }
            }
            """);
        return modules;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Modules:Path", ModulesPath);
    }
}

public sealed class ModuleLoaderTests(HostWithSampleModule app) : IClassFixture<HostWithSampleModule>
{
    [Fact]
    public async Task ModuleInTheModulesFolder_IsLoadedWiredAndMapped()
    {
        var response = await app.AnonymousClient().GetAsync("/api/ukazka");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Dobrý den z modulu", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnEndpointThatSaysNothingAboutWhoMayCallIt_IsClosedToEveryone_ThePlatformAdminToo()
    {
        await app.CreateUserAsync("spravce@ukazka.test.example", Kpss.Modules.Abstractions.Security.KpssRoles.PlatformAdmin);
        var admin = await app.SignedInClientAsync("spravce@ukazka.test.example");

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AnonymousClient().GetAsync("/api/ukazka/bez-pravidla")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/ukazka/bez-pravidla")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/ukazka")).StatusCode);
        // An address no endpoint answers stays a 404, not a sign-in.
        Assert.Equal(HttpStatusCode.NotFound, (await app.AnonymousClient().GetAsync("/api/ukazka/neni")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.AnonymousClient().GetAsync("/neexistujici-stranka")).StatusCode);
        // The router's own refusal of a method stays what it is.
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await app.AnonymousClient().PostAsync("/api/ukazka", null)).StatusCode);
    }

    [Fact]
    public async Task AServerError_OnTheApiAndOnAPage_IsACzechAnswerWithTheSecurityHeaders()
    {
        var api = await app.AnonymousClient().GetAsync("/api/ukazka/chyba");
        var page = await app.AnonymousClient().GetAsync("/ukazka/chyba");

        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Empty(SecurityHeaderCheck.Wrong(api));
        Assert.Empty(SecurityHeaderCheck.Wrong(page));
        Assert.DoesNotContain("porucha", await api.Content.ReadAsStringAsync());
        Assert.Contains("Chyba", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public void ModuleFolderWithoutItsAssembly_StopsTheStartWithAClearMessage()
    {
        var modules = RepoPaths.NewTempDirectory("kpss-modules");
        Directory.CreateDirectory(Path.Combine(modules, "Kpss.Rozbity"));

        var ex = Assert.Throws<InvalidOperationException>(() => Kpss.Host.Platform.Modules.ModuleLoader.LoadAll(modules));

        Assert.Contains("has no Kpss.Rozbity.dll", ex.Message);
    }
}

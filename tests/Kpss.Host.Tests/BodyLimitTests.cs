using System.Net;
using System.Text;
using Kpss.Host.Platform.Data;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Host.Tests;

/// <summary>
/// Request bodies are limited per endpoint: 1 MB by default (forms and JSON), more where files are imported; over the
/// limit, 413 with a Czech page or problem document and nothing read or written.
/// </summary>
[Trait(Runs.Key, Runs.Once)]
public sealed class BodyLimitTests(SharedHost app) : IClassFixture<SharedHost>
{
    private static StringContent Json(int bytes) =>
        new("{\"enabled\": true, \"vypln\": \"" + new string('x', bytes) + "\"}", Encoding.UTF8, "application/json");

    [Fact]
    public async Task AJsonBodyOverTheDefaultMegabyte_Is413_AndChangesNothing()
    {
        var admin = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);

        var response = await admin.PutAsync("/api/kraje/jihocesky/pluginy/jihocesky", Json(1_100_000));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Požadavek je příliš velký: nejvýše 1 MB.", await response.Content.ReadAsStringAsync());
        Assert.False(await app.InKrajAsync("CZ031", sp => sp.GetRequiredService<PlatformDbContext>().KrajPluginStates.AnyAsync(s => s.Enabled)));
        // Just under the limit the same call is read and done.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsync("/api/kraje/jihocesky/pluginy/jihocesky", Json(1_000_000))).StatusCode);
    }

    [Fact]
    public async Task AFormOverTheLimit_IsACzech413Page()
    {
        var response = await app.AnonymousClient().PostAsync("/ucet/prihlaseni", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "a@b.cz", ["Input.Password"] = new string('x', 1_100_000),
        }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Příliš velký požadavek", page);
        Assert.Contains("Odeslaná data jsou větší, než platforma přijme.", page);
    }

    [Fact]
    public async Task AnImport_TakesMoreThanAMegabyte_ButAMembersFileIsLimitedToFive()
    {
        var admin = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);

        // Read whole and judged by its content (no service in it), not refused for its size.
        var import = await admin.PostAsync("/api/kraje/jihocesky/katalog/import?format=json&nanecisto=true",
            new StringContent("{\"sluzby\": [], \"vypln\": \"" + new string('x', 2_000_000) + "\"}", Encoding.UTF8, "application/json"));
        var members = await admin.PostAsync("/api/kraje/jihocesky/skupiny/1/clenove/import",
            new StringContent("jmeno;email\n" + new string('x', 6 * 1024 * 1024), Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
        Assert.Contains("Soubor neobsahuje žádnou službu.", await import.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, members.StatusCode);
        Assert.Contains("nejvýše 5 MB", await members.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheImportPage_TakesAFileOverAMegabyte()
    {
        var admin = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);
        var token = KpssAppFactory.AntiforgeryToken(await admin.GetStringAsync("/jihocesky/katalog/import"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("json"), "Format" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("{\"sluzby\": [], \"vypln\": \"" + new string('x', 2_000_000) + "\"}")), "Upload", "registr.json" },
        };

        var response = await admin.PostAsync("/jihocesky/katalog/import", form);

        // Read whole and queued as a run (its page then reports that the file holds no service).
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/jihocesky/katalog/import/", response.Headers.Location!.OriginalString);
    }
}

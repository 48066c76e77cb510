using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Kpss.Testing;

namespace Kpss.Host.Tests;

/// <summary>The design system's stylesheet, built from the npm packages into wwwroot/gov, as a browser fetches it.</summary>
[Trait(Runs.Key, Runs.Once)]
public sealed partial class StaticAssetsTests(SharedHost app) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task EveryPage_LinksTheDesignSystem_AtAVersionedAddress_ServedCompressedAndCachedForAYear()
    {
        var client = app.AnonymousClient();
        var page = await client.GetStringAsync("/");
        var href = GovStylesheet().Match(page);
        Assert.True(href.Success, "the layout links /gov/gov.css?v=…");

        var brotli = await GetAsync(client, href.Value, "gzip, deflate, br");
        var gzip = await GetAsync(client, href.Value, "gzip");
        var plain = await GetAsync(client, href.Value, null);

        var css = await plain.Content.ReadAsStringAsync();
        Assert.Contains("--background-page", css); // the design system's tokens
        Assert.Contains(".gov-button", css);
        Assert.Contains("url('fonts/roboto-regular.woff2')", css);
        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        foreach (var response in new[] { brotli, gzip, plain })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
        }
        var fromBrotli = await Decompress(brotli, s => new BrotliStream(s, CompressionMode.Decompress));
        var fromGzip = await Decompress(gzip, s => new GZipStream(s, CompressionMode.Decompress));
        Assert.Equal(css, fromBrotli);
        Assert.Equal(css, fromGzip);
        Assert.True(brotli.Content.Headers.ContentLength < css.Length / 10, $"brotli {brotli.Content.Headers.ContentLength} of {css.Length} bytes");
    }

    [Fact]
    public async Task TheFontsAndIconsTheStylesheetNeeds_AreServedFromThePlatformItself()
    {
        var client = app.AnonymousClient();

        var font = await client.GetAsync("/gov/fonts/roboto-regular-ext.woff2"); // Czech letters: the latin-ext range
        var icon = await client.GetAsync("/gov/icons/chevron-right.svg");

        Assert.Equal(HttpStatusCode.OK, font.StatusCode);
        Assert.Equal("font/woff2", font.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=2592000", font.Headers.CacheControl?.ToString());
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await client.SendAsync(request);
    }

    private static async Task<string> Decompress(HttpResponseMessage response, Func<Stream, Stream> decoder)
    {
        await using var decoded = decoder(await response.Content.ReadAsStreamAsync());
        using var reader = new StreamReader(decoded, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    [GeneratedRegex(@"/gov/gov\.css\?v=[\w-]+")]
    private static partial Regex GovStylesheet();
}

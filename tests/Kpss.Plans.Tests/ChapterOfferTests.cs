using System.Net;
using Kpss.Plans.Contracts;
using Kpss.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Plans.Tests;

/// <summary>A module that offers the evaluation of the previous plan for a plan's chapter of that purpose (as Evaluation will).</summary>
internal sealed class EvaluationOffer : IChapterTextOffer
{
    public ChapterPurpose Purpose => ChapterPurpose.PreviousPlanEvaluation;

    public Task<OfferedText?> OfferAsync(string krajCode, int planId, int fromYear, int toYear, CancellationToken ct = default) =>
        Task.FromResult(krajCode == "CZ031"
            ? new OfferedText($"Vyhodnocení plnění před rokem {fromYear}", $"### Plnění předchozího plánu\n\nSplněna 3 ze 4 opatření (do roku {fromYear - 1}).")
            : null);
}

/// <summary>The plans host with <see cref="EvaluationOffer"/> registered.</summary>
public sealed class OfferingHost : PlansHost
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddScoped<IChapterTextOffer, EvaluationOffer>());
    }
}

/// <summary>
/// Text another module offers for a chapter reaches the chapter of that purpose in the plan's own format: shown on the
/// draft's page, inserted at the end of the chapter only when the coordinator asks, like any chapter save.
/// </summary>
public sealed class ChapterOfferTests(OfferingHost app) : IClassFixture<OfferingHost>
{
    [Fact]
    public async Task TheOffer_IsShownInTheChapterOfItsPurpose_AndInsertedOnRequest()
    {
        var api = await app.ClientAsync();
        var plan = await api.CreateAsync(PlansClient.Sprss("Plán s nabídnutým vyhodnocením", 2028, 2030));
        var url = $"/jihocesky/plany/priprava/{plan}";
        await api.SaveChapterAsync(plan, "vyhodnoceni", "Úvod k vyhodnocení.");

        var page = WebUtility.HtmlDecode(await api.Http.GetStringAsync(url));
        Assert.Contains("Nabídka pro tuto kapitolu: Vyhodnocení plnění před rokem 2028", page);
        // Shown only in the chapter of its purpose.
        Assert.True(page.IndexOf("Nabídka pro tuto kapitolu", StringComparison.Ordinal) > page.IndexOf("id=\"kapitola-vyhodnoceni\"", StringComparison.Ordinal));
        Assert.True(page.IndexOf("Nabídka pro tuto kapitolu", StringComparison.Ordinal) < page.IndexOf("id=\"kapitola-strategicka\"", StringComparison.Ordinal));
        Assert.Equal("Úvod k vyhodnocení.", Chapter(await api.GetAsync(plan)));

        var version = (await api.VersionAsync(plan)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var inserted = await KpssAppFactory.PostFormAsync(api.Http, url + "?handler=Offer",
            new() { ["key"] = "vyhodnoceni", ["name"] = "Vyhodnocení plnění před rokem 2028", ["version"] = version }, formPageUrl: url);
        Assert.Equal(HttpStatusCode.Redirect, inserted.StatusCode);
        Assert.Equal("Úvod k vyhodnocení.\n\n### Plnění předchozího plánu\n\nSplněna 3 ze 4 opatření (do roku 2027).", Chapter(await api.GetAsync(plan)));

        // An offer that is not there (a stale page) is refused in Czech and writes nothing.
        var stale = await KpssAppFactory.PostFormAsync(api.Http, url + "?handler=Offer",
            new() { ["key"] = "vyhodnoceni", ["name"] = "Něco jiného", ["version"] = (await api.VersionAsync(plan)).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            formPageUrl: url);
        Assert.Contains("Tento text už není k dispozici; obnovte stránku.", await stale.Content.ReadAsStringAsync());
        Assert.StartsWith("Úvod k vyhodnocení.\n\n### Plnění", Chapter(await api.GetAsync(plan)));
    }

    private static string Chapter(System.Text.Json.JsonElement plan) =>
        plan.GetProperty("chapters").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "vyhodnoceni").GetProperty("text").GetString()!;
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Host.Platform.Plugins;
using Kpss.Host.Tests.Infrastructure;
using Kpss.Modules.Abstractions.Security;
using Kpss.Plugins.Abstractions;
using Kpss.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kpss.Host.Tests;

/// <summary>
/// A kraj plugin compiled, when the tests run, against the plugin contract 1.3 as it was released (the assembly kept in
/// <c>Fixtures/contract-1.3</c>): a plan format with a chapter of its own, its own kind of priority and letter codes.
/// </summary>
public static class OldContractPlugin
{
    public static string Contract13 => Path.Combine(AppContext.BaseDirectory, "Fixtures", "contract-1.3", "Kpss.Plugins.Abstractions.dll");

    private const string Source = """
        using System.Collections.Generic;
        using Kpss.Plugins.Abstractions;
        namespace Kpss.Kraj.Stary;
        public sealed class Plugin : IKrajPlugin, IPlanFormat
        {
            public string Id => "stary";
            public string Name => "Starý formát";
            public string Description => "Plugin sestavený proti kontraktu 1.3.";
            public IReadOnlyCollection<string> KrajCodes { get; } = new[] { "CZ031" };
            public void Start() { }
            public PlanFormat GetPlanFormat() => PlanFormat.Default with
            {
                Chapters = new List<PlanChapterFormat>(PlanFormat.Default.Chapters) { new PlanChapterFormat("mapy", "Mapy území", false, 6, "Mapy ORP.") },
                PriorityCategories = new[] { new PriorityCategory("oblast", "Oblast podpory", false) },
                Numbering = PlanNumbering.LetterThenDecimal,
                Source = "Formát sestavený proti kontraktu 1.3",
            };
        }
        """;

    /// <summary>A plugins folder with the plugin in it.</summary>
    public static string Folder()
    {
        var plugins = RepoPaths.NewTempDirectory("kpss-plugins");
        FixtureCompiler.Compile(Path.Combine(plugins, "Kpss.Kraj.Stary"), "Kpss.Kraj.Stary", Source, extra: [Contract13], without: ["Kpss.Plugins.Abstractions"]);
        return plugins;
    }
}

/// <summary>A host with only the 1.3 plugin installed, and a regional admin of Jihočeský kraj.</summary>
public sealed class OldContractHost() : KpssAppFactory(OldContractPlugin.Folder())
{
    public const string Admin = "admin@stary-format.test.example";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(Admin, KpssRoles.RegionalAdmin, "CZ031");
    }
}

/// <summary>
/// A plugin built against contract 1.3 still loads on 1.4 (its chapters have no purpose: "other"), and a plan keeps the
/// format it was created with: with the plugin switched off the draft reads, numbers, saves and exports as before, until
/// its coordinator takes over the kraj's current format on purpose — shown first, nothing lost.
/// </summary>
[Trait(Runs.Key, Runs.Once)]
public sealed class PlanFormatKeptTests(OldContractHost app) : IClassFixture<OldContractHost>
{
    [Fact]
    public void APluginBuiltAgainst13_LoadsOn14_WithTheDefaultsChaptersPurposes_AndItsOwnAsOther()
    {
        var plugins = OldContractPlugin.Folder();
        var main = Path.Combine(plugins, "Kpss.Kraj.Stary", "Kpss.Kraj.Stary.dll");

        var plugin = Assert.Single(new PluginLoader(NullLogger.Instance).LoadAll(plugins));
        var format = ((IPlanFormat)plugin.Instance!).GetPlanFormat();

        Assert.Equal("1.3", PluginLoader.ReadContractVersion(main)!.ToString(2));
        Assert.Equal("1.4", PluginContract.Version.ToString(2));
        Assert.True(plugin.IsLoaded, plugin.FailureReason);
        Assert.Equal(ChapterPurpose.Other, format.Chapters.Single(c => c.Key == "mapy").Purpose);
        Assert.Equal(ChapterPurpose.Strategic, format.Chapters.Single(c => c.Key == "strategicka").Purpose);
    }

    [Fact]
    public async Task WithThePluginOff_TheDraftKeepsItsFormat_UntilTheCurrentOneIsTakenOverOnPurpose()
    {
        var admin = await app.SignedInClientAsync(OldContractHost.Admin);
        const string plans = "/api/kraje/jihocesky/plany";
        await OkAsync(await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/stary", new { enabled = true }));
        var plan = await IdAsync(await admin.PostAsJsonAsync(plans, new
        {
            kind = "Sprss", title = "Plán ve formátu pluginu", fromYear = 2027, toYear = 2029, area = "kraj", approvingBody = "Zastupitelstvo kraje",
        }));
        var priority = await IdAsync(await admin.PostAsJsonAsync($"{plans}/{plan}/polozky", new { title = "Bydlení", category = "oblast", version = await VersionAsync(admin, plan) }));
        await IdAsync(await admin.PostAsJsonAsync($"{plans}/{plan}/polozky", new { parentId = priority, title = "Dostupné bydlení", version = await VersionAsync(admin, plan) }));
        await OkAsync(await admin.PutAsJsonAsync($"{plans}/{plan}/kapitoly/mapy", new { text = "Mapa ORP kraje.", version = await VersionAsync(admin, plan) }));

        await OkAsync(await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/stary", new { enabled = false }));
        var read = await admin.GetFromJsonAsync<JsonElement>($"{plans}/{plan}");

        Assert.Equal("Formát sestavený proti kontraktu 1.3", read.GetProperty("formatSource").GetString());
        Assert.Equal("Mapa ORP kraje.", Chapter(read, "mapy").GetProperty("text").GetString());
        Assert.Equal(["A", "A.1"], Codes(read));
        // Still editable in its own format: its kind of priority, its chapter; and it exports.
        await OkAsync(await admin.PutAsJsonAsync($"{plans}/{plan}/polozky/{priority}", new { title = "Bydlení a domov", category = "oblast", version = await VersionAsync(admin, plan) }));
        await OkAsync(await admin.PutAsJsonAsync($"{plans}/{plan}/kapitoly/mapy", new { text = "Mapa ORP kraje, 2027.", version = await VersionAsync(admin, plan) }));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{plans}/{plan}/dokument")).StatusCode);
        // A new plan has the kraj's format now.
        var fresh = await IdAsync(await admin.PostAsJsonAsync(plans, new
        {
            kind = "Sprss", title = "Plán ve formátu platformy", fromYear = 2030, toYear = 2032, area = "kraj", approvingBody = "Zastupitelstvo kraje",
        }));
        Assert.DoesNotContain("mapy", (await admin.GetFromJsonAsync<JsonElement>($"{plans}/{fresh}")).GetProperty("chapters").EnumerateArray().Select(c => c.GetProperty("key").GetString()));

        var review = await admin.GetFromJsonAsync<JsonElement>($"{plans}/{plan}/format");
        Assert.True(review.GetProperty("differs").GetBoolean());
        Assert.Contains("Kódy položek se budou psát jinak: B.1.3 → 2.1.3.", Strings(review, "changes"));
        Assert.Equal(
        [
            "Kapitola „Mapy území“ má text, ale formát kraje ji nemá: zůstane v plánu jako nepovinná kapitola na konci.",
            "Plán má priority druhu „Oblast podpory“, který formát kraje nezná: při příští úpravě jim vyberte jiný druh.",
        ], Strings(review, "warnings"));
        Assert.Contains("zobrazit rozdíly", await admin.GetStringAsync($"/jihocesky/plany/priprava/{plan}"));
        Assert.Contains("Převzít současný formát kraje", await admin.GetStringAsync($"/jihocesky/plany/priprava/{plan}/format"));

        await OkAsync(await admin.PostAsJsonAsync($"{plans}/{plan}/format", new { version = await VersionAsync(admin, plan) }));
        var adopted = await admin.GetFromJsonAsync<JsonElement>($"{plans}/{plan}");

        Assert.Equal(PlanFormat.Default.Source, adopted.GetProperty("formatSource").GetString());
        Assert.Equal(["1", "1.1"], Codes(adopted));
        Assert.Equal("Mapa ORP kraje, 2027.", Chapter(adopted, "mapy").GetProperty("text").GetString());
        Assert.False(Chapter(adopted, "mapy").GetProperty("mandatory").GetBoolean());
        // Taken over: nothing more would change (the kept chapter is the plan's own now).
        Assert.False((await admin.GetFromJsonAsync<JsonElement>($"{plans}/{plan}/format")).GetProperty("differs").GetBoolean());
    }

    private static JsonElement Chapter(JsonElement plan, string key) =>
        plan.GetProperty("chapters").EnumerateArray().Single(c => c.GetProperty("key").GetString() == key);

    private static string[] Strings(JsonElement o, string name) => o.GetProperty(name).EnumerateArray().Select(x => x.GetString()!).ToArray();

    private static IEnumerable<JsonElement> All(JsonElement items) => items.EnumerateArray().SelectMany(i => new[] { i }.Concat(All(i.GetProperty("children"))));

    private static string[] Codes(JsonElement plan) => All(plan.GetProperty("priorities")).Select(i => i.GetProperty("code").GetString()!).ToArray();

    private static async Task<int> VersionAsync(HttpClient client, int plan) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/kraje/jihocesky/plany/{plan}")).GetProperty("version").GetInt32();

    private static async Task OkAsync(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");

    private static async Task<int> IdAsync(HttpResponseMessage response)
    {
        await OkAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}

using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Kpss.Plans.Tests;

/// <summary>
/// A measure's responsible party by its IČO, as the kraj's catalogue knows it: the name filled in when only the IČO is
/// given; an IČO the catalogue does not know saved with a Czech warning (not refused); a wrong check digit refused.
/// </summary>
public sealed class ResponsiblePartyTests(PlansHost app) : IClassFixture<PlansHost>
{
    private const string SpolekIco = "76543218";

    private static IEnumerable<JsonElement> All(JsonElement items) =>
        items.EnumerateArray().SelectMany(i => new[] { i }.Concat(All(i.GetProperty("children"))));

    [Fact]
    public async Task TheCataloguesProvider_FillsTheName_AnUnknownIco_IsSavedWithAWarning()
    {
        var admin = await app.ClientAsync(PlansHost.Admin);
        var import = await admin.Http.PostAsync("/api/kraje/jihocesky/katalog/import", new StringContent($$"""
            {"sluzby": [{"identifikator": "9300001", "nazev": "Odlehčovací služba Řečice", "druhSocialniSluzby": "§ 44",
              "poskytovatel": {"ico": "{{SpolekIco}}", "nazev": "Spolek Řečice"},
              "formy": [{"forma": "terénní", "kapacity": [{"hodnota": 5, "jednotka": "klient"}]}],
              "zarizeni": [{"adresa": "Hlavní 2", "obec": "Jindřichův Hradec", "orp": "Jindřichův Hradec"}],
              "ciloveSkupiny": ["senioři"], "platnostOd": "2020-01-01"}]}
            """, Encoding.UTF8, "application/json"));
        await PlansClient.EnsureOkAsync(import);
        var api = await app.ClientAsync();
        var plan = await api.CreateAsync(PlansClient.Sprss("Plán s odpovědnými subjekty"));
        var p = await api.AddItemAsync(plan, new() { ["title"] = "Priorita", ["category"] = "systemova" });
        var g = await api.AddItemAsync(plan, new() { ["parentId"] = p, ["title"] = "Cíl" });

        var known = await api.AddItemRawAsync(plan, new { parentId = g, title = "Odlehčovací služba", responsibleIco = SpolekIco, version = await api.VersionAsync(plan) });
        await PlansClient.EnsureOkAsync(known);
        var knownAnswer = await known.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, knownAnswer.GetProperty("warnings").ValueKind);
        var unknown = await api.AddItemRawAsync(plan, new { parentId = g, title = "Dostupné bydlení", responsible = "Město Tábor", responsibleIco = "00246875", version = await api.VersionAsync(plan) });
        await PlansClient.EnsureOkAsync(unknown);
        var warning = Assert.Single((await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warnings").EnumerateArray());
        Assert.StartsWith("Poskytovatele s IČO 00246875 katalog kraje nezná.", warning.GetString());

        var items = All((await api.GetAsync(plan)).GetProperty("priorities")).ToList();
        Assert.Equal("Spolek Řečice", items.Single(i => i.GetProperty("id").GetInt32() == knownAnswer.GetProperty("id").GetInt32()).GetProperty("responsible").GetString());
        Assert.Contains(items, i => i.GetProperty("responsible").GetString() == "Město Tábor" && i.GetProperty("responsibleIco").GetString() == "00246875");

        // The page says the same after its form.
        var page = await api.Http.GetStringAsync($"/jihocesky/plany/priprava/{plan}");
        Assert.Contains("Spolek Řečice", page);
    }
}

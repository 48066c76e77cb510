using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kpss.Catalogue.Data;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Catalogue.Tests;

/// <summary>What the catalogue's import tests send and read: sample files, generated registers, the import API.</summary>
internal static class ImportFiles
{
    public static string Sample(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Kpss.Catalogue.Tests", "Samples", name));

    public static List<string> Errors(JsonElement report) => report.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>Posts <paramref name="body"/> to the Jihočeský kraj's import API as its regional admin.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Report)> ImportAsync(this CatalogueHost app, string body, string format = "json", bool dryRun = false)
    {
        var admin = await app.SignedInClientAsync(CatalogueHost.JihoceskyAdmin);
        var response = await admin.PostAsync($"/api/kraje/jihocesky/katalog/import?format={format}&nanecisto={dryRun.ToString().ToLowerInvariant()}",
            new StringContent(body, Encoding.UTF8, format == "json" ? "application/json" : "text/csv"));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>How many of these register identifiers are stored, in any kraj.</summary>
    public static async Task<int> CountAsync(this CatalogueHost app, params string[] registerIds)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Services.IgnoreQueryFilters().CountAsync(s => registerIds.Contains(s.RegisterId));
    }

    public static string ManyServices(int count, string namePrefix, int idBase = 7_700_000, int icoBase = 7_710_000) => JsonSerializer.Serialize(new
    {
        sluzby = Enumerable.Range(0, count).Select(i => new
        {
            identifikator = (idBase + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
            nazev = $"{namePrefix} {i}",
            druhSocialniSluzby = "§ 40",
            poskytovatel = new { ico = Kpss.Modules.Abstractions.Ico.Complete((icoBase + i / 5).ToString(System.Globalization.CultureInfo.InvariantCulture)), nazev = $"Hromadný poskytovatel {i / 5}" },
            formy = new[] { new { forma = "terénní", kapacity = new[] { new { hodnota = 10 + i % 7, jednotka = "klient" } } } },
            zarizeni = new[] { new { adresa = $"Hlavní {i}", obec = "Tábor", orp = "Tábor" } },
            ciloveSkupiny = new[] { "senioři" },
            platnostOd = "2020-01-01",
        }),
    });
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kpss.Catalogue.Data;
using Kpss.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Catalogue.Tests;

/// <summary>
/// The import's rules one by one: each bad field refused with its own Czech reason (and nothing else), each changed field
/// named, what did not change left alone, what a file says about one provider in several records merged.
/// </summary>
public sealed class ImportRulesTests(CatalogueHost app) : IClassFixture<CatalogueHost>
{
    /// <summary>A valid service in ORP Soběslav (Jihočeský kraj); each test gives its own identifier and IČO.</summary>
    private static JsonObject Record(string id, string ico) => new()
    {
        ["identifikator"] = id,
        ["nazev"] = "Pečovatelská služba Soběslav " + id,
        ["druhSocialniSluzby"] = "pečovatelská služba",
        ["poskytovatel"] = new JsonObject { ["ico"] = ico, ["nazev"] = "Spolek Soběslav " + ico, ["adresa"] = "Náměstí 1, Soběslav" },
        ["formy"] = new JsonArray(new JsonObject
        {
            ["forma"] = "terénní",
            ["kapacity"] = new JsonArray(new JsonObject { ["hodnota"] = 30, ["jednotka"] = "klient" }, new JsonObject { ["hodnota"] = 200, ["jednotka"] = "intervence" }),
        }),
        ["zarizeni"] = new JsonArray(
            new JsonObject { ["nazev"] = "Středisko", ["adresa"] = "Husova 3", ["obec"] = "Soběslav", ["orp"] = "Soběslav" },
            new JsonObject { ["nazev"] = "Pobočka", ["adresa"] = "Tyršova 8", ["obec"] = "Veselí nad Lužnicí", ["orp"] = "Soběslav" }),
        ["ciloveSkupiny"] = new JsonArray("senioři", "osoby se zdravotním postižením"),
        ["platnostOd"] = "2015-01-01",
    };

    private static string Ico(int n) => Kpss.Modules.Abstractions.Ico.Complete((8_100_000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string File(params JsonObject[] records) =>
        new JsonObject { ["sluzby"] = new JsonArray(records.Select(r => r.DeepClone()).ToArray()) }.ToJsonString();

    private async Task<(HttpStatusCode Status, JsonElement Report)> ImportAsync(string body, bool dryRun, string user = CatalogueHost.JihoceskyAdmin, string kraj = "jihocesky")
    {
        var client = await app.SignedInClientAsync(user);
        var response = await client.PostAsync($"/api/kraje/{kraj}/katalog/import?format=json&nanecisto={dryRun.ToString().ToLowerInvariant()}",
            new StringContent(body, Encoding.UTF8, "application/json"));
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static List<string> Errors(JsonElement report) => report.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();

    private static Dictionary<string, JsonElement> Changes(JsonElement report) =>
        report.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("registerId").GetString()!);

    private static List<string?> Fields(JsonElement change) => change.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()).ToList();

    private async Task<T> ReadAsync<T>(Func<CatalogueDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<CatalogueDbContext>());
    }

    private static readonly Dictionary<string, Action<JsonObject>> BadFields = new()
    {
        ["bez identifikátoru"] = r => r.Remove("identifikator"),
        ["identifikátor s písmenem"] = r => r["identifikator"] = "55A1",
        ["bez názvu"] = r => r["nazev"] = "   ",
        ["dlouhý název"] = r => r["nazev"] = new string('x', 301),
        ["bez druhu"] = r => r.Remove("druhSocialniSluzby"),
        ["bez IČO"] = r => r["poskytovatel"]!.AsObject().Remove("ico"),
        ["bez názvu poskytovatele"] = r => r["poskytovatel"]!["nazev"] = " ",
        ["bez formy"] = r => r["formy"] = new JsonArray(),
        ["záporná kapacita"] = r => r["formy"]![0]!["kapacity"]![0]!["hodnota"] = -1,
        ["neznámá jednotka"] = r => r["formy"]![0]!["kapacity"]![0]!["jednotka"] = "kusy",
        ["bez cílové skupiny"] = r => r["ciloveSkupiny"] = new JsonArray(),
        ["zařízení bez obce"] = r => r["zarizeni"]![0]!.AsObject().Remove("obec"),
        ["neznámá ORP zařízení"] = r => r["zarizeni"]![1]!["orp"] = "Atlantida",
        ["neznámá ORP působnosti"] = r => r["uzemniPusobnost"] = new JsonObject { ["orp"] = new JsonArray("Soběslav", "Atlantida") },
        ["bez zařízení i působnosti"] = r => r["zarizeni"] = new JsonArray(),
        ["záporný věk"] = r => r["vekOd"] = -1,
        ["věk nad 130"] = r => r["vekDo"] = 131,
        ["věk od je nad věkem do"] = r => { r["vekOd"] = 30; r["vekDo"] = 29; },
        ["bez platnosti od"] = r => r.Remove("platnostOd"),
        ["platnost do není datum"] = r => r["platnostDo"] = "zítra",
    };

    [Theory]
    [InlineData("bez identifikátoru", "Záznam 1: chybí identifikátor služby.")]
    [InlineData("identifikátor s písmenem", "Záznam 1 (identifikátor 55A1): identifikátor „55A1“ musí být číslo.")]
    [InlineData("bez názvu", "Záznam 1 (identifikátor 8200001): chybí název služby.")]
    [InlineData("dlouhý název", "Záznam 1 (identifikátor 8200001): název služby je delší než 300 znaků.")]
    [InlineData("bez druhu", "Záznam 1 (identifikátor 8200001): chybí druh sociální služby.")]
    [InlineData("bez IČO", "Záznam 1 (identifikátor 8200001): chybí IČO poskytovatele.")]
    [InlineData("bez názvu poskytovatele", "Záznam 1 (identifikátor 8200001): chybí název poskytovatele.")]
    [InlineData("bez formy", "Záznam 1 (identifikátor 8200001): chybí forma poskytování (ambulantní, terénní, pobytová).")]
    [InlineData("záporná kapacita", "Záznam 1 (identifikátor 8200001): kapacita formy terénní musí být nezáporné celé číslo.")]
    [InlineData("neznámá jednotka", "Záznam 1 (identifikátor 8200001): neznámá jednotka kapacity „kusy“ (klient, kontakt, intervence, lůžka, hovor).")]
    [InlineData("bez cílové skupiny", "Záznam 1 (identifikátor 8200001): chybí cílová skupina.")]
    [InlineData("zařízení bez obce", "Záznam 1 (identifikátor 8200001): zařízení nemá obec.")]
    [InlineData("neznámá ORP zařízení", "Záznam 1 (identifikátor 8200001): neznámá ORP „Atlantida“.")]
    [InlineData("neznámá ORP působnosti", "Záznam 1 (identifikátor 8200001): neznámá ORP působnosti „Atlantida“.")]
    [InlineData("bez zařízení i působnosti", "Záznam 1 (identifikátor 8200001): chybí zařízení nebo územní působnost (ORP).")]
    [InlineData("záporný věk", "Záznam 1 (identifikátor 8200001): věkové rozmezí není platné.")]
    [InlineData("věk nad 130", "Záznam 1 (identifikátor 8200001): věkové rozmezí není platné.")]
    [InlineData("věk od je nad věkem do", "Záznam 1 (identifikátor 8200001): věkové rozmezí není platné.")]
    [InlineData("bez platnosti od", "Záznam 1 (identifikátor 8200001): chybí datum platnosti od.")]
    [InlineData("platnost do není datum", "Záznam 1 (identifikátor 8200001): datum platnosti do „zítra“ není datum.")]
    public async Task EachBadField_IsRefusedWithItsOwnReason_AndNothingElse(string bad, string expected)
    {
        var record = Record("8200001", Ico(1));
        BadFields[bad](record);

        var (status, report) = await ImportAsync(File(record), dryRun: false);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([expected], Errors(report));
        Assert.Equal(0, await ReadAsync(db => db.Services.IgnoreQueryFilters().CountAsync(s => s.RegisterId == "8200001")));
    }

    [Fact]
    public async Task TheLimitsThemselves_AreAccepted_AndDatesAreReadInEachWrittenForm()
    {
        // At each limit: a 300-character name, capacity 0, ages 0 and 130, equal ages, a service that also works in
        // another kraj's ORP, ORP written with its prefix or in lower case; dates as the register writes them, as people type them, and with a time.
        var longName = Record("8200101", Ico(101));
        longName["nazev"] = new string('n', 300);
        longName["formy"]![0]!["kapacity"]![0]!["hodnota"] = 0;
        longName["vekOd"] = 0;
        longName["vekDo"] = 130;
        longName["platnostOd"] = "1.7.2012";
        var sameAges = Record("8200102", Ico(101));
        sameAges["vekOd"] = 18;
        sameAges["vekDo"] = 18;
        sameAges["platnostOd"] = " 1. 7. 2012 ";
        sameAges["uzemniPusobnost"] = new JsonObject { ["orp"] = new JsonArray(CatalogueHost.Brno) };
        sameAges["zarizeni"]![0]!["orp"] = "ORP Soběslav";
        sameAges["zarizeni"]![1]!["orp"] = "soběslav";
        var withTime = Record("8200103", Ico(101));
        withTime["platnostOd"] = "2012-07-01T00:00:00";
        withTime["platnostDo"] = "31.12.2030";

        var (status, report) = await ImportAsync(File(longName, sameAges, withTime), dryRun: false);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(Errors(report));
        Assert.Equal(3, report.GetProperty("created").GetInt32());
        var stored = await ReadAsync(db => db.Services.IgnoreQueryFilters().AsNoTracking().Include(s => s.Capacities)
            .Where(s => s.RegisterId.StartsWith("82001")).OrderBy(s => s.RegisterId).ToListAsync());
        Assert.All(stored, s => Assert.Equal(new DateOnly(2012, 7, 1), s.ValidFrom));
        Assert.Equal(new DateOnly(2030, 12, 31), stored[2].ValidTo);
        Assert.Equal((0, 130), (stored[0].AgeFrom, stored[0].AgeTo));
        Assert.Contains(stored[0].Capacities, c => c is { Value: 0, Unit: "klient" });
        Assert.Equal($"|3110|{CatalogueHost.Brno}|", stored[1].OrpCodes);
    }

    [Fact]
    public async Task AFileAsAWhole_IsRefused_WhenEmpty_WithAnIdentifierTwice_OrOneIcoUnderTwoNames()
    {
        var (emptyStatus, empty) = await ImportAsync("""{ "sluzby": [] }""", dryRun: false);
        Assert.Equal(HttpStatusCode.BadRequest, emptyStatus);
        Assert.Equal(["Soubor neobsahuje žádnou službu."], Errors(empty));

        var first = Record("8200201", Ico(201));
        var again = Record("8200201", Ico(201));
        var third = Record("8200202", Ico(201));
        third["poskytovatel"]!["nazev"] = "Jiný název téhož IČO";
        var (status, report) = await ImportAsync(File(first, again, third), dryRun: false);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            [
                "Identifikátor 8200201 je v souboru vícekrát: Záznam 1, Záznam 2.",
                $"Poskytovatel s IČO {Ico(201)} má v souboru různé názvy: Záznam 1, Záznam 2, Záznam 3.",
            ], Errors(report));
        Assert.Equal(0, await ReadAsync(db => db.Providers.IgnoreQueryFilters().CountAsync(p => p.Ico == Ico(201))));
    }

    [Fact]
    public async Task AnotherKrajsServiceOrProvider_CannotBeImportedIntoThisKraj()
    {
        // Jihomoravský kraj's admin imports a service of Brno under an identifier and an IČO that Jihočeský kraj holds.
        var theirService = Record("1001", Ico(301));
        var theirProvider = Record("8200301", Kpss.Modules.Abstractions.Ico.Complete("0024687"));
        foreach (var r in new[] { theirService, theirProvider })
        {
            r["zarizeni"] = new JsonArray(new JsonObject { ["adresa"] = "Kounicova 10", ["obec"] = "Brno", ["orp"] = CatalogueHost.Brno });
            r["poskytovatel"]!["nazev"] = "Sdružení " + r["identifikator"];
        }

        var (status, report) = await ImportAsync(File(theirService, theirProvider), dryRun: false, CatalogueHost.JihomoravskyAdmin, "jihomoravsky");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(
            [
                "Záznam 1 (identifikátor 1001): služba je vedena v katalogu jiného kraje.",
                $"Záznam 2 (identifikátor 8200301): poskytovatel s IČO {Kpss.Modules.Abstractions.Ico.Complete("0024687")} je veden v jiném kraji.",
            ], Errors(report));
        var service = await ReadAsync(db => db.Services.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.RegisterId == "1001"));
        Assert.Equal(("CZ031", "Pečovatelská služba Jindřichův Hradec"), (service.KrajCode, service.Name));
        Assert.Equal(0, await ReadAsync(db => db.Services.IgnoreQueryFilters().CountAsync(s => s.RegisterId == "8200301")));
    }

    private static readonly Dictionary<string, Action<JsonObject>> Edits = new()
    {
        ["název"] = r => r["nazev"] = "Pečovatelská služba Soběslav a okolí",
        ["druh"] = r => r["druhSocialniSluzby"] = "§ 41",
        ["formy"] = r => r["formy"]!.AsArray().Add(new JsonObject { ["forma"] = "ambulantní" }),
        ["cílové skupiny"] = r => r["ciloveSkupiny"]!.AsArray().Add("osoby v krizi"),
        ["věk"] = r => r["vekOd"] = 65,
        ["provozní doba"] = r => r["provozniDoba"] = "Po–Pá 7:00–15:30",
        ["popis"] = r => r["popis"] = "Pomoc v domácnosti a dovoz obědů.",
        ["platnost"] = r => r["platnostDo"] = "2030-12-31",
        ["působnost"] = r => r["uzemniPusobnost"] = new JsonObject { ["obce"] = new JsonArray("Soběslav", "Tučapy") },
        ["zařízení"] = r => r["zarizeni"]![1]!["adresa"] = "Tyršova 9",
        ["kapacity"] = r => r["formy"]![0]!["kapacity"]![1]!["hodnota"] = 201,
        ["údaje poskytovatele"] = r => r["poskytovatel"]!["email"] = "info@spolek-sobeslav.test.example",
        ["poskytovatel"] = r => r["poskytovatel"] = new JsonObject { ["ico"] = Ico(499), ["nazev"] = "Nový poskytovatel" },
    };

    [Theory]
    [InlineData(1, "název")]
    [InlineData(2, "druh")]
    [InlineData(3, "formy")]
    [InlineData(4, "cílové skupiny")]
    [InlineData(5, "věk")]
    [InlineData(6, "provozní doba")]
    [InlineData(7, "popis")]
    [InlineData(8, "platnost")]
    [InlineData(9, "působnost")]
    [InlineData(10, "zařízení")]
    [InlineData(11, "kapacity")]
    [InlineData(12, "údaje poskytovatele")]
    [InlineData(13, "poskytovatel")]
    public async Task AReimport_NamesExactlyTheFieldThatChanged_AndRecordsItInTheHistory(int n, string field)
    {
        var id = (8_200_400 + n).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(File(Record(id, Ico(400 + n))), dryRun: false)).Status);
        var edited = Record(id, Ico(400 + n));
        Edits[field](edited);

        var (dryStatus, dry) = await ImportAsync(File(edited), dryRun: true);
        var (status, applied) = await ImportAsync(File(edited), dryRun: false);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (dryStatus, status));
        Assert.Equal([field], Fields(Changes(dry)[id]));
        Assert.Equal("změněná", Changes(applied)[id].GetProperty("action").GetString());
        var history = await ReadAsync(db => db.History.IgnoreQueryFilters().Where(h => h.Service!.RegisterId == id).OrderBy(h => h.Id).Select(h => h.Summary).ToListAsync());
        Assert.Equal(["založena importem", "import změnil: " + field], history);
        // And once written, the same file again changes nothing.
        var (_, repeated) = await ImportAsync(File(edited), dryRun: true);
        Assert.Equal("beze změny", Changes(repeated)[id].GetProperty("action").GetString());
    }

    [Fact]
    public async Task TheSameServiceListedInAnotherOrder_IsUnchanged_AndAnUnchangedServiceIsNotWrittenAtAll()
    {
        const string id = "8200501";
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(File(Record(id, Ico(501))), dryRun: false)).Status);
        var before = await ReadAsync(db => db.Services.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.RegisterId == id));
        var reordered = Record(id, Ico(501));
        foreach (var list in new[] { reordered["zarizeni"]!.AsArray(), reordered["formy"]![0]!["kapacity"]!.AsArray(), reordered["ciloveSkupiny"]!.AsArray() })
        {
            var items = list.Select(i => i!.DeepClone()).Reverse().ToList();
            list.Clear();
            items.ForEach(list.Add);
        }

        var (status, report) = await ImportAsync(File(reordered), dryRun: false);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((0, 0, 1), (report.GetProperty("created").GetInt32(), report.GetProperty("updated").GetInt32(), report.GetProperty("unchanged").GetInt32()));
        var after = await ReadAsync(db => db.Services.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.RegisterId == id));
        Assert.Equal((before.Version, before.UpdatedAtUtc), (after.Version, after.UpdatedAtUtc));
        Assert.Equal(1, await ReadAsync(db => db.History.IgnoreQueryFilters().CountAsync(h => h.Service!.RegisterId == id)));
    }

    [Fact]
    public async Task AReimport_ReplacesTheFacilitiesAndCapacities_InsteadOfAddingToThem()
    {
        const string id = "8200601";
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(File(Record(id, Ico(601))), dryRun: false)).Status);
        var fewer = Record(id, Ico(601));
        fewer["zarizeni"]!.AsArray().RemoveAt(0);
        fewer["formy"]![0]!["kapacity"]!.AsArray().RemoveAt(1);

        var (status, report) = await ImportAsync(File(fewer), dryRun: false);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["zařízení", "kapacity"], Fields(Changes(report)[id]));
        var service = await ReadAsync(db => db.Services.IgnoreQueryFilters().AsNoTracking().Include(s => s.Facilities).Include(s => s.Capacities).AsSplitQuery()
            .SingleAsync(s => s.RegisterId == id));
        Assert.Equal(["Tyršova 8"], service.Facilities.Select(f => f.Address));
        Assert.Equal([(30, "klient")], service.Capacities.Select(c => (c.Value, c.Unit)));
        Assert.Equal(1, await ReadAsync(db => db.Facilities.CountAsync(f => f.ServiceId == service.Id)));
        Assert.Equal(1, await ReadAsync(db => db.Capacities.CountAsync(c => c.ServiceId == service.Id)));
    }

    [Fact]
    public async Task AProvidersDetails_SpreadOverSeveralRecords_AreMergedIntoOne()
    {
        var first = Record("8200701", Ico(701));
        first["poskytovatel"]!["pravniForma"] = "spolek";
        var second = Record("8200702", Ico(701));
        second["poskytovatel"]!.AsObject().Remove("adresa");
        second["poskytovatel"]!["email"] = "info@spolek701.test.example";
        second["poskytovatel"]!["telefon"] = "+420 381 000 701";
        second["poskytovatel"]!["web"] = "https://spolek701.test.example";
        second["poskytovatel"]!["statutarniOrgan"] = "Jana Nováková, předsedkyně";

        var (status, _) = await ImportAsync(File(first, second), dryRun: false);

        Assert.Equal(HttpStatusCode.OK, status);
        var provider = await ReadAsync(db => db.Providers.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Ico == Ico(701)));
        Assert.Equal(("spolek", "Náměstí 1, Soběslav", "Jana Nováková, předsedkyně", "info@spolek701.test.example", "+420 381 000 701", "https://spolek701.test.example"),
            (provider.LegalForm, provider.Seat, provider.StatutoryBody, provider.Email, provider.Phone, provider.Web));
        Assert.Equal(2, await ReadAsync(db => db.Services.IgnoreQueryFilters().CountAsync(s => s.ProviderId == provider.Id)));
    }
}

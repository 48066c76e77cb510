namespace Kpss.Host.Tests.Isolation;

/// <summary>
/// A body each JSON write would accept from the seeded kraj's own admin, so that a call from elsewhere is refused for
/// whom it comes from and not for a malformed body. A write without a sample here is sent <c>{}</c> (the database
/// must still stay as it was); <see cref="IsolationSweepTests"/> lists the writes that lack one.
/// </summary>
public static class SampleBodies
{
    private static readonly object Meeting = new
    {
        kind = "WorkingGroup", title = "Jednání", date = "2027-02-10", startTime = "15:00", endTime = "17:00", place = "MěÚ",
        barrierFree = true, version = 1, agenda = Array.Empty<object>(),
    };

    public static readonly IReadOnlyDictionary<string, object> Json = new Dictionary<string, object>
    {
        ["PUT /api/kraje/{kraj}/jednani/{meetingId:int}"] = Meeting,
        ["PUT /api/kraje/{kraj}/jednani/{meetingId:int}/dochazka"] = new { marks = new Dictionary<string, string>() },
        ["POST /api/kraje/{kraj}/jednani/{meetingId:int}/naplanovat"] = new { emails = Array.Empty<string>() },
        ["POST /api/kraje/{kraj}/jednani/{meetingId:int}/pozvat"] = new { emails = new[] { "host@sweep.test.example" } },
        ["PUT /api/kraje/{kraj}/jednani/{meetingId:int}/zapis"] = new { proceedings = "Průběh", outputs = "", decisions = "", recorder = "Jana", tasks = Array.Empty<object>(), version = 1 },
        ["POST /api/kraje/{kraj}/jednani/{meetingId:int}/zapis/stav"] = new { to = "SentForComments", version = 1 },
        ["POST /api/kraje/{kraj}/jednani/{meetingId:int}/zrusit"] = new { version = 1 },
        ["PUT /api/kraje/{kraj}/kalendar/{pluginId}/{key}/{year:int}"] = new { start = "21. 4. 2027", end = "12. 5. 2027" },
        ["POST /api/kraje/{kraj}/katalog/navrhy/{requestId:int}/rozhodnuti"] = new { approve = true },
        ["POST /api/kraje/{kraj}/katalog/{id:int}/navrhy"] = new
        {
            description = "Nový popis", openingHours = "po–pá 7:00–15:30", targetGroups = new[] { "senioři" },
            email = "sluzba@sweep.test.example", phone = "+420 384 000 111", web = "https://sweep.test.example",
        },
        ["PUT /api/kraje/{kraj}/katalog/{id:int}/sit"] = new { inNetwork = true, part = "základní", capacity = 10, capacityUnit = "klient", fte = 1.5m },
        ["POST /api/kraje/{kraj}/plany/{planId:int}/aktualizace"] = new { version = 1 },
        ["PUT /api/kraje/{kraj}/plany/{planId:int}/kapitoly/{key}"] = new { text = "Text", version = 1 },
        ["POST /api/kraje/{kraj}/plany/{planId:int}/polozky"] = new { parentId = (int?)null, title = "Priorita", category = "systemova", version = 1 },
        ["PUT /api/kraje/{kraj}/plany/{planId:int}/polozky/{itemId:int}"] = new { parentId = (int?)null, title = "Priorita", category = "systemova", version = 1 },
        ["POST /api/kraje/{kraj}/plany/{planId:int}/polozky/{itemId:int}/poradi"] = new { position = 1, version = 1 },
        ["POST /api/kraje/{kraj}/plany/{planId:int}/pripominkovani"] = new { commentsFrom = "2027-01-04", commentsTo = "2027-01-29", version = 1 },
        ["POST /api/kraje/{kraj}/plany/{planId:int}/pripominkovani/konec"] = new { version = 1 },
        ["POST /api/kraje/{kraj}/plany/{planId:int}/projednani"] = new { date = "2027-02-10", start = "15:00", end = "17:00", place = "Krajský úřad", version = 1 },
        ["POST /api/kraje/{kraj}/plany/{planId:int}/projednani/konec"] = new { version = 1 },
        ["POST /api/kraje/{kraj}/plany/{planId:int}/schvaleni"] = new { approvedBy = "Zastupitelstvo kraje", resolution = "1/2027", approvedOn = "2026-11-30", version = 1 },
        ["PUT /api/kraje/{kraj}/pluginy/{pluginId}"] = new { enabled = false },
        ["POST /api/kraje/{kraj}/procesy"] = new
        {
            name = "Komunitní plánování ORP Tábor", areaKind = "Orp", areaName = "ORP Tábor", orpCsuCode = 3112, periodFrom = "2026-01-01", periodTo = "2027-12-31",
        },
        ["POST /api/kraje/{kraj}/plany/"] = new
        {
            kind = "Sprss", title = "Střednědobý plán 2030–2032", fromYear = 2030, toYear = 2032, area = "celý kraj", approvingBody = "Zastupitelstvo kraje",
        },
        ["POST /api/kraje/{kraj}/procesy/{processId:int}/skupiny"] = new { kind = "WorkingGroup", name = "Nová skupina" },
        ["POST /api/kraje/{kraj}/skupiny/{groupId:int}/clenove"] = new
        {
            name = "Nový člen", email = "novy.clen@sweep.test.example", role = "Poskytovatel", function = "Member", from = "2026-01-01",
        },
        ["POST /api/kraje/{kraj}/skupiny/{groupId:int}/jednani"] = Meeting,
    };

    /// <summary>Writes that take no body (their input is the address: a signed link).</summary>
    public static readonly IReadOnlySet<string> NoBody = new HashSet<string> { "POST /oznameni/odhlasit" };

    /// <summary>Writes whose body is not JSON: the content type and the text.</summary>
    public static readonly IReadOnlyDictionary<string, (string ContentType, string Text)> Other = new Dictionary<string, (string, string)>
    {
        ["POST /api/kraje/{kraj}/skupiny/{groupId:int}/clenove/import"] = ("text/csv", "jmeno;email;role\nDalší člen;dalsi.clen@sweep.test.example;Poskytovatel\n"),
        ["POST /api/kraje/{kraj}/katalog/import"] = ("application/json", """
            {"sluzby": [{"identifikator": "9100002", "nazev": "Odlehčovací služba Jindřichův Hradec", "druhSocialniSluzby": "§ 44",
              "poskytovatel": {"ico": "76543218", "nazev": "Spolek Řečice"},
              "formy": [{"forma": "terénní", "kapacity": [{"hodnota": 5, "jednotka": "klient"}]}],
              "zarizeni": [{"adresa": "Hlavní 2", "obec": "Jindřichův Hradec", "orp": "Jindřichův Hradec"}],
              "ciloveSkupiny": ["senioři"], "platnostOd": "2020-01-01"}]}
            """),
    };

    /// <summary>A seeded member's address: the personal-data desks find them, and would hand out or erase their data.</summary>
    public static readonly string SeededPerson = $"jana.{SweepHost.Secret.ToLowerInvariant()}@members.test.example";

    /// <summary>The fields of page forms (besides the antiforgery token) whose refusal must be for the caller, not an empty form.</summary>
    public static readonly IReadOnlyDictionary<string, Dictionary<string, string>> Form = new Dictionary<string, Dictionary<string, string>>
    {
        ["POST {kraj}/admin/osobni-udaje?handler=Erase"] = new() { ["email"] = SeededPerson, ["potvrzeni"] = SeededPerson },
        ["POST admin/osobni-udaje?handler=Erase"] = new() { ["email"] = SeededPerson, ["potvrzeni"] = SeededPerson },
    };

    /// <summary>Query strings some calls need besides the route (a deletion's plan version, the person a desk looks up).</summary>
    public static readonly IReadOnlyDictionary<string, string> Query = new Dictionary<string, string>
    {
        ["GET {kraj}/admin/osobni-udaje"] = "email=" + Uri.EscapeDataString(SeededPerson),
        ["GET {kraj}/admin/osobni-udaje?handler=Json"] = "email=" + Uri.EscapeDataString(SeededPerson),
        ["GET {kraj}/admin/osobni-udaje?handler=Text"] = "email=" + Uri.EscapeDataString(SeededPerson),
        ["GET admin/osobni-udaje"] = "email=" + Uri.EscapeDataString(SeededPerson),
        ["GET admin/osobni-udaje?handler=Json"] = "email=" + Uri.EscapeDataString(SeededPerson),
        ["GET admin/osobni-udaje?handler=Text"] = "email=" + Uri.EscapeDataString(SeededPerson),
        ["DELETE /api/kraje/{kraj}/plany/{planId:int}/polozky/{itemId:int}"] = "verze=1",
        ["GET /api/kraje/{kraj}/plany/{planId:int}/porovnani"] = "od=navrh&do=navrh",
        ["GET {kraj}/plany/priprava/{id:int}/porovnani"] = "od=navrh&do=navrh",
    };

    /// <summary>
    /// The current version of the plan or meeting a write changes (what its body's <c>version</c> must say), read as
    /// the seeded kraj's admin; null where the route changes neither, or the row's version is not shown (minutes).
    /// </summary>
    public static async Task<int?> CurrentVersionAsync(HttpClient admin, SweptCall call, IReadOnlyDictionary<string, string> ids)
    {
        var route = call.Route.RawText!;
        if (route.Contains("/zapis", StringComparison.Ordinal))
        {
            // The minutes' version is in their page's form (the API shows the meeting's).
            var path = $"/{SweepHost.Kraj}/jednani/{ids["meeting"]}/zapis";
            var form = PageForms.Find(await admin.GetStringAsync(path), path, "Save");
            var field = form?.FirstOrDefault(f => f.Key.EndsWith("version", StringComparison.OrdinalIgnoreCase)).Value;
            return int.TryParse(field, out var minutes) ? minutes : null;
        }
        var read = route.Contains("{planId", StringComparison.Ordinal) ? $"/api/kraje/{SweepHost.Kraj}/plany/{ids["plan"]}"
            : route.Contains("{meetingId", StringComparison.Ordinal) ? $"/api/kraje/{SweepHost.Kraj}/jednani/{ids["meeting"]}" : null;
        if (read is null) return null;
        var json = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>(admin, read);
        return json?["version"]?.GetValue<int>();
    }
}

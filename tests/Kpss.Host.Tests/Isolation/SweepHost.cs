using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kpss.Modules.Abstractions.Security;
using Kpss.Testing;
using Microsoft.Extensions.DependencyInjection;

// The one seeded kraj every sweep, the control and the contract walk share; what Plans and Evaluation seed is in
// SweepHost.Plans.cs and SweepHost.Evaluation.cs (split next: meetings, catalogue, accounts).
namespace Kpss.Host.Tests.Isolation;

/// <summary>
/// The host with one kraj full of data — Jihočeský, made through the modules' own APIs as its regional admin would:
/// a process, a group with members, a scheduled meeting with attendance and draft minutes, a catalogue import with a
/// provider's proposed change, the process's draft community plan with a chapter and an item, a second plan in comment
/// with a confirmed public comment and an empty action plan under it, API keys, the kraj's plugin and a calendar correction —
/// and the people of another kraj (Jihomoravský: its regional admin and a coordinator) who must not reach it.
/// Every text that is not public carries <see cref="Secret"/>, so an answer that shows any of it is found by a search.
/// </summary>
public partial class SweepHost : KpssAppFactory
{
    /// <summary>In every non-public text of the seeded kraj (names, e-mails, titles, minutes, drafts, file names).</summary>
    public const string Secret = "Skryte7Q";

    public const string Kraj = "jihocesky";
    public const string OtherKraj = "jihomoravsky";
    public const string Admin = "admin@sweep-jc.test.example";
    public const string ProviderEditor = "editor@sweep-jc.test.example";
    public const string OtherAdmin = "admin@sweep-jm.test.example";
    public const string OtherCoordinator = "koordinator@sweep-jm.test.example";
    public const string PlatformAdmin = "spravce@sweep.test.example";
    public const string NarrowedCoordinator = "koordinator-jineho-procesu@sweep-jc.test.example";

    /// <summary>A coordinator of the seeded process who never calls: the kraj's list of users shows the marker through them.</summary>
    private const string SeededProcessCoordinator = "zapisovatelka." + "skryte7q@sweep-jc.test.example";

    private const string ProviderIcoSeven = "7654321";

    /// <summary>The real ids of the seeded kraj's rows, by what they are (see <see cref="RouteValues"/>).</summary>
    public Dictionary<string, string> Ids { get; } = [];

    /// <summary>API keys by caller name (<see cref="Callers"/>).</summary>
    private readonly Dictionary<string, string> _tokens = [];

    /// <summary>Everyone the sweep calls as. The seeded kraj's own admin is not one of them: that is the positive control.</summary>
    public static readonly IReadOnlyList<SweepCaller> Callers =
    [
        new("admin jiného kraje", OtherKraj, KpssRoles.RegionalAdmin),
        new("koordinátor jiného kraje", OtherKraj, KpssRoles.Coordinator),
        new("anonym", null, null),
        new("koordinátor jiného procesu", Kraj, KpssRoles.Coordinator, Narrowed: true),
        new("editor poskytovatele", Kraj, KpssRoles.ProviderEditor),
        new("klíč API správce kraje", Kraj, KpssRoles.RegionalAdmin, Token: true),
        new("klíč API koordinátora kraje", Kraj, KpssRoles.Coordinator, Token: true),
        new("klíč API jiného kraje", OtherKraj, KpssRoles.RegionalAdmin, Token: true),
    ];

    public static SweepCaller Caller(string name) => Callers.Single(c => c.Name == name);

    private Dictionary<string, Dictionary<string, string>>? _ownerForms;

    private readonly Dictionary<string, (HttpClient Client, string Antiforgery)> _owners = [];

    /// <summary>An owner's client (<see cref="OwnerOf"/>), signed in once, with the antiforgery token its forms need.</summary>
    public async Task<(HttpClient Client, string Antiforgery)> OwnerAsync(string email)
    {
        if (!_owners.TryGetValue(email, out var owner))
        {
            var client = await SignedInClientAsync(email);
            _owners[email] = owner = (client, AntiforgeryToken(await client.GetStringAsync("/ucet/zapomenute-heslo")));
        }
        return owner;
    }

    /// <summary>Whose a call is: the platform admin's where the snapshot says so, the provider's editor's for what only
    /// a provider's editor does (their services and proposals), else the seeded kraj's admin's.</summary>
    public static string OwnerOf(SweptCall call) =>
        call.ExpectedAccess.Contains(KpssPolicies.PlatformAdmin, StringComparison.Ordinal) ? PlatformAdmin
        : call.Route.RawText!.Contains("moje-sluzby", StringComparison.Ordinal)
          || call.Method == "POST" && call.Route.RawText.TrimStart('/') == "api/kraje/{kraj}/katalog/{id:int}/navrhy" ? ProviderEditor
        : Admin;

    /// <summary>The page forms as their owner sees them (<see cref="PageForms"/>), read once, with the fields
    /// <see cref="SampleBodies.Form"/> adds (the person a desk would erase): call → fields.</summary>
    public async Task<IReadOnlyDictionary<string, Dictionary<string, string>>> OwnerFormsAsync(IReadOnlyList<SweptCall> calls)
    {
        if (_ownerForms is not null) return _ownerForms;
        string? PathOf(SweptCall c) => RouteValues.Fill(c.Route, Kraj, Ids, out _);
        string? QueryOf(string call) => SampleBodies.Query.GetValueOrDefault(call);
        var forms = new Dictionary<string, Dictionary<string, string>>();
        foreach (var owner in calls.GroupBy(OwnerOf))
            foreach (var (call, fields) in await PageForms.ReadAsync(await SignedInClientAsync(owner.Key), owner, PathOf, QueryOf))
                forms[call] = fields;
        foreach (var (call, fields) in SampleBodies.Form)
        {
            var merged = forms.GetValueOrDefault(call) ?? [];
            foreach (var (name, value) in fields)
                merged[name] = value;
            forms[call] = merged;
        }
        return _ownerForms = forms;
    }

    /// <summary>A client that calls as <paramref name="caller"/>: signed in through the form, with an API key, or nobody.</summary>
    public async Task<HttpClient> ClientOfAsync(SweepCaller caller)
    {
        if (caller.Token)
        {
            var client = AnonymousClient();
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _tokens[caller.Name]);
            return client;
        }
        return caller.Name switch
        {
            "anonym" => AnonymousClient(),
            "admin jiného kraje" => await SignedInClientAsync(OtherAdmin),
            "koordinátor jiného kraje" => await SignedInClientAsync(OtherCoordinator),
            "koordinátor jiného procesu" => await SignedInClientAsync(NarrowedCoordinator),
            "editor poskytovatele" => await SignedInClientAsync(ProviderEditor),
            _ => throw new ArgumentException($"no client for {caller}"),
        };
    }

    /// <summary>Notifications are not sent while the sweep runs (the outbox's rows are compared, not the mail).</summary>
    public SweepHost() => Settings["Notifications:DispatchEnabled"] = "false";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(Admin, KpssRoles.RegionalAdmin, "CZ031");
        await CreateUserAsync(PlatformAdmin, KpssRoles.PlatformAdmin);
        await CreateUserAsync(OtherAdmin, KpssRoles.RegionalAdmin, "CZ064");
        await CreateUserAsync(OtherCoordinator, KpssRoles.Coordinator, "CZ064");
        var admin = await SignedInClientAsync(Admin);
        await SeedPluginAndCalendarAsync(admin);
        await SeedMeetingsAsync(admin);
        await SeedCatalogueAsync(admin);
        await SeedPlansAsync(admin);
        await SeedCommentsAsync(admin);
        await SeedEvaluationAsync(admin);
        await SeedAccountsAsync(admin);
    }

    /// <summary>A coordinator narrowed to another process of the kraj, one of the seeded process, and API keys.</summary>
    private async Task SeedAccountsAsync(HttpClient admin)
    {
        var other = await IdAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/procesy", new
        {
            name = "Komunitní plánování ORP Tábor", areaKind = "Orp", areaName = "ORP Tábor", orpCsuCode = 3112,
            periodFrom = "2026-01-01", periodTo = "2027-12-31",
        }));
        await CreateUserAsync(NarrowedCoordinator, KpssRoles.Coordinator, "CZ031", other.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await CreateUserAsync(SeededProcessCoordinator, KpssRoles.Coordinator, "CZ031", Ids["process"]);
        foreach (var caller in Callers.Where(c => c.Token))
        {
            var kraj = caller.Kraj == Kraj ? "CZ031" : "CZ064";
            var made = await InKrajAsync(kraj, sp => sp.GetRequiredService<Kpss.Host.UseCases.ManageApiTokens.ApiTokenBook>()
                .MakeAsync(kraj, $"Integrace {Secret}", caller.Role, null, Admin, CancellationToken.None));
            Assert.True(made.Secret is not null, string.Join(" ", made.Errors.Values));
            _tokens[caller.Name] = made.Secret!;
        }
    }

    private async Task SeedPluginAndCalendarAsync(HttpClient admin)
    {
        await CorrectCalendarAsync(admin);
        Ids["plugin"] = "jihocesky";
        Ids["deadline"] = "action-plan-comments";
        Ids["year"] = "2027";
    }

    /// <summary>The kraj's plugin on and its correction of one deadline (the calendar's row the sweep's ids name), put
    /// (back) in place.</summary>
    public async Task CorrectCalendarAsync(HttpClient admin)
    {
        await OkAsync(await admin.PutAsJsonAsync($"/api/kraje/{Kraj}/pluginy/jihocesky", new { enabled = true }));
        await OkAsync(await admin.PutAsJsonAsync($"/api/kraje/{Kraj}/kalendar/jihocesky/action-plan-comments/2027",
            new { start = "20. 4. 2027", end = "11. 5. 2027" }));
    }

    private async Task SeedMeetingsAsync(HttpClient admin)
    {
        var process = await IdAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/procesy", new
        {
            name = $"Komunitní plánování {Secret}", areaKind = "Orp", areaName = "ORP Jindřichův Hradec", orpCsuCode = 3105,
            periodFrom = "2026-01-01", periodTo = "2027-12-31",
        }));
        var group = await IdAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/procesy/{process}/skupiny",
            new { kind = "WorkingGroup", name = $"Senioři {Secret}" }));
        var members = new List<int>();
        foreach (var (name, function) in new[] { ("Jana", "Recorder"), ("Petr", "Member") })
            members.Add(await IdAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/skupiny/{group}/clenove", new
            {
                name = $"{name} {Secret}", email = $"{name.ToLowerInvariant()}.{Secret.ToLowerInvariant()}@members.test.example",
                phone = "+420 777 000 111", role = "Poskytovatel", function, from = "2026-01-01",
            })));
        var meeting = await IdAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/skupiny/{group}/jednani", new
        {
            kind = "WorkingGroup", title = $"Jednání {Secret}", date = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd"),
            startTime = "15:00", endTime = "17:00", place = "MěÚ Jindřichův Hradec", barrierFree = true, version = 0,
            agenda = new[] { new { title = $"Bod {Secret}", presenter = (string?)null, minutes = 20 } },
        }));
        await OkAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/jednani/{meeting}/naplanovat", new { emails = Array.Empty<string>() }));
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/kraje/{Kraj}/jednani/{meeting}");
        var invitations = detail.GetProperty("invitations").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        await OkAsync(await admin.PutAsJsonAsync($"/api/kraje/{Kraj}/jednani/{meeting}/dochazka",
            new { marks = invitations.ToDictionary(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture), _ => "Present") }));
        await OkAsync(await admin.PutAsJsonAsync($"/api/kraje/{Kraj}/jednani/{meeting}/zapis", new
        {
            proceedings = $"Průběh {Secret}", outputs = "", decisions = "", recorder = $"Jana {Secret}", tasks = Array.Empty<object>(),
        }));
        // A public hearing of the same group: its public page sits beside the group's non-public data.
        var hearing = await IdAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/skupiny/{group}/jednani", new
        {
            kind = "PublicHearing", title = "Veřejné projednání komunitního plánu", date = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"),
            startTime = "15:00", endTime = "17:00", place = "Muzeum fotografie, Jindřichův Hradec", barrierFree = true, version = 0,
            agenda = Array.Empty<object>(),
        }));
        await OkAsync(await admin.PostAsJsonAsync($"/api/kraje/{Kraj}/jednani/{hearing}/naplanovat", new { emails = Array.Empty<string>() }));
        Ids["process"] = process.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Ids["group"] = group.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Ids["meeting"] = meeting.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Ids["member"] = members[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task SeedCatalogueAsync(HttpClient admin)
    {
        var ico = IcoWithCheckDigit(ProviderIcoSeven);
        var file = JsonSerializer.Serialize(new
        {
            sluzby = new[]
            {
                new
                {
                    identifikator = "9100001", nazev = "Pečovatelská služba Kardašova Řečice", druhSocialniSluzby = "§ 40",
                    poskytovatel = new { ico, nazev = "Spolek Řečice" },
                    formy = new[] { new { forma = "terénní", kapacity = new[] { new { hodnota = 12, jednotka = "klient" } } } },
                    zarizeni = new[] { new { adresa = "Hlavní 1", obec = "Kardašova Řečice", orp = "Jindřichův Hradec" } },
                    ciloveSkupiny = new[] { "senioři" }, platnostOd = "2020-01-01",
                },
            },
        });
        var import = await admin.PostAsync($"/api/kraje/{Kraj}/katalog/import?format=json&soubor={Secret}.json",
            new StringContent(file, Encoding.UTF8, "application/json"));
        await OkAsync(import);
        Ids["importRun"] = import.Headers.Location!.OriginalString.Split('/')[^1];
        var found = await admin.GetFromJsonAsync<JsonElement>($"/api/kraje/{Kraj}/katalog?q=kardasova");
        var service = found.GetProperty("items")[0].GetProperty("id").GetInt32();
        await OkAsync(await admin.PutAsJsonAsync($"/api/kraje/{Kraj}/katalog/{service}/sit",
            new { inNetwork = true, part = "základní", capacity = 12, capacityUnit = "klient", fte = 2.5m }));

        await CreateUserAsync(ProviderEditor, KpssRoles.ProviderEditor, "CZ031", ico);
        var editor = await SignedInClientAsync(ProviderEditor);
        var request = await IdAsync(await editor.PostAsJsonAsync($"/api/kraje/{Kraj}/katalog/{service}/navrhy", new
        {
            description = $"Návrh {Secret}", openingHours = "po–pá 7:00–15:30", targetGroups = new[] { "senioři" },
            email = "sluzba@recice.test.example", phone = "+420 384 000 111", web = "https://recice.test.example",
        }));
        Ids["service"] = service.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Ids["changeRequest"] = request.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>An IČO from its first seven digits and the mod-11 check digit.</summary>
    private static string IcoWithCheckDigit(string seven)
    {
        var sum = seven.Select((c, i) => (c - '0') * (8 - i)).Sum();
        var check = (11 - sum % 11) % 10;
        return seven + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    protected static async Task<int> IdAsync(HttpResponseMessage response)
    {
        await OkAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    protected static async Task OkAsync(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.NoContent))
            Assert.Fail($"seeding: {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: " +
                await response.Content.ReadAsStringAsync());
    }
}

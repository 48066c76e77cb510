using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Testing;

namespace Kpss.Host.Tests;

/// <summary>The host on 24 November 2026 (Prague), with the admins of two kraje.</summary>
public sealed class CalendarHost : KpssAppFactory
{
    public CalendarHost() => Clock = new FakeClock(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CreateUserAsync(SharedHost.JihoceskyAdmin, Kpss.Modules.Abstractions.Security.KpssRoles.RegionalAdmin, "CZ031");
        await CreateUserAsync(SharedHost.JihomoravskyAdmin, Kpss.Modules.Abstractions.Security.KpssRoles.RegionalAdmin, "CZ064");
    }
}

/// <summary>A kraj announces exact dates each year; its admin enters them over the plugin's usual ones.</summary>
public sealed class CalendarCorrectionTests(CalendarHost app) : IClassFixture<CalendarHost>
{
    private const string Comments = "/api/kraje/jihocesky/kalendar/jihocesky/action-plan-comments/2027";

    private async Task<HttpClient> AdminWithPluginAsync()
    {
        var admin = await app.SignedInClientAsync(SharedHost.JihoceskyAdmin);
        (await admin.PutAsJsonAsync("/api/kraje/jihocesky/pluginy/jihocesky", new { enabled = true })).EnsureSuccessStatusCode();
        return admin;
    }

    private async Task<JsonElement> EntryAsync(string key)
    {
        var calendars = await app.AnonymousClient().GetFromJsonAsync<JsonElement>("/api/kraje/jihocesky/kalendar");
        return calendars[0].GetProperty("upcoming").EnumerateArray().Single(e => e.GetProperty("key").GetString() == key);
    }

    private static async Task<string> ErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty(field)[0].GetString()!;
    }

    [Fact]
    public async Task TheDesk_ShowsTheKrajsDeadlinesOfTheNextSixtyDays_FromItsCalendar()
    {
        var admin = await AdminWithPluginAsync();

        var desk = await admin.GetStringAsync("/jihocesky/prehled");

        var start = desk.IndexOf("aria-labelledby=\"desk-calendar-deadlines\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no deadlines section on the desk");
        var section = desk[start..desk.IndexOf("</section>", start, StringComparison.Ordinal)];
        Assert.Contains("Schválení aktualizace sítě sociálních služeb (prosincová)", section); // December: within 60 days of 24 November
        Assert.DoesNotContain("Schválení akčního plánu", section); // June
        Assert.Contains("href=\"/jihocesky#kalendar\"", section);
    }

    [Fact]
    public async Task BadDates_AreRefusedInCzech_AndChangeNothing()
    {
        var admin = await AdminWithPluginAsync();

        Assert.Equal("Začátek „31. 2. 2027“ není datum (např. 15. 4. 2027).",
            await ErrorAsync(await admin.PutAsJsonAsync(Comments, new { start = "31. 2. 2027", end = "5. 5. 2027" }), "start"));
        Assert.Equal("Konec musí být týž den jako začátek nebo po něm.",
            await ErrorAsync(await admin.PutAsJsonAsync(Comments, new { start = "20. 4. 2027", end = "10. 4. 2027" }), "end"));
        Assert.StartsWith("Začátek 1. 12. 2027 je příliš daleko od obvyklého termínu roku 2027 (15. 4. 2027)",
            await ErrorAsync(await admin.PutAsJsonAsync(Comments, new { start = "1. 12. 2027", end = "20. 12. 2027" }), "start"));
        Assert.Equal("Rok musí být od 2025 do 2031.",
            await ErrorAsync(await admin.PutAsJsonAsync(Comments.Replace("2027", "2040"), new { start = "20. 4. 2040", end = "11. 5. 2040" }), "year"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync(Comments.Replace("action-plan-comments", "neexistuje"),
            new { start = "20. 4. 2027", end = "11. 5. 2027" })).StatusCode);

        var entry = await EntryAsync("action-plan-comments");
        Assert.False(entry.GetProperty("correctedByKraj").GetBoolean());
        Assert.Equal("2027-04-15", entry.GetProperty("start").GetString());
    }

    [Fact]
    public async Task TheKrajsDates_ReplaceTheUsualOnes_ForThatYear_UntilRemoved()
    {
        var admin = await AdminWithPluginAsync();
        var form = new Dictionary<string, string>
        {
            ["PluginId"] = "jihocesky", ["Key"] = "action-plan-approval", ["Year"] = "2027",
            ["Start"] = "24. 6. 2027", ["End"] = "24. 6. 2027", ["Note"] = "Zasedání zastupitelstva kraje.",
        };

        var saved = await KpssAppFactory.PostFormAsync(admin, "/jihocesky/admin/kalendar", form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await app.AnonymousClient().GetStringAsync("/jihocesky");
        Assert.Contains("24. 6. 2027", page);
        Assert.Contains("upřesněno krajem", page);
        Assert.Contains("Zasedání zastupitelstva kraje.", page);
        var entry = await EntryAsync("action-plan-approval");
        Assert.True(entry.GetProperty("correctedByKraj").GetBoolean());
        Assert.False(entry.GetProperty("monthOnly").GetBoolean());
        Assert.Equal("2027-06-24", entry.GetProperty("end").GetString());
        var adminPage = await admin.GetStringAsync("/jihocesky/admin/kalendar");
        Assert.Contains($"Upřesněno krajem: <strong>24. 6. 2027</strong> ({SharedHost.JihoceskyAdmin}", adminPage);

        var removed = await KpssAppFactory.PostFormAsync(admin, "/jihocesky/admin/kalendar?handler=Remove",
            new() { ["PluginId"] = "jihocesky", ["Key"] = "action-plan-approval", ["Year"] = "2027" }, "/jihocesky/admin/kalendar");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        entry = await EntryAsync("action-plan-approval");
        Assert.False(entry.GetProperty("correctedByKraj").GetBoolean());
        Assert.True(entry.GetProperty("monthOnly").GetBoolean());
        Assert.Contains("červen 2027", await app.AnonymousClient().GetStringAsync("/jihocesky"));
    }

    [Fact]
    public async Task ACorrectionDeletedThroughTheApi_GivesTheUsualDatesBack_AndASecondDeleteFindsNothing()
    {
        var admin = await AdminWithPluginAsync();
        (await admin.PutAsJsonAsync(Comments, new { start = "19. 4. 2027", end = "10. 5. 2027" })).EnsureSuccessStatusCode();
        Assert.Equal("2027-04-19", (await EntryAsync("action-plan-comments")).GetProperty("start").GetString());

        var deleted = await admin.DeleteAsync(Comments);
        var again = await admin.DeleteAsync(Comments);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        var entry = await EntryAsync("action-plan-comments");
        Assert.False(entry.GetProperty("correctedByKraj").GetBoolean());
        Assert.Equal("2027-04-15", entry.GetProperty("start").GetString());
    }

    [Fact]
    public async Task AnotherKrajsAdmin_CannotCorrectThisKrajsCalendar()
    {
        await AdminWithPluginAsync();
        var brno = await app.SignedInClientAsync(SharedHost.JihomoravskyAdmin);
        var dates = new { start = "20. 4. 2027", end = "11. 5. 2027" };

        Assert.Equal(HttpStatusCode.Forbidden, (await brno.PutAsJsonAsync(Comments, dates)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await brno.DeleteAsync(Comments)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await brno.GetAsync("/jihocesky/admin/kalendar")).StatusCode);
        // Its own kraj has no such calendar (the plugin is not enabled there).
        Assert.Equal(HttpStatusCode.NotFound, (await brno.PutAsJsonAsync(Comments.Replace("jihocesky/kalendar", "jihomoravsky/kalendar"), dates)).StatusCode);
        Assert.False((await EntryAsync("action-plan-comments")).GetProperty("correctedByKraj").GetBoolean());
    }
}

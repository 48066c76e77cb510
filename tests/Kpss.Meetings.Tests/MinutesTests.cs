using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Notifications.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Meetings.Tests;

/// <summary>After a meeting: attendance, statistics by triad role, minutes from draft to public, tasks and reminders.</summary>
public sealed class MinutesTests(MeetingsHost app) : IClassFixture<MeetingsHost>
{
    [Fact]
    public async Task AttendanceMinutesAndPublication_FromDraftToThePublicPage()
    {
        app.Clock.Set(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var api = new MeetingsClient(await app.SignedInClientAsync(MeetingsHost.Coordinator), "jihocesky");
        var (groupId, emails) = await api.GroupWithMembersAsync("zapis", 4, "Zadavatel", "Poskytovatel", "Uzivatel", "Poskytovatel");
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        await api.ScheduleAsync(meetingId);
        Assert.Equal(2, await PendingAsync($"meeting:{meetingId}:minutes:")); // 3 and 7 days after, to the recorder

        app.Clock.Set(new DateTime(2026, 3, 12, 16, 30, 0, DateTimeKind.Utc));
        var invitations = (await api.GetMeetingAsync(meetingId)).GetProperty("invitations").EnumerateArray().ToList();
        int Inv(int member) => invitations.Single(i => i.GetProperty("email").GetString() == emails[member]).GetProperty("id").GetInt32();
        var attendance = await api.Http.PutAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingId}/dochazka", new
        {
            marks = new Dictionary<string, string>
            {
                [Inv(0).ToString()] = "Absent", [Inv(1).ToString()] = "Present", [Inv(2).ToString()] = "Excused", [Inv(3).ToString()] = "Present",
            },
        });
        await MeetingsClient.EnsureOkAsync(attendance);

        var stats = await api.Http.GetFromJsonAsync<JsonElement>($"/api/kraje/jihocesky/skupiny/{groupId}/ucast");
        var totals = stats.GetProperty("totals").EnumerateArray().ToDictionary(t => t.GetProperty("role").GetString()!, t => t.GetProperty("present").GetInt32());
        Assert.Equal(0, totals["Zadavatel"]);
        Assert.Equal(2, totals["Poskytovatel"]);
        Assert.Equal(0, totals["Uzivatel"]);

        var save = await api.Http.PutAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingId}/zapis", new
        {
            proceedings = "Skupina byla informována o **střednědobém plánu**.<script>alert(1)</script>",
            outputs = "- aktualizace jednacího řádu", decisions = "", recorder = "Člen 1 zapis",
            tasks = new[] { new { title = "Rozeslat dotazník poskytovatelům", ownerName = "Člen 2", ownerEmail = emails[1], dueDate = "2026-04-15" } },
        });
        await MeetingsClient.EnsureOkAsync(save);
        Assert.Equal(0, await PendingAsync($"meeting:{meetingId}:minutes:"));
        Assert.Equal(1, await PendingAsync("task:"));

        var notPublic = await app.AnonymousClient().GetAsync($"/jihocesky/zapisy/{meetingId}");
        Assert.Equal(HttpStatusCode.NotFound, notPublic.StatusCode);
        for (var (status, version) = ("Approved", 1); ; (status, version) = ("Published", 2))
        {
            await MeetingsClient.EnsureOkAsync(await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingId}/zapis/stav", new { to = status, version }));
            if (status == "Published") break;
        }

        var page = await app.AnonymousClient().GetStringAsync($"/jihocesky/zapisy/{meetingId}");
        Assert.Contains("<strong>střednědobém plánu</strong>", page);
        Assert.DoesNotContain("<script>alert(1)", page);
        Assert.Contains("Rozeslat dotazník poskytovatelům", page);
        Assert.Contains("Člen 2 zapis", page);
        Assert.Contains($"/jihocesky/zapisy/{meetingId}", await app.AnonymousClient().GetStringAsync("/jihocesky/verejne"));
        Assert.Equal("MinutesPublished", (await api.GetMeetingAsync(meetingId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task DraftMinutesSentForComments_GoToThoseWhoWerePresent()
    {
        app.Clock.Set(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var api = new MeetingsClient(await app.SignedInClientAsync(MeetingsHost.Coordinator), "jihocesky");
        var (groupId, emails) = await api.GroupWithMembersAsync("pripominky", 3);
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        await api.ScheduleAsync(meetingId);
        app.Clock.Set(new DateTime(2026, 3, 12, 17, 0, 0, DateTimeKind.Utc));
        var invitations = (await api.GetMeetingAsync(meetingId)).GetProperty("invitations").EnumerateArray().ToList();
        var marks = invitations.ToDictionary(i => i.GetProperty("id").GetInt32().ToString(),
            i => i.GetProperty("email").GetString() == emails[2] ? "Absent" : "Present");
        await MeetingsClient.EnsureOkAsync(await api.Http.PutAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingId}/dochazka", new { marks }));
        await MeetingsClient.EnsureOkAsync(await api.Http.PutAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingId}/zapis", new
        {
            proceedings = "Projednán návrh akčního plánu.", outputs = "Připomínky do konce měsíce.", recorder = "Zapisovatelka",
            tasks = new[] { new { title = "Doplnit kapacity služeb", ownerName = "Člen 2", dueDate = "2026-04-01" } },
        }));

        await MeetingsClient.EnsureOkAsync(await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingId}/zapis/stav", new { to = "SentForComments", version = 1 }));

        var mails = await app.DeliveredAsync(m => emails.Any(m.IsTo) && m.Subject.StartsWith("Návrh zápisu k připomínkám:"), 2);
        Assert.DoesNotContain(app.Smtp.Received(), m => m.IsTo(emails[2]) && m.Subject.StartsWith("Návrh zápisu"));
        var text = mails[0].Message.Text("text/plain");
        Assert.Contains("Projednán návrh akčního plánu.", text);
        Assert.Contains("- Doplnit kapacity služeb (Člen 2, termín 1. 4. 2026)", text);
    }

    [Fact]
    public async Task TheCoordinatorsPages_Render()
    {
        app.Clock.Set(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var client = await app.SignedInClientAsync(MeetingsHost.Coordinator);
        var api = new MeetingsClient(client, "jihocesky");
        var (groupId, _) = await api.GroupWithMembersAsync("stranky", 30);
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        await api.ScheduleAsync(meetingId);
        var processId = (await api.Http.GetFromJsonAsync<JsonElement>($"/api/kraje/jihocesky/skupiny/{groupId}")).GetProperty("processId").GetInt32();

        var group = await api.Http.GetFromJsonAsync<JsonElement>($"/api/kraje/jihocesky/skupiny/{groupId}");
        // Each page with what only it shows: its heading, and for the group and the attendance the 30 people.
        foreach (var (url, expected) in new (string, string[])[]
                 {
                     ("/jihocesky/procesy", ["<h1>Plánovací procesy – Jihočeský kraj</h1>"]),
                     ($"/jihocesky/procesy/{processId}", ["<h1>Pokračování komunitního plánování sociálních služeb ORP Jindřichův Hradec</h1>"]),
                     ($"/jihocesky/skupiny/{groupId}", ["<h1>Osoby ohrožené sociálním vyloučením</h1>", "Člen 30 stranky"]),
                     ($"/jihocesky/skupiny/{groupId}/ucast", ["<h1>Účast na jednáních podle rolí</h1>"]),
                     ($"/jihocesky/jednani/{meetingId}", ["<h1>Jednání pracovní skupiny</h1>", "Základní informace o komunitním plánování"]),
                     ($"/jihocesky/jednani/{meetingId}/dochazka", ["<h1>Docházka: Jednání pracovní skupiny</h1>", "Člen 30 stranky"]),
                     ($"/jihocesky/jednani/{meetingId}/zapis", ["<h1>Zápis: Jednání pracovní skupiny</h1>"]),
                 })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.All(expected, text => Assert.True(html.Contains(text, StringComparison.Ordinal), $"{url} does not show {text}"));
        }
        Assert.Equal(30, group.GetProperty("members").GetArrayLength());
        var sheet = await client.GetStringAsync($"/jihocesky/jednani/{meetingId}/prezencni-listina");
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(sheet, "<section class=\"sheet\">").Count); // 30 people, 25 a page
        // Its print layout (A4, a page per sheet) comes from the platform's stylesheet, not from the page (no inline styles).
        Assert.DoesNotContain("<style", sheet);
        Assert.Contains("@page { size: A4", await client.GetStringAsync("/css/site.css"));
        Assert.Contains("Plánovací procesy a skupiny", await client.GetStringAsync("/jihocesky"));
        Assert.DoesNotContain("Plánovací procesy a skupiny", await app.AnonymousClient().GetStringAsync("/jihocesky"));
    }

    [Fact]
    public async Task TheGroupsCalendarFeed_ListsItsMeetings_AndAWrongTokenFindsNothing()
    {
        app.Clock.Set(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var client = await app.SignedInClientAsync(MeetingsHost.Coordinator);
        var api = new MeetingsClient(client, "jihocesky");
        var (groupId, _) = await api.GroupWithMembersAsync("feed", 1);
        var scheduled = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12", title: "Naplánované"));
        await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-13", title: "Jen návrh"));
        await api.ScheduleAsync(scheduled);
        var page = await client.GetStringAsync($"/jihocesky/skupiny/{groupId}");
        var feedUrl = System.Text.RegularExpressions.Regex.Match(page, @"http://localhost(/kalendar/[^<]+\.ics)").Groups[1].Value;

        var feed = await app.AnonymousClient().GetAsync(feedUrl);
        var wrong = await app.AnonymousClient().GetAsync("/kalendar/neexistuje.ics");

        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var text = await feed.Content.ReadAsStringAsync();
        Assert.Contains("SUMMARY:Naplánované", text);
        Assert.DoesNotContain("Jen návrh", text);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
    }

    private async Task<int> PendingAsync(string keyPrefix)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Outbox.IgnoreQueryFilters()
            .CountAsync(m => m.Status == OutboxStatus.Pending && m.Key != null && m.Key.StartsWith(keyPrefix));
    }
}

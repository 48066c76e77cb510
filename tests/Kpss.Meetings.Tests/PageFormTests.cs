using System.Net;
using System.Text.RegularExpressions;
using Kpss.Testing;

namespace Kpss.Meetings.Tests;

/// <summary>
/// The coordinator's forms, not their API twins: add a member and found a meeting on the group's page, then schedule
/// (with a guest), move and cancel it on the meeting's page; refused input comes back in Czech with what was typed.
/// </summary>
public sealed partial class PageFormTests(MeetingsHost app) : IClassFixture<MeetingsHost>
{
    private static Dictionary<string, string> MeetingFields(string title, string date, string start = "15:00", string end = "17:00") => new()
    {
        ["Meeting.Kind"] = "WorkingGroup", ["Meeting.Title"] = title, ["Meeting.Date"] = date, ["Meeting.StartTime"] = start,
        ["Meeting.EndTime"] = end, ["Meeting.Place"] = "MěÚ Jindřichův Hradec", ["Meeting.BarrierFree"] = "true",
        ["Meeting.ReminderEnabled"] = "true", ["Meeting.Agenda[0].Title"] = "Úvod",
    };

    private static int Version(string page) => int.Parse(VersionField().Match(page).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task AMeetingFromTheGroupsPage_ScheduledMovedAndCancelledOnItsPage_ReachesEveryInvitee()
    {
        app.Clock.Set(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var client = await app.SignedInClientAsync(MeetingsHost.Coordinator);
        var api = new MeetingsClient(client, "jihocesky");
        var groupId = await api.CreateGroupAsync(await api.CreateProcessAsync());
        var groupPage = $"/jihocesky/skupiny/{groupId}";
        const string member = "formular-clen@members.test.example", guest = "formular-host@guests.test.example";

        var added = await KpssAppFactory.PostFormAsync(client, groupPage + "?handler=Member", new()
        {
            ["Member.Name"] = "Marie Formulářová", ["Member.Email"] = member, ["Member.Role"] = "Uzivatel", ["Member.Function"] = "Member", ["Member.From"] = "1. 1. 2026",
        }, groupPage);
        var refused = await KpssAppFactory.PostFormAsync(client, groupPage + "?handler=Meeting", MeetingFields("Jednání z formuláře", "2026-03-12", end: "14:00"), groupPage);
        var created = await KpssAppFactory.PostFormAsync(client, groupPage + "?handler=Meeting", MeetingFields("Jednání z formuláře", "2026-03-12"), groupPage);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Marie Formulářová", await client.GetStringAsync(groupPage));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Konec jednání musí být po jeho začátku.", refusedPage);
        Assert.Contains("value=\"Jednání z formuláře\"", refusedPage);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var meetingPage = created.Headers.Location!.OriginalString;
        Assert.Matches(@"^/jihocesky/jednani/\d+$", meetingPage);

        var scheduled = await KpssAppFactory.PostFormAsync(client, meetingPage + "?handler=Schedule", new() { ["Emails"] = guest }, meetingPage);
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        Assert.Contains("Jednání je naplánováno a pozvánky jsou na cestě.", await client.GetStringAsync(meetingPage));
        await app.DeliveredAsync(m => (m.IsTo(member) || m.IsTo(guest)) && m.Subject.StartsWith("Pozvánka: Jednání z formuláře"), 2);

        var page = await client.GetStringAsync(meetingPage);
        var moved = MeetingFields("Jednání z formuláře", "2026-03-13", "9:00", "11:00");
        moved["Meeting.Version"] = Version(page).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await KpssAppFactory.PostFormAsync(client, meetingPage + "?handler=Change", moved, meetingPage)).StatusCode);
        var updates = await app.DeliveredAsync(m => (m.IsTo(member) || m.IsTo(guest)) && m.Subject.StartsWith("Změna jednání: Jednání z formuláře"), 2);
        Assert.All(updates, m => Assert.Contains("pátek 13. března 2026 9:00", m.Subject));

        page = await client.GetStringAsync(meetingPage);
        var version = Version(page).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // The first press only asks; nothing is cancelled and nobody is told until it is confirmed.
        var asked = await KpssAppFactory.PostFormAsync(client, meetingPage + "?handler=Cancel", new() { ["Meeting.Version"] = version }, meetingPage);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var question = await asked.Content.ReadAsStringAsync();
        Assert.Contains("Opravdu zrušit jednání „Jednání z formuláře“ (13. 3. 2026 9:00)?", question);
        Assert.Contains("Všichni pozvaní (2) dostanou e-mail o zrušení", question);
        await app.DeliveredAsync(m => m.Subject.StartsWith("Zrušeno: Jednání z formuláře"), 0);
        Assert.Equal("Scheduled", (await new MeetingsClient(client, "jihocesky").GetMeetingAsync(int.Parse(meetingPage.Split('/').Last()))).GetProperty("status").GetString());
        var cancelled = await KpssAppFactory.PostFormAsync(client, meetingPage + "?handler=Cancel",
            new() { ["Meeting.Version"] = version, ["potvrzeno"] = "true" }, meetingPage);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        await app.DeliveredAsync(m => (m.IsTo(member) || m.IsTo(guest)) && m.Subject.StartsWith("Zrušeno: Jednání z formuláře"), 2);
        Assert.Contains("Jednání je zrušeno.", await client.GetStringAsync(meetingPage));
    }

    [GeneratedRegex("name=\"Meeting.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}

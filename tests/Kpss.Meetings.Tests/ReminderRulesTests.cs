using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Testing;

namespace Kpss.Meetings.Tests;

/// <summary>
/// The edges of a meeting's reminders and answers (what the reminders mutation run left open): a reminder whose time has
/// passed or that would come at the start is not sent, one set inside the spring gap goes an hour later, the minutes
/// reminder finds the recorders of the meeting's day or else the organizer, an answer after the end is refused, and a
/// missing meeting or group is named in the 404. Each absence is checked after the sender has run at the moment it matters.
/// </summary>
public sealed class ReminderRulesTests(MeetingsHost app) : IClassFixture<MeetingsHost>
{
    // 12 March 2026, 15:00–17:00 in Prague (CET): 14:00–16:00 UTC. Two days before at 9:00 Prague is 08:00 UTC on the 10th.
    private static readonly DateTime ReminderDue = new(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc);

    private static Dictionary<string, object?> Meeting(string date, string title, string start = "15:00", int? daysBefore = null, string? time = null)
    {
        var json = JsonSerializer.Serialize(MeetingsClient.Meeting(date, title, start, end: "17:00"));
        var meeting = JsonSerializer.Deserialize<Dictionary<string, object?>>(json)!;
        meeting["reminderDaysBefore"] = daysBefore;
        meeting["reminderTime"] = time;
        return meeting;
    }

    [Fact]
    public async Task AReminderWhoseTimeHasComeWhenScheduling_IsNotSent_ButOneAMomentAhead_IsSentAtItsTime()
    {
        var api = await app.CoordinatorAsync(ReminderDue);
        var (late, lateEmails) = await api.GroupWithMembersAsync("pozde", 1);
        var (early, earlyEmails) = await api.GroupWithMembersAsync("vcas", 1);
        var lateMeeting = await api.CreateMeetingAsync(late, Meeting("2026-03-12", "Pozdě naplánované"));
        var earlyMeeting = await api.CreateMeetingAsync(early, Meeting("2026-03-12", "Včas naplánované"));

        await api.ScheduleAsync(lateMeeting); // at the reminder's very time: the invitation is the reminder
        app.Clock.Set(ReminderDue.AddSeconds(-1));
        await api.ScheduleAsync(earlyMeeting);
        await app.DeliveredAsync(m => earlyEmails.Any(m.IsTo) && m.Subject.StartsWith("Připomínka:"), 0);

        app.Clock.Set(ReminderDue);
        await app.DeliveredAsync(m => earlyEmails.Any(m.IsTo) && m.Subject.StartsWith("Připomínka:"), 1);
        app.Clock.Set(new DateTime(2026, 3, 12, 14, 0, 0, DateTimeKind.Utc));
        await app.DeliveredAsync(m => lateEmails.Any(m.IsTo) && m.Subject.StartsWith("Připomínka:"), 0);
        await app.DeliveredAsync(m => lateEmails.Any(m.IsTo) && m.Subject.StartsWith("Pozvánka:"), 1);
    }

    [Fact]
    public async Task AReminderThatWouldComeAtTheStart_IsNotSent_OneOnTheMorningOfTheDay_Is()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (atStart, atStartEmails) = await api.GroupWithMembersAsync("v-zacatek", 1);
        var (morning, morningEmails) = await api.GroupWithMembersAsync("rano", 1);
        await api.ScheduleAsync(await api.CreateMeetingAsync(atStart, Meeting("2026-03-12", "Připomínka v začátek", daysBefore: 0, time: "15:00")));
        await api.ScheduleAsync(await api.CreateMeetingAsync(morning, Meeting("2026-03-12", "Připomínka ráno", daysBefore: 0, time: "09:00")));

        app.Clock.Set(new DateTime(2026, 3, 12, 8, 0, 0, DateTimeKind.Utc)); // 9:00 in Prague on the day
        await app.DeliveredAsync(m => morningEmails.Any(m.IsTo) && m.Subject.StartsWith("Připomínka:"), 1);
        app.Clock.Set(new DateTime(2026, 3, 12, 14, 0, 0, DateTimeKind.Utc)); // the start, 15:00 in Prague
        await app.DeliveredAsync(m => atStartEmails.Any(m.IsTo) && m.Subject.StartsWith("Připomínka:"), 0);
    }

    [Fact]
    public async Task AReminderTimeInsideTheSpringGap_GoesAnHourLater()
    {
        // 29 March 2026: clocks in Prague go from 2:00 to 3:00, so 2:30 does not exist that day; 3:30 CEST is 01:30 UTC.
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, emails) = await api.GroupWithMembersAsync("mezera", 1);
        var meetingId = await api.CreateMeetingAsync(groupId, Meeting("2026-03-31", "Po změně času", daysBefore: 2, time: "02:30"));
        await api.ScheduleAsync(meetingId);

        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc),
            (await api.GetMeetingAsync(meetingId)).GetProperty("reminderDueUtc").GetDateTime().ToUniversalTime());
        app.Clock.Set(new DateTime(2026, 3, 29, 1, 29, 59, DateTimeKind.Utc));
        await app.DeliveredAsync(m => m.IsTo(emails[0]) && m.Subject.StartsWith("Připomínka:"), 0);
        app.Clock.Set(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc));
        await app.DeliveredAsync(m => m.IsTo(emails[0]) && m.Subject.StartsWith("Připomínka:"), 1);
    }

    [Fact]
    public async Task TheMinutesReminder_GoesToTheRecordersOfTheMeetingsDay_FirstAndLastDayIncluded_ElseToTheOrganizer()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        async Task<int> GroupAsync(string name, params (string Who, string Function, string From, string? To)[] members)
        {
            var groupId = await api.CreateGroupAsync(await api.CreateProcessAsync($"Proces {name}"), $"Skupina {name}");
            foreach (var (who, function, from, to) in members)
                await MeetingsClient.IdAsync(await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/skupiny/{groupId}/clenove",
                    new { name = who, email = $"{who}@zapisy.test.example", role = "Uzivatel", function, from, to }));
            return groupId;
        }
        var onTheDay = await GroupAsync("v-den",
            ("zapisovatelka-od", "Recorder", "2026-03-12", null), ("zapisovatel-do", "Recorder", "2026-03-12", "2026-03-12"),
            ("clen-v-den", "Member", "2020-01-01", null));
        var nobody = await GroupAsync("bez-zapisovatele",
            ("zapisovatel-odesel", "Recorder", "2020-01-01", "2026-03-11"), ("zapisovatelka-prijde", "Recorder", "2026-03-13", null),
            ("clen-bez", "Member", "2020-01-01", null));
        await api.ScheduleAsync(await api.CreateMeetingAsync(onTheDay, Meeting("2026-03-12", "Zápis v den")));
        await api.ScheduleAsync(await api.CreateMeetingAsync(nobody, Meeting("2026-03-12", "Zápis bez zapisovatele")));

        app.Clock.Set(new DateTime(2026, 3, 15, 8, 0, 0, DateTimeKind.Utc));
        var withRecorders = await app.DeliveredAsync(m => m.Subject.StartsWith("Chybí zápis: Zápis v den"), 2);
        var toOrganizer = await app.DeliveredAsync(m => m.Subject.StartsWith("Chybí zápis: Zápis bez zapisovatele"), 1);

        Assert.Single(withRecorders, m => m.IsTo("zapisovatelka-od@zapisy.test.example"));
        Assert.Single(withRecorders, m => m.IsTo("zapisovatel-do@zapisy.test.example"));
        Assert.True(toOrganizer[0].IsTo(MeetingsHost.Coordinator), $"to the organizer, not {toOrganizer[0].To}");
    }

    [Fact]
    public async Task AnAnswerUntilTheMeetingEnds_IsRecorded_OneAtTheEnd_IsRefusedAndNotRecorded()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, emails) = await api.GroupWithMembersAsync("po-konci", 2);
        var meetingId = await api.CreateMeetingAsync(groupId, Meeting("2026-03-12", "Odpovědi do konce"));
        await api.ScheduleAsync(meetingId);
        var invitations = await app.DeliveredAsync(m => emails.Any(m.IsTo) && m.Subject.StartsWith("Pozvánka:"), 2);
        var end = new DateTime(2026, 3, 12, 16, 0, 0, DateTimeKind.Utc);

        app.Clock.Set(end.AddTicks(-1));
        var inTime = await AnswerAsync(invitations.Single(m => m.IsTo(emails[0])), "Přijdu");
        app.Clock.Set(end);
        var tooLate = await AnswerAsync(invitations.Single(m => m.IsTo(emails[1])), "Přijdu");

        Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLate.StatusCode);
        Assert.Contains("Jednání už proběhlo, odpověď už nelze změnit.", await tooLate.Content.ReadAsStringAsync());
        var answers = (await api.GetMeetingAsync(meetingId)).GetProperty("invitations").EnumerateArray()
            .ToDictionary(i => i.GetProperty("email").GetString()!, i => i.GetProperty("answer").GetString());
        Assert.Equal("Accepted", answers[emails[0]]);
        Assert.Equal("None", answers[emails[1]]);
    }

    /// <summary>Posts an answer from the e-mail's link as a page opened earlier would (the link's page itself may no longer offer the form).</summary>
    private async Task<HttpResponseMessage> AnswerAsync(ReceivedMail invitation, string label)
    {
        var visitor = app.AnonymousClient();
        var link = new Uri(invitation.Link(label)).PathAndQuery;
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query);
        var antiforgery = KpssAppFactory.AntiforgeryToken(await visitor.GetStringAsync("/ucet/prihlaseni"));
        return await visitor.PostAsync("/pozvanka", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["t"] = query["t"]!, ["odpoved"] = query["odpoved"]!, ["__RequestVerificationToken"] = antiforgery,
        }));
    }

    [Fact]
    public async Task AMissingGroupOrMeeting_OrOneOfAnotherKraj_IsA404ThatNamesIt()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, _) = await api.GroupWithMembersAsync("chybi", 1);
        var meetingId = await api.CreateMeetingAsync(groupId, Meeting("2026-03-12", "Jednání jiného kraje"));
        var other = new MeetingsClient(await app.SignedInClientAsync(MeetingsHost.OtherKrajCoordinator), "jihomoravsky");
        var meeting = Meeting("2026-03-12", "Nové");

        foreach (var (client, group, id) in new[] { (api, 999_999, 999_999), (other, groupId, meetingId) })
        {
            var k = client == api ? "jihocesky" : "jihomoravsky";
            await AssertMissingAsync(await client.Http.PostAsJsonAsync($"/api/kraje/{k}/skupiny/{group}/jednani", meeting), "Skupina neexistuje.");
            await AssertMissingAsync(await client.Http.GetAsync($"/api/kraje/{k}/jednani/{id}"), "Jednání neexistuje.");
            await AssertMissingAsync(await client.ChangeAsync(id, meeting), "Jednání neexistuje.");
            await AssertMissingAsync(await client.Http.PostAsJsonAsync($"/api/kraje/{k}/jednani/{id}/naplanovat", new { emails = Array.Empty<string>() }), "Jednání neexistuje.");
            await AssertMissingAsync(await client.Http.PostAsJsonAsync($"/api/kraje/{k}/jednani/{id}/pozvat", new { emails = new[] { "host@guests.test.example" } }), "Jednání neexistuje.");
            await AssertMissingAsync(await client.Http.PostAsJsonAsync($"/api/kraje/{k}/jednani/{id}/zrusit", new { version = 1 }), "Jednání neexistuje.");
        }
        var stored = await api.GetMeetingAsync(meetingId);
        Assert.Equal(("Draft", "Jednání jiného kraje", 0), (stored.GetProperty("status").GetString(), stored.GetProperty("title").GetString(),
            stored.GetProperty("invitations").GetArrayLength()));
    }

    private static async Task AssertMissingAsync(HttpResponseMessage response, string message)
    {
        Assert.True(response.StatusCode == HttpStatusCode.NotFound,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: 404 expected, got {(int)response.StatusCode}");
        Assert.Equal(message, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kpss.Meetings.Tests;

/// <summary>
/// The rules around invitations and reminders, each checked after the sender has run (<see cref="MeetingsHost.DeliverDueAsync"/>):
/// guests, the past, answers to a cancelled meeting, a changed mind, the recorder's and a task owner's reminders.
/// </summary>
public sealed class MeetingRulesTests(MeetingsHost app) : IClassFixture<MeetingsHost>
{
    [Fact]
    public async Task GuestsInvitedLater_GetTheirInvitationAndReminder_AndNobodyIsInvitedTwice()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, emails) = await api.GroupWithMembersAsync("host", 1);
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        await api.ScheduleAsync(meetingId);
        await app.DeliveredAsync(m => m.IsTo(emails[0]) && m.Subject.StartsWith("Pozvánka:"), 1);
        string[] guests = ["host-a@guests.test.example", "host-b@guests.test.example"];

        var invite = await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingId}/pozvat",
            new { emails = new[] { guests[0], guests[1].ToUpperInvariant(), emails[0] } });

        await MeetingsClient.EnsureOkAsync(invite);
        var invited = await app.DeliveredAsync(m => guests.Any(m.IsTo) && m.Subject.StartsWith("Pozvánka:"), 2);
        Assert.Single(app.Smtp.Received(), m => m.IsTo(emails[0]) && m.Subject.StartsWith("Pozvánka:"));
        Assert.Equal(3, (await api.GetMeetingAsync(meetingId)).GetProperty("invitations").GetArrayLength());
        Assert.All(invited, m => Assert.Contains("Přijdu: http", m.Message.Text("text/plain")));
        app.Clock.Set(new DateTime(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc));
        await app.DeliveredAsync(m => (guests.Any(m.IsTo) || m.IsTo(emails[0])) && m.Subject.StartsWith("Připomínka:"), 3);
    }

    [Fact]
    public async Task SchedulingAMeetingThatIsOver_IsRefusedInCzech_AndNobodyIsInvited()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, emails) = await api.GroupWithMembersAsync("minulost", 2);
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        app.Clock.Set(new DateTime(2026, 3, 13, 8, 0, 0, DateTimeKind.Utc));

        var response = await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingId}/naplanovat", new { emails = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Jednání nelze naplánovat do minulosti.", await response.Content.ReadAsStringAsync());
        var meeting = await api.GetMeetingAsync(meetingId);
        Assert.Equal("Draft", meeting.GetProperty("status").GetString());
        Assert.Equal(0, meeting.GetProperty("invitations").GetArrayLength());
        await app.DeliveredAsync(m => emails.Any(m.IsTo), 0);
    }

    [Fact]
    public async Task AMeetingStartingThisVeryTick_CanNoLongerBeScheduled_OneTickBeforeItStillCan()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, _) = await api.GroupWithMembersAsync("na-tik", 1);
        var late = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12", "Začíná právě teď"));
        var onTime = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12", "Začíná za chvilku"));
        var start = new DateTime(2026, 3, 12, 14, 0, 0, DateTimeKind.Utc); // 15:00 in Prague (CET)

        app.Clock.Set(start.AddTicks(-1));
        var before = await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{onTime}/naplanovat", new { emails = Array.Empty<string>() });
        app.Clock.Set(start);
        var atStart = await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{late}/naplanovat", new { emails = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, atStart.StatusCode);
        Assert.Contains("Jednání nelze naplánovat do minulosti.", await atStart.Content.ReadAsStringAsync());
        Assert.Equal("Draft", (await api.GetMeetingAsync(late)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnAnswerToACancelledMeeting_IsRefusedInCzech_AndNotRecorded()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, emails) = await api.GroupWithMembersAsync("po-zruseni", 1);
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        await api.ScheduleAsync(meetingId);
        var invitation = (await app.DeliveredAsync(m => m.IsTo(emails[0]) && m.Subject.StartsWith("Pozvánka:"), 1))[0];
        await api.CancelAsync(meetingId, (await api.GetMeetingAsync(meetingId)).GetProperty("version").GetInt32());

        var visitor = app.AnonymousClient();
        var link = new Uri(invitation.Link("Přijdu")).PathAndQuery;
        var page = await visitor.GetStringAsync(link);
        // A page opened before the cancellation still posts its answer: the antiforgery pair of this visitor from any form.
        var antiforgery = Kpss.Testing.KpssAppFactory.AntiforgeryToken(await visitor.GetStringAsync("/ucet/prihlaseni"));
        var answer = await visitor.PostAsync("/pozvanka", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["t"] = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query)["t"]!, ["odpoved"] = "prijdu",
            ["__RequestVerificationToken"] = antiforgery,
        }));

        Assert.Contains("Toto jednání bylo zrušeno. Odpověď už není potřeba.", page);
        Assert.DoesNotContain("<form method=\"post\"", page);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("Jednání bylo zrušeno, odpověď už není potřeba.", await answer.Content.ReadAsStringAsync());
        Assert.Equal("None", (await api.GetMeetingAsync(meetingId)).GetProperty("invitations")[0].GetProperty("answer").GetString());
    }

    [Fact]
    public async Task AcceptingAfterDeclining_BringsTheReminderBack()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, emails) = await api.GroupWithMembersAsync("rozmysleni", 2);
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        await api.ScheduleAsync(meetingId);
        var invitation = (await app.DeliveredAsync(m => m.IsTo(emails[0]) && m.Subject.StartsWith("Pozvánka:"), 1))[0];

        Assert.Equal(HttpStatusCode.OK, (await app.AnswerAsync(invitation, "Nepřijdu")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.AnswerAsync(invitation, "Přijdu")).StatusCode);

        app.Clock.Set(new DateTime(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc));
        await app.DeliveredAsync(m => emails.Any(m.IsTo) && m.Subject.StartsWith("Připomínka:"), 2);
        Assert.Equal("Accepted", (await api.GetMeetingAsync(meetingId)).GetProperty("invitations").EnumerateArray()
            .Single(i => i.GetProperty("email").GetString() == emails[0]).GetProperty("answer").GetString());
    }

    [Fact]
    public async Task TheRecorder_IsRemindedOfMissingMinutes_ThreeDaysAfter_AndNotOnceTheyAreWritten()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, emails) = await api.GroupWithMembersAsync("chybi-zapis", 2); // the first member is the group's recorder
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        await api.ScheduleAsync(meetingId);

        // The meeting ends on Thursday 12 March; three days later at 9:00 in Prague (CET) is 08:00 UTC on the 15th.
        app.Clock.Set(new DateTime(2026, 3, 15, 7, 59, 0, DateTimeKind.Utc));
        await app.DeliveredAsync(m => emails.Any(m.IsTo) && m.Subject.StartsWith("Chybí zápis:"), 0);
        app.Clock.Set(new DateTime(2026, 3, 15, 8, 0, 0, DateTimeKind.Utc));
        var reminder = (await app.DeliveredAsync(m => emails.Any(m.IsTo) && m.Subject.StartsWith("Chybí zápis:"), 1))[0];
        Assert.True(reminder.IsTo(emails[0]));
        Assert.Contains("uplynuly 3 dny a zápis zatím chybí", reminder.Message.Text("text/plain"));
        Assert.Contains($"/jihocesky/jednani/{meetingId}/zapis", reminder.Link("Napsat zápis"));

        await MeetingsClient.EnsureOkAsync(await api.Http.PutAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingId}/zapis",
            new { proceedings = "Projednáno.", recorder = "Člen 1 chybi-zapis", tasks = Array.Empty<object>() }));
        app.Clock.Set(new DateTime(2026, 3, 19, 8, 0, 0, DateTimeKind.Utc)); // the seventh day
        await app.DeliveredAsync(m => emails.Any(m.IsTo) && m.Subject.StartsWith("Chybí zápis:"), 1);
    }

    [Fact]
    public async Task ATaskOwner_IsRemindedTwoDaysBeforeTheDueDate_AtNineInPrague_AcrossTheSpringChange()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, emails) = await api.GroupWithMembersAsync("ukol", 2);
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        await api.ScheduleAsync(meetingId);
        app.Clock.Set(new DateTime(2026, 3, 13, 8, 0, 0, DateTimeKind.Utc));
        await MeetingsClient.EnsureOkAsync(await api.Http.PutAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingId}/zapis", new
        {
            proceedings = "Projednáno.", recorder = "Člen 1 ukol",
            tasks = new[] { new { title = "Zjistit kapacity odlehčovacích služeb", ownerName = "Člen 2", ownerEmail = emails[1], dueDate = "2026-04-01" } },
        }));

        // Due 1 April: reminded on 30 March at 9:00 in Prague, which is summer time by then (07:00 UTC).
        app.Clock.Set(new DateTime(2026, 3, 30, 6, 59, 0, DateTimeKind.Utc));
        await app.DeliveredAsync(m => m.IsTo(emails[1]) && m.Subject.StartsWith("Připomínka úkolu:"), 0);
        app.Clock.Set(new DateTime(2026, 3, 30, 7, 0, 0, DateTimeKind.Utc));
        var reminder = (await app.DeliveredAsync(m => m.IsTo(emails[1]) && m.Subject.StartsWith("Připomínka úkolu:"), 1))[0];
        Assert.Equal("Připomínka úkolu: Zjistit kapacity odlehčovacích služeb (termín 1. 4. 2026)", reminder.Subject);
        Assert.Contains($"/jihocesky/jednani/{meetingId}/zapis", reminder.Link("Zobrazit zápis"));
    }
}

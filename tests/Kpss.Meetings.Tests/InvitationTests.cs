using System.Net;
using System.Text.Json;
using Kpss.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Meetings.Tests;

/// <summary>
/// Meetings end to end through a real SMTP server: invitations with a calendar part that an independent reader
/// (Python email + icalendar) accepts, answers from the email, reminders moved, withdrawn and sent at the right time.
/// </summary>
public sealed class InvitationTests(MeetingsHost app) : IClassFixture<MeetingsHost>
{
    // 2026-03-12 15:00–17:00 in Prague (CET, UTC+1); the reminder 2 days before at 9:00 is 2026-03-10 08:00 UTC.
    private static readonly DateTime Start = new(2026, 3, 12, 14, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task SchedulingAMeetingForFiveMembers_DeliversFiveInvitations_WithACalendarAnIndependentReaderAccepts()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, emails) = await api.GroupWithMembersAsync("pet", 5);
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));

        await api.ScheduleAsync(meetingId);

        var mails = await app.DeliveredAsync(m => emails.Any(m.IsTo) && m.Subject.StartsWith("Pozvánka:"), 5);
        var meeting = await api.GetMeetingAsync(meetingId);
        var read = InvitationReader.Read(mails);
        Assert.Equal(emails.Order(), read.Select(r => emails.Single(r.To.Contains)).Order());
        Assert.All(read, r =>
        {
            var c = r.Calendar!;
            Assert.Equal("REQUEST", c.Method);
            Assert.Equal("REQUEST", c.ContentTypeMethod);
            Assert.Equal(meeting.GetProperty("uid").GetString(), c.Uid);
            Assert.Equal(0, c.Sequence);
            Assert.Equal(new DateTimeOffset(Start), c.StartUtc);
            Assert.Equal(new DateTimeOffset(Start.AddHours(2)), c.EndUtc);
            Assert.Equal("Europe/Prague", c.Tzid);
            Assert.Equal(["Europe/Prague"], c.Timezones);
            Assert.Equal($"mailto:{MeetingsHost.Coordinator}", c.Organizer);
            Assert.Equal(["mailto:" + emails.Single(r.To.Contains)], c.Attendees);
            Assert.Equal("CONFIRMED", c.Status);
        });
        var first = mails[0];
        Assert.Contains("čtvrtek 12. března 2026, 15:00–17:00", first.Message.Text("text/plain"));
        Assert.Contains("bezbariérový přístup", first.Message.Text("text/html"));
        Assert.Contains("Základní informace o komunitním plánování", first.Message.Text("text/plain"));
        Assert.Contains("/oznameni/nastaveni?t=", first.Message.Text("text/plain"));
    }

    [Fact]
    public async Task AnRsvpLinkFromTheEmail_RecordsTheAnswer_WithoutAnAccount()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, emails) = await api.GroupWithMembersAsync("rsvp", 2);
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        await api.ScheduleAsync(meetingId);
        var mail = (await app.DeliveredAsync(m => m.IsTo(emails[1]) && m.Subject.StartsWith("Pozvánka:"), 1))[0];
        var visitor = app.AnonymousClient();

        var link = new Uri(mail.Link("Nepřijdu")).PathAndQuery;
        var page = await visitor.GetStringAsync(link);
        var answer = await KpssAppFactory.PostFormAsync(visitor, "/pozvanka", new()
        {
            ["t"] = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query)["t"]!, ["odpoved"] = "neprijdu",
        }, formPageUrl: link);

        Assert.Contains("Jednání pracovní skupiny", page);
        Assert.Contains("Děkujeme, vaše odpověď je uložena: <strong>nepřijde</strong>", await answer.Content.ReadAsStringAsync());
        var invitations = (await api.GetMeetingAsync(meetingId)).GetProperty("invitations").EnumerateArray().ToList();
        Assert.Equal("Declined", invitations.Single(i => i.GetProperty("email").GetString() == emails[1]).GetProperty("answer").GetString());
        Assert.Equal("None", invitations.Single(i => i.GetProperty("email").GetString() == emails[0]).GetProperty("answer").GetString());

        // The third link of the other invitee's e-mail: "Možná".
        var maybe = (await app.DeliveredAsync(m => m.IsTo(emails[0]) && m.Subject.StartsWith("Pozvánka:"), 1))[0];
        Assert.Equal(HttpStatusCode.OK, (await app.AnswerAsync(maybe, "Možná")).StatusCode);
        Assert.Equal("Tentative", (await api.GetMeetingAsync(meetingId)).GetProperty("invitations").EnumerateArray()
            .Single(i => i.GetProperty("email").GetString() == emails[0]).GetProperty("answer").GetString());
    }

    [Fact]
    public async Task AnRsvpLink_ExpiresThirtyDaysAfterTheMeeting_WithAClearPage()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, emails) = await api.GroupWithMembersAsync("expirace", 1);
        await api.ScheduleAsync(await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12")));
        var mail = (await app.DeliveredAsync(m => m.IsTo(emails[0]) && m.Subject.StartsWith("Pozvánka:"), 1))[0];
        var link = new Uri(mail.Link("Přijdu")).PathAndQuery;

        app.Clock.Set(new DateTime(2026, 3, 20, 8, 0, 0, DateTimeKind.Utc));
        var afterMeeting = await app.AnonymousClient().GetStringAsync(link);
        // The meeting ends at 17:00 in Prague (16:00 UTC) on 12 March: the link holds to that instant 30 days later.
        app.Clock.Set(new DateTime(2026, 4, 11, 16, 0, 0, DateTimeKind.Utc));
        var lastMoment = await app.AnonymousClient().GetStringAsync(link);
        app.Clock.Set(new DateTime(2026, 4, 11, 16, 0, 0, DateTimeKind.Utc).AddTicks(1));
        var expired = await app.AnonymousClient().GetAsync(link);

        Assert.Contains("Toto jednání už proběhlo.", afterMeeting);
        Assert.Contains("Toto jednání už proběhlo.", lastMoment);
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains("Platnost tohoto odkazu vypršela", await expired.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheInvitation_CarriesTheMembersOwnCalendarFeed()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, emails) = await api.GroupWithMembersAsync("kalendar", 1);
        await api.ScheduleAsync(await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12", title: "Jednání v osobním kalendáři")));
        var mail = (await app.DeliveredAsync(m => m.IsTo(emails[0]) && m.Subject.StartsWith("Pozvánka:"), 1))[0];

        var feed = await app.AnonymousClient().GetStringAsync(new Uri(mail.Link("Všechna vaše jednání v kalendáři (adresa pro odběr)")).PathAndQuery);

        Assert.Contains("SUMMARY:Jednání v osobním kalendáři", feed);
        Assert.Contains("X-WR-CALNAME:Jednání – Člen 1 kalendar", feed);
    }

    [Fact]
    public async Task ATokenMintedWithTheSamePurposeAndKeys_IsAccepted_SoLinksInSentMailSurviveAnUpgrade()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, _) = await api.GroupWithMembersAsync("stary-odkaz", 1);
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        await api.ScheduleAsync(meetingId);
        var invitationId = (await api.GetMeetingAsync(meetingId)).GetProperty("invitations")[0].GetProperty("id").GetInt32();
        // The token's format and purpose are a promise to every link already sent: "<invitation>|<expiry ticks>" under
        // the purpose "Kpss.Meetings.Rsvp.v1" of the installation's keys.
        var payload = System.Text.Encoding.UTF8.GetBytes($"{invitationId}|{new DateTime(2026, 4, 11, 16, 0, 0).Ticks}");
        var token = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(
            app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Kpss.Meetings.Rsvp.v1").Protect(payload));
        var visitor = app.AnonymousClient();
        var link = $"/pozvanka?t={token}&odpoved=mozna";

        var page = await visitor.GetAsync(link);
        var answer = await KpssAppFactory.PostFormAsync(visitor, "/pozvanka", new() { ["t"] = token, ["odpoved"] = "mozna" }, formPageUrl: link);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Děkujeme, vaše odpověď je uložena: <strong>možná</strong>", await answer.Content.ReadAsStringAsync());
        Assert.Equal("Tentative", (await api.GetMeetingAsync(meetingId)).GetProperty("invitations")[0].GetProperty("answer").GetString());
    }

    [Theory]
    [InlineData("unsigned")]
    [InlineData("other-purpose")]
    [InlineData("other-keys")]
    public async Task AWellFormedButForgedRsvpToken_ForARealInvitation_IsRefused_AndNothingIsRecorded(string forgery)
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, _) = await api.GroupWithMembersAsync("padelek-" + forgery, 1);
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        await api.ScheduleAsync(meetingId);
        var invitationId = (await api.GetMeetingAsync(meetingId)).GetProperty("invitations")[0].GetProperty("id").GetInt32();
        // What the real token carries: the invitation and an expiry far ahead.
        var payload = System.Text.Encoding.UTF8.GetBytes($"{invitationId}|{new DateTime(2030, 1, 1).Ticks}");
        var bytes = forgery switch
        {
            "unsigned" => payload,
            "other-purpose" => app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Kpss.Meetings.Rsvp.v2").Protect(payload),
            _ => DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(Path.GetTempPath(), $"kpss-cizi-klice-{Guid.NewGuid():N}")))
                .CreateProtector("Kpss.Meetings.Rsvp.v1").Protect(payload),
        };
        var token = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(bytes);
        var visitor = app.AnonymousClient();

        var page = await visitor.GetAsync($"/pozvanka?t={token}&odpoved=neprijdu");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Tento odkaz je neplatný", await page.Content.ReadAsStringAsync());
        Assert.Equal("None", (await api.GetMeetingAsync(meetingId)).GetProperty("invitations")[0].GetProperty("answer").GetString());
    }

    [Theory]
    [InlineData("/pozvanka?t=zfalsovany-odkaz&odpoved=prijdu")]
    [InlineData("/pozvanka")]
    public async Task ATamperedRsvpLink_GetsAClearCzechPage(string url)
    {
        var response = await app.AnonymousClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tento odkaz je neplatný", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheReminder_ReachesOnlyThoseWhoHaveNotDeclined_AtNineInPrague()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, emails) = await api.GroupWithMembersAsync("pripominka", 4);
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        await api.ScheduleAsync(meetingId);
        var invitation = (await app.DeliveredAsync(m => m.IsTo(emails[0]) && m.Subject.StartsWith("Pozvánka:"), 1))[0];
        await AnswerAsync(invitation, "Nepřijdu");
        var meeting = await api.GetMeetingAsync(meetingId);
        Assert.Equal(new DateTime(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc), meeting.GetProperty("reminderDueUtc").GetDateTime());

        app.Clock.Set(new DateTime(2026, 3, 10, 7, 59, 0, DateTimeKind.Utc));
        await app.DeliverDueAsync(); // the sender runs at this time and finds nothing due
        Assert.DoesNotContain(app.Smtp.Received(), m => emails.Any(m.IsTo) && m.Subject.StartsWith("Připomínka:"));
        app.Clock.Set(new DateTime(2026, 3, 10, 8, 0, 0, DateTimeKind.Utc));

        var reminders = await app.DeliveredAsync(m => emails.Any(m.IsTo) && m.Subject.StartsWith("Připomínka:"), 3);
        Assert.Equal(emails.Skip(1).Order(), app.Smtp.Received().Where(m => emails.Any(m.IsTo) && m.Subject.StartsWith("Připomínka:"))
            .Select(m => emails.Single(m.IsTo)).Order());
        Assert.Contains("Připomínky si můžete vypnout", reminders[0].Message.Text("text/plain"));
    }

    [Fact]
    public async Task MovingTheMeeting_SendsUpdatesWithAHigherSequence_AndMovesTheReminder_StillNotToADecliner()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, emails) = await api.GroupWithMembersAsync("presun", 3);
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        await api.ScheduleAsync(meetingId);
        var invitations = await app.DeliveredAsync(m => emails.Any(m.IsTo) && m.Subject.StartsWith("Pozvánka:"), 3);
        await AnswerAsync(invitations.Single(m => m.IsTo(emails[0])), "Nepřijdu");
        var version = (await api.GetMeetingAsync(meetingId)).GetProperty("version").GetInt32();

        var moved = await api.ChangeAsync(meetingId, MeetingsClient.Meeting("2026-03-19", start: "16:00", end: "18:00",
            place: "Muzeum fotografie a moderních obrazových médií, Kostelní 20/I, Jindřichův Hradec", version: version));

        await MeetingsClient.EnsureOkAsync(moved);
        var updates = InvitationReader.Read(await app.DeliveredAsync(m => emails.Any(m.IsTo) && m.Subject.StartsWith("Změna jednání:"), 3));
        var meeting = await api.GetMeetingAsync(meetingId);
        Assert.All(updates, u =>
        {
            Assert.Equal("REQUEST", u.Calendar!.Method);
            Assert.Equal(1, u.Calendar.Sequence);
            Assert.Equal(meeting.GetProperty("uid").GetString(), u.Calendar.Uid);
            Assert.Equal(new DateTimeOffset(2026, 3, 19, 15, 0, 0, TimeSpan.Zero), u.Calendar.StartUtc);
        });
        Assert.Equal(new DateTime(2026, 3, 17, 8, 0, 0, DateTimeKind.Utc), meeting.GetProperty("reminderDueUtc").GetDateTime());

        app.Clock.Set(new DateTime(2026, 3, 10, 8, 30, 0, DateTimeKind.Utc)); // the old reminder time
        await app.DeliverDueAsync(); // the sender runs at this time and finds nothing due
        Assert.DoesNotContain(app.Smtp.Received(), m => emails.Any(m.IsTo) && m.Subject.StartsWith("Připomínka:"));
        app.Clock.Set(new DateTime(2026, 3, 17, 8, 0, 0, DateTimeKind.Utc));
        var reminders = await app.DeliveredAsync(m => emails.Any(m.IsTo) && m.Subject.StartsWith("Připomínka:"), 2);
        Assert.Equal(emails.Skip(1).Order(), reminders.Select(m => emails.Single(m.IsTo)).Order());
        Assert.Contains("čtvrtek 19. března 2026", reminders[0].Subject);
    }

    [Fact]
    public async Task CancellingTheMeeting_SendsCancel_AndNoReminder()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, emails) = await api.GroupWithMembersAsync("zruseni", 3);
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        await api.ScheduleAsync(meetingId);
        await app.DeliveredAsync(m => emails.Any(m.IsTo) && m.Subject.StartsWith("Pozvánka:"), 3);

        await api.CancelAsync(meetingId, (await api.GetMeetingAsync(meetingId)).GetProperty("version").GetInt32());

        var cancels = InvitationReader.Read(await app.DeliveredAsync(m => emails.Any(m.IsTo) && m.Subject.StartsWith("Zrušeno:"), 3));
        Assert.All(cancels, c =>
        {
            Assert.Equal("CANCEL", c.Calendar!.Method);
            Assert.Equal("CANCEL", c.Calendar.ContentTypeMethod);
            Assert.Equal("CANCELLED", c.Calendar.Status);
            Assert.Equal(1, c.Calendar.Sequence);
        });
        app.Clock.Set(new DateTime(2026, 3, 11, 8, 0, 0, DateTimeKind.Utc));
        await app.DeliverDueAsync(); // the sender runs at this time and finds nothing due
        Assert.DoesNotContain(app.Smtp.Received(), m => emails.Any(m.IsTo) && m.Subject.StartsWith("Připomínka:"));
    }

    [Fact]
    public async Task AReminderForNineOClock_AfterTheOctoberChange_GoesAtNineInPrague()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 10, 20, 8, 0, 0, DateTimeKind.Utc));
        var (groupId, emails) = await api.GroupWithMembersAsync("dst", 1);
        // Tuesday 27 October 2026; the clocks go back on Sunday 25 October, the reminder's day.
        var afterChange = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-10-27", title: "Po změně času"));
        var beforeChange = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-10-26", title: "Před změnou času"));
        await api.ScheduleAsync(afterChange);

        // 9:00 CET is 08:00 UTC; the day before the change 9:00 CEST is 07:00 UTC.
        Assert.Equal(new DateTime(2026, 10, 25, 8, 0, 0, DateTimeKind.Utc), (await api.GetMeetingAsync(afterChange)).GetProperty("reminderDueUtc").GetDateTime());
        Assert.Equal(new DateTime(2026, 10, 24, 7, 0, 0, DateTimeKind.Utc), (await api.GetMeetingAsync(beforeChange)).GetProperty("reminderDueUtc").GetDateTime());

        app.Clock.Set(new DateTime(2026, 10, 25, 7, 30, 0, DateTimeKind.Utc)); // 8:30 in Prague
        await app.DeliverDueAsync(); // the sender runs at this time and finds nothing due
        Assert.DoesNotContain(app.Smtp.Received(), m => m.IsTo(emails[0]) && m.Subject.StartsWith("Připomínka:"));
        app.Clock.Set(new DateTime(2026, 10, 25, 8, 0, 0, DateTimeKind.Utc));
        var reminder = await app.DeliveredAsync(m => m.IsTo(emails[0]) && m.Subject.StartsWith("Připomínka:"), 1);
        Assert.Contains("Po změně času", reminder[0].Subject);
    }

    private async Task AnswerAsync(ReceivedMail invitation, string label) =>
        Assert.Equal(HttpStatusCode.OK, (await app.AnswerAsync(invitation, label)).StatusCode);
}

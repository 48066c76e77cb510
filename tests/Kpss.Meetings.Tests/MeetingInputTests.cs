using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Meetings.Tests;

/// <summary>
/// A meeting's input and states, rule by rule (the reminders mutation run's survivors): each bad field refused with its
/// own Czech message and nothing else, the limits accepted; what may be done in which state, with the state read back;
/// the version moving on; switching the reminder off withdrawing it; who of the group is invited on the day.
/// </summary>
public sealed class MeetingInputTests(MeetingsHost app) : IClassFixture<MeetingsHost>
{
    private static readonly DateTime Now = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    private static JsonObject Meeting(string date = "2026-03-12") => JsonSerializer.SerializeToNode(MeetingsClient.Meeting(date))!.AsObject();

    private static readonly Dictionary<string, Action<JsonObject>> Bad = new()
    {
        ["bez data"] = m => m.Remove("date"),
        ["bez začátku"] = m => m.Remove("startTime"),
        ["bez konce"] = m => m.Remove("endTime"),
        ["konec před začátkem"] = m => m["endTime"] = "14:00",
        ["bez místa i odkazu"] = m => m.Remove("place"),
        ["dlouhé místo"] = m => m["place"] = new string('m', 501),
        ["dlouhý název"] = m => m["title"] = new string('n', 301),
        ["odkaz není web"] = m => m["onlineUrl"] = "ftp://jednani.example",
        ["připomínka -1 den"] = m => m["reminderDaysBefore"] = -1,
        ["připomínka 15 dní"] = m => m["reminderDaysBefore"] = 15,
        ["bod bez názvu"] = m => m["agenda"]![1]!["title"] = " ",
        ["bod 0 minut"] = m => m["agenda"]![0]!["minutes"] = 0,
        ["bod 601 minut"] = m => m["agenda"]![0]!["minutes"] = 601,
        ["dlouhý bod"] = m => m["agenda"]![0]!["title"] = new string('b', 301),
        ["nečitelné datum"] = m => m["date"] = "31. 2. 2026",
        ["nečitelný čas"] = m => m["startTime"] = "25:00",
    };

    [Theory]
    [InlineData("bez data", "Date", "Zadejte datum jednání.")]
    [InlineData("bez začátku", "StartTime", "Zadejte čas začátku.")]
    [InlineData("bez konce", "EndTime", "Zadejte čas konce.")]
    [InlineData("konec před začátkem", "EndTime", "Konec jednání musí být po jeho začátku.")]
    [InlineData("bez místa i odkazu", "Place", "Zadejte místo konání nebo odkaz na online jednání.")]
    [InlineData("dlouhé místo", "Place", "Místo konání může mít nejvýše 500 znaků.")]
    [InlineData("dlouhý název", "Title", "Název jednání může mít nejvýše 300 znaků.")]
    [InlineData("odkaz není web", "OnlineUrl", "Odkaz na online jednání musí být webová adresa (https://…).")]
    [InlineData("připomínka -1 den", "ReminderDaysBefore", "Připomínka může jít 0 až 14 dní předem.")]
    [InlineData("připomínka 15 dní", "ReminderDaysBefore", "Připomínka může jít 0 až 14 dní předem.")]
    [InlineData("bod bez názvu", "Agenda[1].Title", "Bod programu 2: vyplňte název.")]
    [InlineData("bod 0 minut", "Agenda[0].Minutes", "Bod programu 1: délka musí být 1 až 600 minut.")]
    [InlineData("bod 601 minut", "Agenda[0].Minutes", "Bod programu 1: délka musí být 1 až 600 minut.")]
    [InlineData("dlouhý bod", "Agenda[0].Title", "Bod programu 1 může mít nejvýše 300 znaků.")]
    [InlineData("nečitelné datum", "Date", "Datum „31. 2. 2026“ není platné datum (např. 12. 4. 2018).")]
    [InlineData("nečitelný čas", "StartTime", "Čas začátku „25:00“ není platný čas (např. 15:00).")]
    public async Task EachBadField_IsRefusedWithItsOwnMessage_AndNothingElse(string bad, string field, string message)
    {
        var api = await app.CoordinatorAsync(Now);
        var groupId = await api.CreateGroupAsync(await api.CreateProcessAsync());
        var meeting = Meeting();
        Bad[bad](meeting);

        var response = await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/skupiny/{groupId}/jednani", meeting);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(e => e.GetString()).ToList());
        Assert.Equal([field], errors.Keys);
        Assert.Equal([message], errors[field]);
        using var scope = app.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<Kpss.Meetings.Data.MeetingsDbContext>().Meetings
            .IgnoreQueryFilters().CountAsync(m => m.GroupId == groupId));
    }

    [Fact]
    public async Task AChangeWithAnUnreadableDate_IsRefusedWithTheReadersMessageOnly_AndChangesNothing()
    {
        var api = await app.CoordinatorAsync(Now);
        var groupId = await api.CreateGroupAsync(await api.CreateProcessAsync());
        var id = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        var version = (await api.GetMeetingAsync(id)).GetProperty("version").GetInt32();
        var change = Meeting();
        change["date"] = "31. 2. 2026";
        change["version"] = version;

        var response = await api.Http.PutAsJsonAsync($"/api/kraje/jihocesky/jednani/{id}", change);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(e => e.GetString()).ToList());
        Assert.Equal(["Date"], errors.Keys);
        Assert.Equal(["Datum „31. 2. 2026“ není platné datum (např. 12. 4. 2018)."], errors["Date"]);
        Assert.Equal(version, (await api.GetMeetingAsync(id)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task TheLimits_AreAccepted_AndTheAgendaKeepsItsOrder()
    {
        var api = await app.CoordinatorAsync(Now);
        var groupId = await api.CreateGroupAsync(await api.CreateProcessAsync());
        var meeting = Meeting();
        meeting["title"] = new string('n', 300);
        meeting["place"] = null;
        meeting["onlineUrl"] = "https://jednani.example/mistnost";
        meeting["reminderDaysBefore"] = 14;
        meeting["agenda"]![0]!["minutes"] = 1;
        meeting["agenda"]![1]!["minutes"] = 600;
        meeting["agenda"]!.AsArray().Add(new JsonObject { ["title"] = "", ["presenter"] = null, ["minutes"] = null }); // an empty row is skipped

        var id = await api.CreateMeetingAsync(groupId, meeting);
        var zero = Meeting();
        zero["reminderDaysBefore"] = 0;
        await api.CreateMeetingAsync(groupId, zero);

        var stored = await api.GetMeetingAsync(id);
        Assert.Equal(14, stored.GetProperty("reminderDaysBefore").GetInt32());
        Assert.Equal(["Základní informace o komunitním plánování", "Krajské plánování"],
            stored.GetProperty("agenda").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Guests_AreRefusedWhenNotAnAddress_AndInvitedEvenIfAlreadyInvitedElsewhere_AndACancellationCarriesNoAnswerLinks()
    {
        var api = await app.CoordinatorAsync(Now);
        var (groupId, emails) = await api.GroupWithMembersAsync("hoste", 1);
        var first = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        var second = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-19"));
        await api.ScheduleAsync(first);
        await api.ScheduleAsync(second);
        const string guest = "host-dvakrat@guests.test.example";

        var notAnAddress = await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{first}/pozvat", new { emails = new[] { "neni-adresa" } });
        Assert.Equal(HttpStatusCode.BadRequest, notAnAddress.StatusCode);
        Assert.Contains("Adresa „neni-adresa“ není platná e-mailová adresa.", await notAnAddress.Content.ReadAsStringAsync());
        Assert.Equal(1, (await api.GetMeetingAsync(first)).GetProperty("invitations").GetArrayLength());

        Assert.True((await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{first}/pozvat", new { emails = new[] { guest } })).IsSuccessStatusCode);
        Assert.True((await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{second}/pozvat", new { emails = new[] { guest } })).IsSuccessStatusCode);
        Assert.Equal((2, 2), ((await api.GetMeetingAsync(first)).GetProperty("invitations").GetArrayLength(),
            (await api.GetMeetingAsync(second)).GetProperty("invitations").GetArrayLength()));

        // The guest's invitation lists the agenda in its order.
        var invitation = (await app.DeliveredAsync(m => m.IsTo(guest) && m.Subject.StartsWith("Pozvánka:"), 2))[0].Message.Text("text/plain");
        Assert.Contains("Základní informace o komunitním plánování", invitation);
        Assert.Contains("Krajské plánování", invitation);
        Assert.True(invitation.IndexOf("Základní informace o komunitním plánování", StringComparison.Ordinal)
            < invitation.IndexOf("Krajské plánování", StringComparison.Ordinal), "the agenda in its order");

        await api.CancelAsync(second, (await api.GetMeetingAsync(second)).GetProperty("version").GetInt32());
        var cancellation = Assert.Single(await app.DeliveredAsync(m => m.IsTo(guest) && m.Subject.StartsWith("Zrušeno:"), 1));
        Assert.DoesNotContain("/pozvanka?", cancellation.Message.Text("text/plain"));
        Assert.DoesNotContain("Přijdu:", cancellation.Message.Text("text/plain"));
    }

    [Fact]
    public async Task ARequestWithoutItsAddresses_ASpringGapStart_AndExtraGuestsAtScheduling_AreHandled()
    {
        var api = await app.CoordinatorAsync(Now);
        var (groupId, _) = await api.GroupWithMembersAsync("bez-adres", 1);

        // A start inside the spring gap (29 March 2026, 2:00–3:00 in Prague) does not exist.
        var gap = await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/skupiny/{groupId}/jednani", MeetingsClient.Meeting("2026-03-29", start: "02:30", end: "04:00"));
        Assert.Equal(HttpStatusCode.BadRequest, gap.StatusCode);
        Assert.Contains("Tento čas v Praze neexistuje (přechod na letní čas). Zvolte jiný.", await gap.Content.ReadAsStringAsync());

        // Scheduling without a body invites the group; with addresses, those guests too.
        var plain = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        var scheduled = await api.Http.PostAsync($"/api/kraje/jihocesky/jednani/{plain}/naplanovat", null);
        Assert.True(scheduled.IsSuccessStatusCode, $"scheduling without a body: {(int)scheduled.StatusCode} {await scheduled.Content.ReadAsStringAsync()}");
        Assert.Equal(1, (await api.GetMeetingAsync(plain)).GetProperty("invitations").GetArrayLength());
        var withGuest = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-13"));
        await api.ScheduleAsync(withGuest, "host-pri-planovani@guests.test.example");
        Assert.Equal(2, (await api.GetMeetingAsync(withGuest)).GetProperty("invitations").GetArrayLength());

        // Inviting without the addresses field: a Czech refusal, not a server error.
        var noEmails = await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{plain}/pozvat", new { });
        Assert.Equal(HttpStatusCode.BadRequest, noEmails.StatusCode);
        Assert.Contains("Zadejte alespoň jednu e-mailovou adresu.", await noEmails.Content.ReadAsStringAsync());
    }

    [Fact]
    public void OneInvitationsReminderKey_IsNeverThePrefixOfAnothers()
    {
        var meeting = new Kpss.Meetings.Domain.Meeting { Id = 5, KrajCode = "CZ031", Title = "", Uid = "", OrganizerName = "", OrganizerEmail = "" };
        var seven = Kpss.Meetings.Domain.MeetingReminders.Key(meeting, new Kpss.Meetings.Domain.Invitation { Id = 7, KrajCode = "CZ031", Name = "" });
        var seventy = Kpss.Meetings.Domain.MeetingReminders.Key(meeting, new Kpss.Meetings.Domain.Invitation { Id = 70, KrajCode = "CZ031", Name = "" });

        Assert.StartsWith(Kpss.Meetings.Domain.MeetingReminders.Prefix(meeting), seven);
        Assert.False(seventy.StartsWith(seven, StringComparison.Ordinal), $"cancelling {seven} would cancel {seventy} too");
    }

    [Fact]
    public async Task APublicHearingsInvitation_LinksItsPublicPage_AndNamesTheOrganizer_AWorkingMeetingsDoesNotLink()
    {
        var api = await app.CoordinatorAsync(Now);
        var (groupId, emails) = await api.GroupWithMembersAsync("verejne", 1);
        var hearing = JsonSerializer.SerializeToNode(MeetingsClient.Meeting("2026-03-20"))!.AsObject();
        hearing["kind"] = "PublicHearing";
        var publicId = await api.CreateMeetingAsync(groupId, hearing);
        var workingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-21"));
        await api.ScheduleAsync(publicId);
        await api.ScheduleAsync(workingId);

        var mails = await app.DeliveredAsync(m => m.IsTo(emails[0]) && m.Subject.StartsWith("Pozvánka:"), 2);
        var texts = mails.Select(m => m.Message.Text("text/plain")).ToList();
        Assert.Single(texts, t => t.Contains($"Podrobnosti jednání: http", StringComparison.Ordinal) && t.Contains($"/jihocesky/verejne#jednani-{publicId}", StringComparison.Ordinal));
        Assert.Single(texts, t => !t.Contains("Podrobnosti jednání", StringComparison.Ordinal));
        var calendar = mails[0].Message.Text("text/calendar");
        // RFC 5545 quotes a parameter value only when it must (Ical.Net writes CN=name, the hand-written writer quoted it).
        var organizer = System.Text.RegularExpressions.Regex.Escape(MeetingsHost.Coordinator.Split('@')[0]);
        Assert.Matches($"ORGANIZER;CN=\"?{organizer}\"?:mailto:{System.Text.RegularExpressions.Regex.Escape(MeetingsHost.Coordinator)}", calendar);
    }

    [Fact]
    public async Task EachStep_IsAllowedOnlyInItsState_AndARefusalChangesNothing()
    {
        var api = await app.CoordinatorAsync(Now);
        var (groupId, emails) = await api.GroupWithMembersAsync("stavy", 1);
        var draft = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        async Task<string> RefusedAsync(HttpResponseMessage response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return string.Join(" ", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()
                .SelectMany(p => p.Value.EnumerateArray().Select(e => e.GetString())));
        }

        Assert.Equal("Další hosty lze pozvat jen na naplánované jednání.",
            await RefusedAsync(await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{draft}/pozvat", new { emails = new[] { "host@guests.test.example" } })));
        Assert.Equal(0, (await api.GetMeetingAsync(draft)).GetProperty("invitations").GetArrayLength());

        var created = (await api.GetMeetingAsync(draft)).GetProperty("version").GetInt32();
        await api.ScheduleAsync(draft);
        var v = (await api.GetMeetingAsync(draft)).GetProperty("version").GetInt32();
        Assert.True(v > created, $"scheduling moves the version on ({created} → {v})");
        Assert.Equal("Naplánovat (a rozeslat pozvánky) lze jen návrh jednání.",
            await RefusedAsync(await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{draft}/naplanovat", new { emails = Array.Empty<string>() })));
        Assert.Equal("Zadejte alespoň jednu e-mailovou adresu.",
            await RefusedAsync(await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{draft}/pozvat", new { emails = new[] { " " } })));
        Assert.Equal("Jednání nelze přesunout do minulosti.",
            await RefusedAsync(await api.ChangeAsync(draft, MeetingsClient.Meeting("2026-03-01", version: v))));
        // A change from the version before scheduling is a conflict: the schedule moved it on.
        Assert.Equal(HttpStatusCode.Conflict, (await api.ChangeAsync(draft, MeetingsClient.Meeting("2026-03-13", version: created))).StatusCode);

        await api.CancelAsync(draft, v);
        var cancelled = await api.GetMeetingAsync(draft);
        var vc = cancelled.GetProperty("version").GetInt32();
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        Assert.True(vc > v, $"cancelling moves the version on ({v} → {vc})");
        Assert.Equal("Zrušit lze jen návrh nebo naplánované jednání.",
            await RefusedAsync(await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{draft}/zrusit", new { version = vc })));
        Assert.Equal("Měnit lze jen návrh nebo naplánované jednání.",
            await RefusedAsync(await api.ChangeAsync(draft, MeetingsClient.Meeting("2026-03-13", version: vc))));
        var after = await api.GetMeetingAsync(draft);
        Assert.Equal(("Cancelled", vc, 1), (after.GetProperty("status").GetString(), after.GetProperty("version").GetInt32(), after.GetProperty("invitations").GetArrayLength()));
        await app.DeliveredAsync(m => m.IsTo(emails[0]) && m.Subject.StartsWith("Zrušeno:"), 1);
    }

    [Fact]
    public async Task SwitchingTheReminderOff_WithdrawsTheQueuedReminders_AndAChangedAgendaReplacesTheOldOne()
    {
        var api = await app.CoordinatorAsync(Now);
        var (groupId, emails) = await api.GroupWithMembersAsync("bez-pripominky", 2);
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        await api.ScheduleAsync(meetingId);
        var off = Meeting();
        off["reminderEnabled"] = false;
        off["version"] = (await api.GetMeetingAsync(meetingId)).GetProperty("version").GetInt32();
        off["agenda"] = new JsonArray(new JsonObject { ["title"] = "Jediný bod", ["presenter"] = null, ["minutes"] = 30 });

        await MeetingsClient.EnsureOkAsync(await api.Http.PutAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingId}", off));

        var stored = await api.GetMeetingAsync(meetingId);
        Assert.Equal(["Jediný bod"], stored.GetProperty("agenda").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("reminderDueUtc").ValueKind);
        app.Clock.Set(new DateTime(2026, 3, 11, 8, 30, 0, DateTimeKind.Utc));
        await app.DeliveredAsync(m => emails.Any(m.IsTo) && m.Subject.StartsWith("Připomínka:"), 0);
    }

    [Fact]
    public async Task OnlyThoseWhoAreMembersOnTheMeetingsDay_AreInvited_TheFirstAndLastDayIncluded()
    {
        var api = await app.CoordinatorAsync(Now);
        var groupId = await api.CreateGroupAsync(await api.CreateProcessAsync());
        async Task AddAsync(string who, string from, string? to) => await MeetingsClient.IdAsync(await api.Http.PostAsJsonAsync(
            $"/api/kraje/jihocesky/skupiny/{groupId}/clenove",
            new { name = who, email = $"{who}@clenstvi.test.example", role = "Uzivatel", function = "Member", from, to }));
        await AddAsync("od-toho-dne", "2026-03-12", null);
        await AddAsync("do-toho-dne", "2020-01-01", "2026-03-12");
        await AddAsync("odesel-den-predtim", "2020-01-01", "2026-03-11");
        await AddAsync("prijde-den-potom", "2026-03-13", null);
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));

        await api.ScheduleAsync(meetingId);

        var invited = (await api.GetMeetingAsync(meetingId)).GetProperty("invitations").EnumerateArray()
            .Select(i => i.GetProperty("email").GetString()).Order().ToList();
        Assert.Equal(["do-toho-dne@clenstvi.test.example", "od-toho-dne@clenstvi.test.example"], invited);
    }
}

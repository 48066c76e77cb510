using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kpss.Modules.Abstractions.Security;

namespace Kpss.Meetings.Tests;

/// <summary>
/// The coordinator's desk and the kraj's public home page as the Meetings module fills them (through the shared
/// contracts): what needs the coordinator now, each with its link; what the public sees; who sees which.
/// </summary>
public sealed class DeskTests(MeetingsHost app) : IClassFixture<MeetingsHost>
{
    /// <summary>The inner text of the desk's or home page's section, tags removed.</summary>
    private static string Section(string page, string id)
    {
        var match = Regex.Match(page, $"<section[^>]*aria-labelledby=\"{id}\">(.*?)</section>", RegexOptions.Singleline);
        Assert.True(match.Success, $"section {id} not on the page");
        return match.Groups[1].Value;
    }

    private static string Text(string html) => Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " ")), @"\s+", " ");

    [Fact]
    public async Task TheDesk_ShowsDrafts_TheWeeksMeetingsWithAnswers_MissingMinutesAndTasksDue_EachWithALinkToAct()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 2, 16, 8, 0, 0, DateTimeKind.Utc));
        var processId = await api.CreateProcessAsync("Komunitní plánování ORP Třeboň");
        var groupId = await api.CreateGroupAsync(processId, "Senioři Třeboň");
        foreach (var i in Enumerable.Range(1, 3))
            await MeetingsClient.IdAsync(await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/skupiny/{groupId}/clenove",
                new { name = $"Člen {i} desk", email = $"clen{i}.desk@jh.test.example", role = "Poskytovatel", function = "Member", from = "2020-01-01" }));
        var ended = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-02-20", "Jednání bez zápisu"));
        await api.ScheduleAsync(ended);
        var withTask = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-02-18", "Jednání s úkolem"));
        await api.ScheduleAsync(withTask);
        app.Clock.Set(new DateTime(2026, 2, 18, 17, 0, 0, DateTimeKind.Utc));
        await MeetingsClient.EnsureOkAsync(await api.Http.PutAsJsonAsync($"/api/kraje/jihocesky/jednani/{withTask}/zapis", new
        {
            proceedings = "Projednány kapacity.", outputs = "", recorder = "Zapisovatel",
            tasks = new[]
            {
                new { title = "Zjistit kapacity odlehčovacích služeb", ownerName = "Člen 2 desk", dueDate = "2026-03-06" },
                new { title = "Úkol na podzim", ownerName = "Člen 3 desk", dueDate = "2026-10-01" },
            },
        }));

        app.Clock.Set(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var draft = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-04", "Návrh porady"));
        var thisWeek = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-05", "Jednání tento týden"));
        await api.ScheduleAsync(thisWeek);
        var later = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-20", "Jednání za tři týdny"));
        await api.ScheduleAsync(later);
        var invitations = await app.DeliveredAsync(m => m.Subject.Contains("Jednání tento týden", StringComparison.Ordinal), 3);
        await app.AnswerAsync(invitations[0], "Přijdu");
        await app.AnswerAsync(invitations[1], "Nepřijdu");

        var page = await api.Http.GetStringAsync("/jihocesky/prehled");

        var drafts = Section(page, "desk-meetings-drafts");
        Assert.Contains("Návrh porady", drafts);
        Assert.Contains($"href=\"/jihocesky/jednani/{draft}\"", drafts);
        Assert.Contains("Naplánovat", drafts);
        var week = Text(Section(page, "desk-meetings-week"));
        Assert.Contains("Jednání tento týden", week);
        Assert.Contains("pozváno 3: přijde 1, možná 0, nepřijde 1, bez odpovědi 1", week);
        Assert.DoesNotContain("Jednání za tři týdny", week);
        Assert.DoesNotContain("Jednání bez zápisu", week);
        var minutes = Section(page, "desk-meetings-minutes");
        Assert.Contains("Jednání bez zápisu", minutes);
        Assert.Contains($"href=\"/jihocesky/jednani/{ended}/zapis\"", minutes);
        Assert.Contains("Jednání s úkolem", minutes); // its minutes are a draft, not published
        Assert.DoesNotContain("Jednání tento týden", minutes);
        var tasks = Text(Section(page, "desk-meetings-tasks"));
        Assert.Contains("Zjistit kapacity odlehčovacích služeb", tasks);
        Assert.Contains("Odpovídá Člen 2 desk", tasks);
        Assert.DoesNotContain("Úkol na podzim", tasks);
        // The kraj-wide coordinator also has the catalogue's and the e-mails' parts, each saying it has nothing.
        Assert.Contains("Žádné návrhy od poskytovatelů nečekají na schválení.", Section(page, "desk-catalogue-proposals"));
        Assert.Contains("Za posledních 30 dní se doručily všechny e-maily.", Section(page, "desk-notifications-failed"));

        // A coordinator narrowed to another process sees none of it, and not the kraj-wide parts.
        var elsewhere = await api.CreateProcessAsync("Komunitní plánování ORP Tábor");
        await app.CreateUserAsync("koordinator-tabor@jh.test.example", KpssRoles.Coordinator, "CZ031", elsewhere.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var narrowed = await (await app.SignedInClientAsync("koordinator-tabor@jh.test.example")).GetStringAsync("/jihocesky/prehled");
        Assert.DoesNotContain("Návrh porady", narrowed);
        Assert.DoesNotContain("Jednání tento týden", narrowed);
        Assert.DoesNotContain("Jednání bez zápisu", narrowed);
        Assert.Contains("Tento týden žádná jednání. Naplánujte první ve skupině.", Section(narrowed, "desk-meetings-week"));
        Assert.DoesNotContain("desk-catalogue-proposals", narrowed);
    }

    [Fact]
    public async Task TheDesk_IsForTheKrajsCoordinators_AndSigningInLeadsThere()
    {
        var other = await app.SignedInClientAsync(MeetingsHost.OtherKrajCoordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/jihocesky/prehled")).StatusCode);
        var anonymous = await app.AnonymousClient().GetAsync("/jihocesky/prehled");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/ucet/prihlaseni", anonymous.Headers.Location!.PathAndQuery);

        // Signing in without a return address leads to "/prehled", which takes a one-kraj coordinator to the desk.
        var client = app.AnonymousClient();
        var signIn = await Kpss.Testing.KpssAppFactory.PostFormAsync(client, "/ucet/prihlaseni",
            new() { ["Input.Email"] = MeetingsHost.Coordinator, ["Input.Password"] = Kpss.Testing.KpssAppFactory.Password }, formPageUrl: "/ucet/prihlaseni");
        Assert.Equal("/prehled", signIn.Headers.Location!.OriginalString);
        var chooser = await client.GetAsync("/prehled");
        Assert.Equal(HttpStatusCode.Redirect, chooser.StatusCode);
        Assert.Equal("/jihocesky/prehled", chooser.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task EmptyPages_SayWhatToDoFirst_WithALinkToTheForm()
    {
        var api = await app.CoordinatorAsync(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var processId = await api.CreateProcessAsync("Prázdný proces");
        var process = await api.Http.GetStringAsync($"/jihocesky/procesy/{processId}");
        Assert.Contains("Proces zatím nemá žádnou skupinu. Založte první", process);
        Assert.Contains("href=\"#nova-skupina\"", process);
        Assert.Contains("id=\"nova-skupina\"", process);
        var group = await api.Http.GetStringAsync($"/jihocesky/skupiny/{await api.CreateGroupAsync(processId, "Prázdná skupina")}");
        Assert.Contains("Zatím žádná jednání. Naplánujte první", group);
        Assert.Contains("id=\"nove-jednani\"", group);
        Assert.Contains("Skupina zatím nemá členy. Přidejte prvního", group);
    }

    [Fact]
    public async Task TheKrajHomePage_ShowsTheComingPublicHearings_ButNotDraftsOrWorkingMeetings()
    {
        var home = await app.AnonymousClient().GetStringAsync("/jihomoravsky");
        Assert.Contains("Zatím nejsou vypsána žádná veřejná projednání.", Section(home, "home-meetings-hearings"));
        Assert.Contains("Zatím nebyly zveřejněny žádné zápisy.", Section(home, "home-meetings-minutes"));

        var api = new MeetingsClient(await app.SignedInClientAsync(MeetingsHost.OtherKrajCoordinator), "jihomoravsky");
        app.Clock.Set(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var groupId = await api.CreateGroupAsync(await api.CreateProcessAsync("Střednědobý plán JMK"), "Řídicí skupina JMK");
        object Hearing(string title, string date) => new
        {
            kind = "PublicHearing", title, date, startTime = "16:00", endTime = "18:00", place = "Krajský úřad, Žerotínovo nám. 3, Brno",
            barrierFree = true, version = 0, agenda = Array.Empty<object>(),
        };
        var hearing = await api.CreateMeetingAsync(groupId, Hearing("Veřejné projednání střednědobého plánu", "2026-04-14"));
        await api.ScheduleAsync(hearing);
        await api.CreateMeetingAsync(groupId, Hearing("Projednání v přípravě", "2026-05-14"));
        await api.ScheduleAsync(await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-04-15", "Pracovní jednání JMK")));

        home = await app.AnonymousClient().GetStringAsync("/jihomoravsky");

        var hearings = Text(Section(home, "home-meetings-hearings"));
        Assert.Contains("Veřejné projednání střednědobého plánu", hearings);
        Assert.Contains("14. 4. 2026 16:00, Krajský úřad, Žerotínovo nám. 3, Brno", hearings);
        Assert.DoesNotContain("Projednání v přípravě", home);
        Assert.DoesNotContain("Pracovní jednání JMK", home);
        Assert.DoesNotContain("Veřejné projednání střednědobého plánu", await app.AnonymousClient().GetStringAsync("/jihocesky"));
        // The catalogue's search box is there, submitting to the catalogue.
        Assert.Contains("action=\"/jihomoravsky/katalog\"", Section(home, "home-catalogue-search"));
    }
}

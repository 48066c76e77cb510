using Kpss.Modules.Abstractions.Security;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kpss.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kpss.Meetings.Tests;

public sealed class CommunityTests(MeetingsHost app) : IClassFixture<MeetingsHost>
{
    private async Task<MeetingsClient> CoordinatorAsync(string email = MeetingsHost.Coordinator, string kraj = "jihocesky") =>
        new(await app.SignedInClientAsync(email), kraj);

    [Fact]
    public async Task ImportingACsvWithBadLines_ReportsEachWithItsLineNumber_AndImportsNothing()
    {
        var api = await CoordinatorAsync();
        var groupId = await api.CreateGroupAsync(await api.CreateProcessAsync());
        const string csv = """
            jmeno;email;telefon;organizace;role;funkce;od
            Jana Nováková;jana@import.test.example;+420 777 123 456;Charita Jindřichův Hradec;poskytovatel;předseda;1.1.2018
            ;bez-jmena@import.test.example;;;uživatel;;
            Petr Dvořák;petr-at-example;;;zadavatel;;
            Eva Malá;eva@import.test.example;;;ředitel;;
            Karel Novák;jana@import.test.example;;;veřejnost;;31.2.2018
            """;

        var response = await Import(api, groupId, csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("Csv")
            .EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("Řádek 3: chybí jméno.", errors);
        Assert.Contains("Řádek 4: e-mail „petr-at-example“ není platná adresa.", errors);
        Assert.Contains("Řádek 5: neznámá role „ředitel“ (možné: zadavatel, poskytovatel, uživatel, veřejnost, zpracovatel).", errors);
        Assert.Contains("Řádek 6: datum od „31.2.2018“ není datum (např. 1.1.2018).", errors);
        Assert.Contains("Řádek 6: e-mail jana@import.test.example už je v souboru na řádku 2.", errors);
        Assert.Empty(await MembersAsync(api, groupId));
    }

    [Fact]
    public async Task ImportingACleanCsv_AddsEveryMember_WithRoleAndFunction()
    {
        var api = await CoordinatorAsync();
        var groupId = await api.CreateGroupAsync(await api.CreateProcessAsync());
        const string csv = "\uFEFFjmeno,email,role,funkce\r\n\"Nováková, Jana\",jana2@import.test.example,poskytovatel,zapisovatelka\r\nObec Strmilov,,zadavatel,\r\n";

        var response = await Import(api, groupId, csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        var members = await MembersAsync(api, groupId);
        var jana = members.Single(m => m.GetProperty("name").GetString() == "Nováková, Jana");
        Assert.Equal("Poskytovatel", jana.GetProperty("role").GetString());
        Assert.Equal("Recorder", jana.GetProperty("function").GetString());
        Assert.Contains(members, m => m.GetProperty("name").GetString() == "Obec Strmilov" && m.GetProperty("role").GetString() == "Zadavatel");

        var again = await Import(api, groupId, csv);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("už je členem skupiny", await again.Content.ReadAsStringAsync());
        Assert.Equal(2, (await MembersAsync(api, groupId)).Count);
    }

    [Fact]
    public async Task BadMeetingInput_GetsCzechMessages_AndCreatesNothing()
    {
        var api = await CoordinatorAsync();
        var groupId = await api.CreateGroupAsync(await api.CreateProcessAsync());

        var response = await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/skupiny/{groupId}/jednani", new
        {
            kind = "WorkingGroup", title = "", date = "2026-03-29", startTime = "2:30", endTime = "1:00", onlineUrl = "javascript:alert(1)",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Vyplňte název jednání.", body);
        Assert.Contains("Konec jednání musí být po jeho začátku.", body);
        Assert.Contains("Odkaz na online jednání musí být webová adresa", body);
        using var scope = app.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<Kpss.Meetings.Data.MeetingsDbContext>().Meetings
            .IgnoreQueryFilters().CountAsync(m => m.GroupId == groupId));
    }

    [Fact]
    public async Task AMeetingAtATimeThatDoesNotExistInPrague_IsRefused()
    {
        var api = await CoordinatorAsync();
        var groupId = await api.CreateGroupAsync(await api.CreateProcessAsync());

        // 29 March 2026: the clocks jump from 2:00 to 3:00.
        var response = await api.Http.PostAsJsonAsync($"/api/kraje/jihocesky/skupiny/{groupId}/jednani",
            MeetingsClient.Meeting("2026-03-29", start: "2:30", end: "4:00"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tento čas v Praze neexistuje", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ACoordinatorOfOneKraj_CannotReadOrChangeAnotherKrajsGroupsMeetingsOrPeople()
    {
        app.Clock.Set(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var brno = await CoordinatorAsync(MeetingsHost.OtherKrajCoordinator, "jihomoravsky");
        var (groupId, _) = await brno.GroupWithMembersAsync("jmk", 2);
        var meetingId = await brno.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-03-12"));
        var jh = await app.SignedInClientAsync(MeetingsHost.Coordinator);

        // Through the other kraj's routes: forbidden.
        Assert.Equal(HttpStatusCode.Forbidden, (await jh.GetAsync($"/api/kraje/jihomoravsky/skupiny/{groupId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await jh.GetAsync($"/api/kraje/jihomoravsky/jednani/{meetingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await jh.GetAsync($"/jihomoravsky/skupiny/{groupId}")).StatusCode);
        // Through its own kraj's routes with the other kraj's ids: not found, and nothing changes.
        Assert.Equal(HttpStatusCode.NotFound, (await jh.GetAsync($"/api/kraje/jihocesky/skupiny/{groupId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jh.GetAsync($"/api/kraje/jihocesky/jednani/{meetingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jh.PostAsJsonAsync($"/api/kraje/jihocesky/skupiny/{groupId}/clenove",
            new { name = "Vetřelec", email = "vetrelec@test.example", role = "Verejnost" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jh.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingId}/naplanovat", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jh.PutAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingId}",
            MeetingsClient.Meeting("2026-03-13", version: 1))).StatusCode);
        var meeting = await brno.GetMeetingAsync(meetingId);
        Assert.Equal("Draft", meeting.GetProperty("status").GetString());
        Assert.Equal(2, (await MembersAsync(brno, groupId, "jihomoravsky")).Count);
    }

    [Fact]
    public async Task TheApisAnswers_AreDescribedByOpenApi()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(await app.AnonymousClient().GetStringAsync("/openapi/v1.json"));
        var schemas = doc.RootElement.GetProperty("components").GetProperty("schemas");

        foreach (var (schema, property) in new[] { ("MeetingDetailDto", "reminderDueUtc"), ("GroupDetailDto", "members"), ("ParticipationDto", "balance"), ("ProcessSummaryDto", "periodFrom") })
            Assert.True(schemas.GetProperty(schema).GetProperty("properties").TryGetProperty(property, out _), $"{schema}.{property} is not described");
        var getMeeting = doc.RootElement.GetProperty("paths").GetProperty("/api/kraje/{kraj}/jednani/{meetingId}").GetProperty("get");
        Assert.EndsWith("MeetingDetailDto", getMeeting.GetProperty("responses").GetProperty("200").GetProperty("content")
            .GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
    }

    [Fact]
    public void EveryCoordinatorsPage_SaysItIsNarrowedToTheCoordinatorsProcesses()
    {
        var pages = typeof(Kpss.Meetings.MeetingsModule).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AuthorizeAttribute), false)
                .Cast<Microsoft.AspNetCore.Authorization.AuthorizeAttribute>()
                .Any(a => a.Policy == Kpss.Modules.Abstractions.Security.KpssPolicies.KrajCoordinator))
            .ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, t => Assert.True(t.IsDefined(typeof(NarrowToProcessesAttribute), false),
            $"{t.Name} is for coordinators but does not say [NarrowToProcesses]"));
    }

    [Fact]
    public async Task ACoordinatorOfOneProcess_SeesAndChangesOnlyThatProcess()
    {
        app.Clock.Set(new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        var kraj = await CoordinatorAsync();
        var processA = await kraj.CreateProcessAsync("Proces A – Jindřichův Hradec");
        var groupA = await kraj.CreateGroupAsync(processA, "Skupina procesu A");
        var processB = await kraj.CreateProcessAsync("Proces B – jiný proces");
        var groupB = await kraj.CreateGroupAsync(processB, "Skupina procesu B");
        var meetingB = await kraj.CreateMeetingAsync(groupB, MeetingsClient.Meeting("2026-03-20"));
        const string email = "koordinator-procesu-a@jh.test.example";
        await app.CreateUserAsync(email, KpssRoles.Coordinator, "CZ031", processA.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var narrowed = await CoordinatorAsync(email);

        // Its own process works as before.
        Assert.Equal(HttpStatusCode.OK, (await narrowed.Http.GetAsync($"/api/kraje/jihocesky/skupiny/{groupA}")).StatusCode);
        var meetingA = await narrowed.CreateMeetingAsync(groupA, MeetingsClient.Meeting("2026-03-19"));
        Assert.Equal("Draft", (await narrowed.GetMeetingAsync(meetingA)).GetProperty("status").GetString());
        var list = await narrowed.Http.GetStringAsync("/api/kraje/jihocesky/procesy");
        Assert.Contains("Proces A – Jindřichův Hradec", list);
        Assert.DoesNotContain("Proces B – jiný proces", list);
        var page = await narrowed.Http.GetStringAsync("/jihocesky/procesy");
        Assert.Contains("Proces A – Jindřichův Hradec", page);
        Assert.DoesNotContain("Proces B – jiný proces", page);
        Assert.DoesNotContain("Založit proces", page);

        // Another process of the same kraj: not found, and nothing changes.
        Assert.Equal(HttpStatusCode.NotFound, (await narrowed.Http.GetAsync($"/jihocesky/procesy/{processB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await narrowed.Http.GetAsync($"/api/kraje/jihocesky/skupiny/{groupB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await narrowed.Http.GetAsync($"/api/kraje/jihocesky/jednani/{meetingB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await narrowed.Http.PostAsJsonAsync($"/api/kraje/jihocesky/procesy/{processB}/skupiny",
            new { kind = "WorkingGroup", name = "Vetřelci" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await narrowed.Http.PostAsJsonAsync($"/api/kraje/jihocesky/skupiny/{groupB}/clenove",
            new { name = "Vetřelec", email = "vetrelec@test.example", role = "Verejnost" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await narrowed.Http.PutAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingB}",
            MeetingsClient.Meeting("2026-03-21", version: 1))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await narrowed.Http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingB}/naplanovat", new { })).StatusCode);
        var created = await narrowed.Http.PostAsJsonAsync("/api/kraje/jihocesky/procesy", new
        {
            name = "Proces C", areaKind = "Kraj", areaName = "celý kraj", periodFrom = "2026-01-01", periodTo = "2026-12-31",
        });
        Assert.Equal(HttpStatusCode.Forbidden, created.StatusCode);
        Assert.Contains(Kpss.Meetings.UseCases.CreateProcess.CreateProcess.OnlyKrajWideCoordinators, await created.Content.ReadAsStringAsync());
        // The kraj's delivery log lists every process's mail: for coordinators of the whole kraj only.
        Assert.Equal(HttpStatusCode.Forbidden, (await narrowed.Http.GetAsync("/jihocesky/oznameni/dorucovani")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kraj.Http.GetAsync("/jihocesky/oznameni/dorucovani")).StatusCode);

        var meeting = await kraj.GetMeetingAsync(meetingB);
        Assert.Equal("Draft", meeting.GetProperty("status").GetString());
        Assert.Empty(await MembersAsync(kraj, groupB, "jihocesky"));
        var all = await kraj.Http.GetStringAsync("/api/kraje/jihocesky/procesy");
        Assert.Contains("Proces B – jiný proces", all);
        Assert.DoesNotContain("\"Proces C\"", all);
    }

    [Fact]
    public async Task ChangingAMeetingFromAnOlderVersion_IsRefusedAsAConflict()
    {
        var api = await CoordinatorAsync();
        var groupId = await api.CreateGroupAsync(await api.CreateProcessAsync());
        var meetingId = await api.CreateMeetingAsync(groupId, MeetingsClient.Meeting("2026-04-12"));

        var first = await api.ChangeAsync(meetingId, MeetingsClient.Meeting("2026-04-13", version: 1));
        var stale = await api.ChangeAsync(meetingId, MeetingsClient.Meeting("2026-04-14", version: 1));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Mezitím to změnil někdo jiný", await stale.Content.ReadAsStringAsync());
        var stored = await api.GetMeetingAsync(meetingId);
        Assert.Equal(new DateTime(2026, 4, 13, 13, 0, 0, DateTimeKind.Utc), stored.GetProperty("startUtc").GetDateTime()); // the first change, not the stale one
        Assert.Equal(2, stored.GetProperty("version").GetInt32());
    }

    [Fact]
    public void MinutesMarkdown_KeepsFormatting_ButNoScriptSurvives()
    {
        var html = Kpss.Modules.Abstractions.SafeMarkdown.ToSafeHtml("""
            **Výstupy:** aktualizace *jednacího řádu*.
            <script>alert('x')</script>
            <img src=x onerror=alert(1)>
            [odkaz](javascript:alert(1)) a [web](https://www.kraj-jihocesky.cz) a [data](data:text/html,<script>alert(1)</script>)
            """);

        Assert.Contains("<strong>Výstupy:</strong>", html);
        Assert.Contains("<em>jednacího řádu</em>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("href=\"data:", html);
        Assert.Contains("href=\"https://www.kraj-jihocesky.cz\"", html);
    }

    private static Task<HttpResponseMessage> Import(MeetingsClient api, int groupId, string csv) =>
        api.Http.PostAsync($"/api/kraje/jihocesky/skupiny/{groupId}/clenove/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static async Task<List<JsonElement>> MembersAsync(MeetingsClient api, int groupId, string kraj = "jihocesky")
    {
        var group = await api.Http.GetFromJsonAsync<JsonElement>($"/api/kraje/{kraj}/skupiny/{groupId}");
        return group.GetProperty("members").EnumerateArray().ToList();
    }
}

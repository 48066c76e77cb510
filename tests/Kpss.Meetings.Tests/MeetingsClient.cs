using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kpss.Meetings.Tests;

/// <summary>The coordinators' JSON API, as a test uses it.</summary>
public sealed class MeetingsClient(HttpClient http, string kraj)
{
    public HttpClient Http => http;

    public async Task<int> CreateProcessAsync(string name = "Pokračování komunitního plánování sociálních služeb ORP Jindřichův Hradec")
    {
        // ORP Jindřichův Hradec (seed 003) in Jihočeský kraj; elsewhere a process for the whole kraj.
        var jh = kraj == "jihocesky";
        var response = await http.PostAsJsonAsync($"/api/kraje/{kraj}/procesy", new
        {
            name, areaKind = jh ? "Orp" : "Kraj", areaName = jh ? "ORP Jindřichův Hradec" : "celý kraj", orpCsuCode = jh ? 3105 : (int?)null,
            periodFrom = "2018-01-01", periodTo = "2019-12-31",
            projectRegistrationNumber = "CZ.03.2.63/0.0/0.0/16_063/0006571", implementer = "Centrum pro komunitní práci jižní Čechy",
            partner = "Město Jindřichův Hradec",
        });
        return await IdAsync(response);
    }

    public async Task<int> CreateGroupAsync(int processId, string name = "Osoby ohrožené sociálním vyloučením")
    {
        var response = await http.PostAsJsonAsync($"/api/kraje/{kraj}/procesy/{processId}/skupiny", new { kind = "WorkingGroup", name });
        return await IdAsync(response);
    }

    /// <summary>A group in a new process with members named after <paramref name="prefix"/>: prefix-1@…, prefix-2@…</summary>
    public async Task<(int GroupId, IReadOnlyList<string> Emails)> GroupWithMembersAsync(string prefix, int count, params string[] roles)
    {
        var groupId = await CreateGroupAsync(await CreateProcessAsync());
        var emails = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var email = $"{prefix}-{i}@members.test.example";
            var role = roles.Length > 0 ? roles[(i - 1) % roles.Length] : "Poskytovatel";
            var response = await http.PostAsJsonAsync($"/api/kraje/{kraj}/skupiny/{groupId}/clenove",
                new { name = $"Člen {i} {prefix}", email, role, function = i == 1 ? "Recorder" : "Member", from = "2018-01-01" });
            await IdAsync(response);
            emails.Add(email);
        }
        return (groupId, emails);
    }

    public static object Meeting(string date, string title = "Jednání pracovní skupiny", string start = "15:00", string end = "17:00",
        string place = "MěÚ Jindřichův Hradec, nám. Masarykovo 168/II", int version = 0) => new
    {
        kind = "WorkingGroup", title, date, startTime = start, endTime = end, place, barrierFree = true, version,
        agenda = new[]
        {
            new { title = "Základní informace o komunitním plánování", presenter = (string?)"metodik", minutes = 20 },
            new { title = "Krajské plánování", presenter = (string?)null, minutes = 15 },
        },
    };

    public async Task<int> CreateMeetingAsync(int groupId, object meeting) =>
        await IdAsync(await http.PostAsJsonAsync($"/api/kraje/{kraj}/skupiny/{groupId}/jednani", meeting));

    public async Task ScheduleAsync(int meetingId, params string[] extraEmails)
    {
        var response = await http.PostAsJsonAsync($"/api/kraje/{kraj}/jednani/{meetingId}/naplanovat", new { emails = extraEmails });
        await EnsureOkAsync(response);
    }

    public Task<HttpResponseMessage> ChangeAsync(int meetingId, object meeting) => http.PutAsJsonAsync($"/api/kraje/{kraj}/jednani/{meetingId}", meeting);

    public async Task CancelAsync(int meetingId, int version) =>
        await EnsureOkAsync(await http.PostAsJsonAsync($"/api/kraje/{kraj}/jednani/{meetingId}/zrusit", new { version }));

    public async Task<JsonElement> GetMeetingAsync(int meetingId)
    {
        var response = await http.GetAsync($"/api/kraje/{kraj}/jednani/{meetingId}");
        await EnsureOkAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    public static async Task<int> IdAsync(HttpResponseMessage response)
    {
        await EnsureOkAsync(response);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task EnsureOkAsync(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created))
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}

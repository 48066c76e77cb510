using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kpss.Modules.Abstractions.Data;
using Kpss.Testing;

namespace Kpss.Notifications.Tests;

/// <summary>A host queues invitations while the SMTP server is down and is killed; the next host delivers them, once.</summary>
public sealed class CrashTests : IAsyncLifetime
{
    private const string Admin = "admin@crash.test.example";
    private const string Password = "Havarijni-heslo-1";
    private readonly TestDatabase _database = new();
    private readonly SmtpServer _smtp = new();

    public Task InitializeAsync() => _database.CreateFromTemplateAsync();

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _database.DisposeAsync();
    }

    private HostProcess NewHost()
    {
        var host = new HostProcess();
        _database.ConfigureHost(host.Environment);
        host.Environment["Mail__Transport"] = "Smtp";
        host.Environment["Mail__Smtp__Host"] = "127.0.0.1";
        host.Environment["Mail__Smtp__Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture);
        host.Environment["Mail__Smtp__TimeoutSeconds"] = "3";
        host.Environment["Notifications__PollSeconds"] = "1";
        host.Environment["Notifications__FirstRetrySeconds"] = "1";
        host.Environment["Notifications__MaxRetrySeconds"] = "2";
        host.Environment["Notifications__MaxAttempts"] = "100";
        // A message the first host had claimed when it was killed waits for its lease to run out (300 s by default)
        // before another host may take it: short here, so the test sees that path too instead of timing out.
        host.Environment["Notifications__LeaseSeconds"] = "5";
        return host;
    }

    [Fact]
    public async Task QueuedMessages_SurviveAKilledHost_AndArriveOnceFromTheNext()
    {
        var first = NewHost();
        await first.RunVerbAsync("create-admin", "--email", Admin, "--password", Password, "--kraj", "CZ031");
        await first.InitializeAsync();
        var emails = Enumerable.Range(1, 5).Select(i => $"havarie-{i}@test.example").ToList();
        using (var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(first.BaseUrl) })
        {
            await KpssAppFactory.PostFormAsync(http, "/ucet/prihlaseni", new() { ["Input.Email"] = Admin, ["Input.Password"] = Password });
            var process = await Id(await http.PostAsJsonAsync("/api/kraje/jihocesky/procesy", new { name = "Havárie", areaKind = "Kraj", areaName = "kraj", periodFrom = "2026-01-01", periodTo = "2027-12-31" }));
            var group = await Id(await http.PostAsJsonAsync($"/api/kraje/jihocesky/procesy/{process}/skupiny", new { kind = "WorkingGroup", name = "Senioři" }));
            foreach (var email in emails)
                await Id(await http.PostAsJsonAsync($"/api/kraje/jihocesky/skupiny/{group}/clenove", new { name = email, email, role = "Uzivatel" }));
            var meeting = await Id(await http.PostAsJsonAsync($"/api/kraje/jihocesky/skupiny/{group}/jednani", new
            {
                kind = "WorkingGroup", title = "Po havárii", date = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                startTime = "15:00", endTime = "17:00", place = "MěÚ",
            }));
            Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{meeting}/naplanovat", new { })).StatusCode);
        }
        // The first host tries, fails (no SMTP server) and schedules retries: killed only after it has.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!first.Log.Contains("attempt", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        Assert.Contains("attempt", first.Log);
        await first.DisposeAsync(); // killed, not stopped

        await _smtp.InitializeAsync();
        var second = NewHost();
        await second.InitializeAsync();
        try
        {
            await _smtp.WaitForAsync(m => m.Subject.StartsWith("Pozvánka: Po havárii"), 5, TimeSpan.FromSeconds(60));
            await second.DisposeAsync(); // stopped: what the server holds now is all there will ever be
            var received = _smtp.Received().Where(m => m.Subject.StartsWith("Pozvánka: Po havárii")).Select(m => emails.Single(m.IsTo)).ToList();
            Assert.Equal(emails.Order(), received.Order());
        }
        finally
        {
            await second.DisposeAsync();
        }
    }

    private static async Task<int> Id(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}

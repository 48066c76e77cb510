using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kpss.Modules.Abstractions.Data;
using Kpss.Testing;

namespace Kpss.Notifications.Tests;

/// <summary>
/// Two host processes on one database (PostgreSQL in the SQLite pass of the tests, else the pass's own: PostgreSQL or
/// MariaDB with Hangfire on Redis), one SMTP server: a meeting for 200 members is scheduled on one host, both hosts run
/// the dispatch, and every invitation arrives exactly once.
/// </summary>
public sealed class TwoHostsTests : IAsyncLifetime
{
    private const string Admin = "krajsky.admin@cluster.test.example";
    private const string Password = "Clusterove-heslo-1";
    private readonly TestDatabase _database = new(TestDatabase.SharedByHosts);
    private readonly SmtpServer _smtp = new();
    private readonly HostProcess _first = new();
    private readonly HostProcess _second = new();

    public async Task InitializeAsync()
    {
        await _smtp.InitializeAsync();
        await _database.CreateFromTemplateAsync();
        foreach (var host in new[] { _first, _second })
        {
            _database.ConfigureHost(host.Environment);
            host.Environment["Mail__Transport"] = "Smtp";
            host.Environment["Mail__Smtp__Host"] = "127.0.0.1";
            host.Environment["Mail__Smtp__Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture);
            host.Environment["Notifications__PollSeconds"] = "1";
            host.Environment["Notifications__BatchSize"] = "20";
        }
        await _first.RunVerbAsync("create-admin", "--email", Admin, "--password", Password, "--kraj", "CZ031");
        await _first.InitializeAsync();
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _smtp.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task TwoHostsOnOneDatabase_DeliverEachOf200InvitationsExactlyOnce()
    {
        using var http = await SignInAsync(_first.BaseUrl);
        var processId = await IdAsync(await http.PostAsJsonAsync("/api/kraje/jihocesky/procesy", new
        {
            name = "Komunitní plánování ORP Tábor", areaKind = "Orp", areaName = "ORP Tábor", orpCsuCode = 3112, periodFrom = "2026-01-01", periodTo = "2027-12-31",
        }));
        var groupId = await IdAsync(await http.PostAsJsonAsync($"/api/kraje/jihocesky/procesy/{processId}/skupiny", new { kind = "WorkingGroup", name = "Senioři" }));
        var csv = new StringBuilder("jmeno;email;role\n");
        var emails = Enumerable.Range(1, 200).Select(i => $"clen-{i}@cluster.test.example").ToList();
        foreach (var (email, i) in emails.Select((e, i) => (e, i)))
            csv.Append(CultureInfo.InvariantCulture, $"Člen {i + 1};{email};{(i % 3 == 0 ? "uživatel" : "poskytovatel")}\n");
        var import = await http.PostAsync($"/api/kraje/jihocesky/skupiny/{groupId}/clenove/import", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var date = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var meetingId = await IdAsync(await http.PostAsJsonAsync($"/api/kraje/jihocesky/skupiny/{groupId}/jednani", new
        {
            kind = "WorkingGroup", title = "Jednání pro dvě stě", date, startTime = "15:00", endTime = "17:00", place = "MěÚ Tábor",
        }));

        var schedule = await http.PostAsJsonAsync($"/api/kraje/jihocesky/jednani/{meetingId}/naplanovat", new { emails = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.OK, schedule.StatusCode);
        await _smtp.WaitForAsync(m => m.Subject.StartsWith("Pozvánka: Jednání pro dvě stě"), 200, TimeSpan.FromSeconds(90));
        // Both hosts stopped: nothing can be sent any more, so what the server holds now is all there will ever be.
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        var received = _smtp.Received().Where(m => m.Subject.StartsWith("Pozvánka: Jednání pro dvě stě")).Select(m => emails.Single(m.IsTo)).ToList();
        Assert.Equal(200, received.Count);
        Assert.Equal(emails.Order(), received.Order());
        Assert.Contains("Outbox batch", _first.Log + _second.Log);
    }

    private static async Task<HttpClient> SignInAsync(string baseUrl)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(baseUrl) };
        var response = await KpssAppFactory.PostFormAsync(http, "/ucet/prihlaseni", new() { ["Input.Email"] = Admin, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return http;
    }

    private static async Task<int> IdAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
